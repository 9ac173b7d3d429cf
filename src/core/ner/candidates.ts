/**
 * Finds name candidates: capitalised runs with their joiners (de, van, al-,
 * initials, "of" inside organisations), split where a title, a connector
 * between two names or a place before a person ends one name.
 */
import type { Article } from './tokens';
import { fold } from './gazetteer';
import { isNameWord, isTitle, isHead, rawRun } from './runs';
import { splitConnectors, splitPlaceBeforePerson, titlePrefix, trimEdges } from './split';
import { NAME_ADJECTIVE } from './lexicon';

/** One occurrence of a candidate name in the text. */
export interface Mention {
  /** The name's words as written, title and honorific split off. */
  words: string[];
  start: number;
  end: number;
  sentence: number;
  /** Token indexes of the name's first and last word. */
  first: number;
  last: number;
  /** "Mr.", "Dr.", "M." before the name. */
  honorific?: string;
  /** Title words split off the name ("Prime Minister of Kazakhstan"). */
  title?: string;
  /** The capital says nothing: the name starts a sentence or sits in a headline. */
  isWeak: boolean;
}

function mentionOf(article: Article, part: readonly number[], extra: Partial<Mention>): Mention | undefined {
  const firstIndex = part[0];
  const lastIndex = part[part.length - 1];
  if (firstIndex === undefined || lastIndex === undefined) return undefined;
  const first = article.tokens[firstIndex];
  const last = article.tokens[lastIndex];
  if (!first || !last) return undefined;
  const words = part.map((i) => article.tokens[i]?.text ?? '');
  let end = last.end;
  // "Seattle-based": the name is the part before the hyphen.
  const lastWord = words[words.length - 1] ?? '';
  const adjective = isTitle(lastWord) ? null : NAME_ADJECTIVE.exec(lastWord);
  if (adjective) {
    words[words.length - 1] = (words[words.length - 1] ?? '').slice(0, adjective.index);
    end -= adjective[0].length;
  }
  // A possessive ("Nintendo’s first game") marks a name even where a capital says nothing.
  const isMarked = extra.honorific !== undefined || extra.title !== undefined || last.isPossessive;
  const isWeak = !isMarked && (first.isHeading || first.isSentenceStart);
  return {
    words,
    start: first.start,
    end,
    sentence: first.sentence,
    first: firstIndex,
    last: lastIndex,
    isWeak,
    ...extra,
  };
}

/** Spans of quoted titles ("“A Paradise Built in Hell”"): works, not names of the story's entities. */
function quotedTitles(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[“"]([^”"]{3,160})[”"]/gu)) {
    const words = (m[1] ?? '').match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const long = words.filter((w) => w.length > 3);
    if (
      words.length >= 3 &&
      long.length >= 2 &&
      long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.75
    )
      out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Every candidate mention in the article, in text order. */
export function findMentions(article: Article): Mention[] {
  const titles = quotedTitles(article.text);
  return findAllMentions(article).filter((m) => !titles.some(([from, to]) => m.start >= from && m.end <= to));
}

/** The capitalised runs written mid-sentence somewhere in the text, folded: names the text vouches for. */
function midSentenceNames(article: Article): Set<string> {
  const out = new Set<string>();
  const { tokens } = article;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (!t || !isNameWord(t)) {
      i += 1;
      continue;
    }
    const run = rawRun(article, i);
    if (!t.isSentenceStart && !t.isHeading) out.add(fold(run.map((j) => tokens[j]?.text ?? '').join(' ')));
    i = (run[run.length - 1] ?? i) + 1;
  }
  return out;
}

function findAllMentions(article: Article): Mention[] {
  const lowerWords = new Set(article.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  const out: Mention[] = [];
  const { tokens } = article;
  const midSentence = midSentenceNames(article);
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (!t || !isNameWord(t)) {
      i += 1;
      continue;
    }
    const raw = rawRun(article, i);
    i = (raw[raw.length - 1] ?? i) + 1;
    // "CreditMichael Appleton", "Photo: Jane Doe": a photo credit names no one in the story.
    const before = tokens[(raw[0] ?? 0) - 1];
    if (before && before.sentence === t.sentence && /^(?:Credit|Photo|Photograph|Image)$/u.test(before.text))
      continue;
    if (raw.length === 1 && t.text === 'Credit') continue;
    for (const piece of splitPlaceBeforePerson(
      article,
      trimEdges(article, raw, lowerWords, true, midSentence),
      lowerWords,
    ))
      out.push(...mentionsOfRun(article, piece, lowerWords, midSentence));
  }
  return out;
}

/** The mentions of one run: its title split off, then cut at connectors between names. */
function mentionsOfRun(
  article: Article,
  run: number[],
  lowerWords: ReadonlySet<string>,
  midSentence: ReadonlySet<string>,
): Mention[] {
  const { tokens } = article;
  const out: Mention[] = [];
  if (run.length === 0) return out;
  {
    const prefix = titlePrefix(article, run);
    const rest = run.slice(prefix.length);
    // "the Prime Minister", "Senator": a title alone names no one.
    if (rest.every((j) => isTitle(tokens[j]?.text ?? '') && !isHead(tokens[j]?.text ?? ''))) return out;
    const extra: Partial<Mention> = {};
    if (prefix.title !== undefined) extra.title = prefix.title;
    if (prefix.honorific !== undefined) extra.honorific = prefix.honorific;
    const parts = splitConnectors(article, rest).flatMap((p) =>
      splitPlaceBeforePerson(article, trimEdges(article, p, lowerWords, false, midSentence), lowerWords),
    );
    parts.forEach((part, k) => {
      if (part.length === 0) return;
      const m = mentionOf(article, part, k === 0 ? extra : {});
      if (m) out.push(m);
    });
  }
  return out;
}
