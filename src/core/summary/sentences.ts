/**
 * Splits running text into sentences without a language model: a full stop,
 * question or exclamation mark ends a sentence unless it belongs to an
 * abbreviation ("Mr.", "e.g."), an initial ("J. K."), a dotted acronym
 * ("U.S.") followed by a name, or a number ("1.5" never splits: no space).
 */

/**
 * Capitalised abbreviations whose full stop does not end a sentence (listed
 * lower case, no dot): titles, months, days. Only their capitalised form
 * counts, so that "he sat." or "modern art." still end sentences.
 */
const TITLE_ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof sr jr st mt ft gen col lt maj sgt capt cmdr adm gov sen rep rev ' +
    'hon pres amb supt insp messrs inc ltd co corp plc dept fig no nos vol ch art sec jan feb ' +
    'mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun ave blvd rd bros'
  ).split(' '),
);

/** Lower-case abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['etc', 'vs', 'approx', 'cf', 'al', 'pp', 'ibid']);

/**
 * Words that start a new sentence after a dotted acronym: "in the U.S. The
 * talks…" splits, "the U.S. Senate" does not.
 */
const SENTENCE_STARTERS = new Set(
  (
    'a an the it its he she they we i you this that these those there but and so yet however ' +
    'in on at for after before when while if as his her their our my some many most no not ' +
    'what'
  ).split(' '),
);

// A candidate end: terminal punctuation, any closing quotes or brackets, then white space.
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s+)/g;

function lastWord(text: string): string {
  const match = /([\p{L}\p{N}.'’-]+)$/u.exec(text);
  return match?.[1] ?? '';
}

function nextWord(text: string): string {
  const match = /^\s+["'“‘«([]*([\p{L}\p{N}]+)/u.exec(text);
  return match?.[1] ?? '';
}

function startsLikeSentence(rest: string): boolean {
  return /^\s+["'“‘«([]*[\p{Lu}\p{N}]/u.test(rest);
}

/** Whether the punctuation at the end of `before` really closes a sentence, given what follows. */
function isSentenceEnd(before: string, mark: string, rest: string): boolean {
  if (!startsLikeSentence(rest)) return false;
  if (!mark.startsWith('.')) return true;
  const word = lastWord(before);
  const bare = word.replace(/^['’]+/, '');
  if (ABBREVIATIONS.has(bare.toLowerCase())) return false;
  if (/^\p{Lu}/u.test(bare) && TITLE_ABBREVIATIONS.has(bare.toLowerCase())) return false;
  // An initial: "J. K. Rowling", "George W. Bush".
  if (/^\p{Lu}$/u.test(word)) return false;
  // A dotted acronym ("U.S", "a.m"): it ends a sentence only before an obvious sentence opener.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(nextWord(rest).toLowerCase());
  return true;
}

/** Splits one paragraph of text into trimmed sentences, in order. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (isSentenceEnd(text.slice(start, match.index), match[0], text.slice(end))) {
      sentences.push(text.slice(start, end).trim());
      start = end;
    }
  }
  const tail = text.slice(start).trim();
  if (tail) sentences.push(tail);
  return sentences;
}

/** Splits plain text into paragraphs: blank lines separate them, and so do single line breaks. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
