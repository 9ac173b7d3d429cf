/**
 * The one abbreviation table of the code base: which words keep their full
 * stop, and how the stop is read. Language knowledge, kept short and by hand.
 */

/**
 * How a full stop after an abbreviation is read: `never` ends a sentence
 * ("Gov. Newsom", "e.g. this"); `before-number` ends one unless a number
 * follows ("Nov. 25", "No. 10", but "I met Jan. She…"); `final` may close a
 * sentence ("Apple Inc. The…") and ends one only before a common sentence opener.
 */
export type AbbreviationKind = 'never' | 'before-number' | 'final';

// Written as usually spelled, without the dot. A longer word also matches with its first
// letter capitalised ("E.g." opening a sentence), never in lower case ("dr." is not "Dr.");
// a single capital is an initial ("P. G. Wodehouse"), not "p." for page.
const TABLE: Readonly<Record<AbbreviationKind, string>> = {
  // Titles before a name (English and French) and abbreviations read mid-sentence.
  never:
    'Mr Mrs Ms Mx Messrs Dr Prof Gov Gen Sen Rep Sgt Lt Col Capt Maj Cmdr Adm Rev Hon Pres Amb ' +
    'Supt Insp Fr Mme Mlle Mmes Mlles Mgr Pr vs v e.g i.e cf approx ca viz',
  // Months where the short form is not a common word (no "May"), numbered things, pages.
  'before-number': 'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Nr Fig Vol Art Ch Sec p pp',
  // Abbreviations that often end a sentence: companies, name suffixes, places, lists.
  final: 'Inc Ltd Co Corp Plc Bros Jr Sr Esq St Mt Ft Ave Blvd Rd Ph.D etc al',
};

const KIND_OF = new Map<string, AbbreviationKind>(
  (Object.keys(TABLE) as AbbreviationKind[]).flatMap((kind) =>
    TABLE[kind].split(' ').map((word): [string, AbbreviationKind] => [word, kind]),
  ),
);

const INITIAL = /^\p{Lu}$/u;
// "U.S", "U.K", "a.m": letters joined by dots (the final dot is the one being judged).
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;

/** How the full stop after `word` (written without that stop) is read, or undefined for an ordinary word. */
export function abbreviationKind(word: string): AbbreviationKind | undefined {
  const listed =
    KIND_OF.get(word) ??
    (word.length > 1 ? KIND_OF.get(word.charAt(0).toLowerCase() + word.slice(1)) : undefined);
  if (listed !== undefined) return listed;
  // An initial ("John F. Kennedy", "M. Macron") or a dotted acronym ("U.S."): the word that
  // follows decides, since "the U.S. Senate" goes on and "the U.S. The talks…" does not.
  if (INITIAL.test(word) || DOTTED_ACRONYM.test(word)) return 'final';
  return undefined;
}

/**
 * Capitalised words that open sentences and are never names: function words
 * (articles, pronouns, conjunctions, prepositions) and common sentence adverbs.
 */
const SENTENCE_OPENERS = new Set(
  (
    'a an the it its he she they we i you this that these those there here then but and so yet ' +
    'however in on at for from after before when while if as his her their our my your some ' +
    'many most no not what who why how meanwhile still now last earlier later also both one ' +
    'since until during under over by with without despite although though because'
  ).split(' '),
);

/** Whether `word` (letters only, capitalised) is a common sentence opener rather than a name. */
export function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word.toLowerCase());
}
