/**
 * Finds name candidates: capitalised runs with their joiners (de, van, al-,
 * initials, "of" inside organisations), split where a title, a connector
 * between two names or a place before a person ends one name.
 */
import type { Article, Token } from './tokens';
import { fold, gazetteer, isDemonymLike } from './gazetteer';
import {
  AFFILIATIONS,
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  GROUP_NOUN,
  HONORIFICS,
  NAME_ADJECTIVE,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORGANISATION_HEADS,
  PLACE_HEADS,
  TITLE_WORDS,
  inList,
} from './lexicon';

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

/** Whether only spaces lie between two tokens (no line break, no punctuation). */
function joined(text: string, a: Token, b: Token): boolean {
  if (a.isPossessive) return false;
  // One or two spaces, or a hard-wrapped line's break and indentation.
  return /^(?:[ \t\u00a0]{1,2}|[ \t\u00a0]*\n[ \t\u00a0]*)$/u.test(text.slice(a.end, b.start));
}

/** A capitalised word, or an Arabic name with its article: "al-Qaeda", "bin-Laden". */
function isNameWord(t: Token): boolean {
  return (
    (t.isCapitalised && !/^\p{N}/u.test(t.text)) ||
    /^(?:al|el|ad|as|ash|at|ibn|bin|abu|ben)-\p{Lu}/u.test(t.text)
  );
}

function isHead(word: string): boolean {
  return inList(ORGANISATION_HEADS, word) || inList(PLACE_HEADS, word);
}

/** Whether a token is a title word, "Attorney-General" and "President-elect" included. */
function isTitle(word: string): boolean {
  return word.split('-').every((part) => inList(TITLE_WORDS, part));
}

/** The token indexes of one maximal run: capitalised words and the joiners between them. */
function rawRun(article: Article, from: number): number[] {
  const { tokens, text } = article;
  const run = [from];
  let i = from;
  for (;;) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!a || !b || b.sentence !== a.sentence) break;
    // "Sam’s Club": a possessive inside a name only before an organisation's head.
    const possessiveInside =
      a.isPossessive && run.length === 1 && !isHead(a.text) && isHead(b.text) && b.isCapitalised;
    // "Seattle-based Whole Foods": the adjective ends one name.
    if (NAME_ADJECTIVE.test(a.text)) break;
    if (!possessiveInside && !joined(text, a, b)) break;
    if (isNameWord(b)) {
      run.push(i + 1);
      i += 1;
      continue;
    }
    // Up to two lower-case joiners between capitals: "Bill de Blasio", "Committee for a Responsible …".
    const isJoiner = (t: Token | undefined): boolean =>
      t !== undefined &&
      !/\p{Lu}/u.test(t.text) &&
      (inList(NAME_CONNECTORS, t.text) || inList(NAME_PARTICLES, t.text));
    const c = tokens[i + 2];
    const d = tokens[i + 3];
    if (isJoiner(b) && c && c.sentence === a.sentence && joined(text, b, c) && isNameWord(c)) {
      run.push(i + 1, i + 2);
      i += 2;
      continue;
    }
    if (
      isJoiner(b) &&
      isJoiner(c) &&
      c &&
      d &&
      d.sentence === a.sentence &&
      joined(text, b, c) &&
      joined(text, c, d) &&
      isNameWord(d)
    ) {
      run.push(i + 1, i + 2, i + 3);
      i += 3;
      continue;
    }
    break;
  }
  return run;
}

/** Title words and honorifics at the start of a run: how many tokens they take, and the title text. */
function titlePrefix(
  article: Article,
  run: readonly number[],
): { length: number; title?: string; honorific?: string } {
  const words = run.map((i) => article.tokens[i]?.text ?? '');
  const lastWord = words[words.length - 1] ?? '';
  if (isHead(lastWord) && !inList(HONORIFICS, words[0] ?? '')) return { length: 0 };
  const { places, demonyms } = gazetteer();
  let n = 0;
  let sawTitle = false;
  while (n < words.length - 1) {
    const w = words[n] ?? '';
    if (inList(HONORIFICS, w))
      return { length: n + 1, honorific: w, title: n > 0 ? words.slice(0, n).join(' ') : undefined };
    if (isTitle(w)) {
      sawTitle = true;
      n += 1;
    } else if (!sawTitle && demonyms.has(fold(w)) && isTitle(words[n + 1] ?? '')) n += 1;
    else if (sawTitle && ['of', 'for', 'the'].includes(w) && n + 1 < words.length - 1) {
      const next = words[n + 1] ?? '';
      if (isTitle(next) || w === 'the') n += 1;
      else if (places.has(fold(next))) n += 2;
      else break;
    } else break;
  }
  // "Police Commissioner Andrew Colvin": capitalised words up to a title word, before a given name.
  const { firstNames } = gazetteer();
  for (let k = words.length - 2; k >= n; k -= 1) {
    if (
      isTitle(words[k] ?? '') &&
      firstNames.has(fold(words[k + 1] ?? '')) &&
      words.slice(0, k).every((w) => /^\p{Lu}/u.test(w))
    )
      return { length: k + 1, title: words.slice(0, k + 1).join(' ') };
  }
  // "British Bill Shorten": a demonym before a given name.
  if (
    !sawTitle &&
    demonyms.has(fold(words[0] ?? '')) &&
    firstNames.has(fold(words[1] ?? '')) &&
    words.length > 2
  )
    return { length: 1 };
  if (!sawTitle) return { length: 0 };
  return { length: n, title: words.slice(0, n).join(' ') };
}

/** Splits a run at connectors that stand between two names ("Russia and China") rather than inside one. */
function splitConnectors(article: Article, run: readonly number[]): number[][] {
  const word = (i: number | undefined): string => (i === undefined ? '' : (article.tokens[i]?.text ?? ''));
  const parts: number[][] = [];
  let current: number[] = [];
  for (let k = 0; k < run.length; k += 1) {
    const i = run[k] ?? 0;
    const w = word(i);
    const token = article.tokens[i];
    if ((token && isNameWord(token)) || !/^\p{Ll}/u.test(w)) {
      current.push(i);
      continue;
    }
    const rest = run.slice(k + 1);
    const leftHasHead = current.some(
      (j) => inList(ORGANISATION_HEADS, word(j)) || inList(PLACE_HEADS, word(j)),
    );
    const leftEndsInHead = isHead(word(current[current.length - 1]));
    const rightEndsInHead = inList(ORGANISATION_HEADS, word(rest[rest.length - 1]));
    const isParticle = inList(NAME_PARTICLES, w) && current.length > 0 && !leftHasHead && !rightEndsInHead;
    // "World Travel and Tourism Council", "Center on Poverty and Inequality" keep their "and";
    // "News Corporation and Fairfax", "Russia and China" are two names.
    const keepAnd = (rightEndsInHead && !leftHasHead) || (leftHasHead && !leftEndsInHead && !rightEndsInHead);
    const keep = w === 'and' || w === '&' ? keepAnd : leftHasHead || isParticle || ['a', 'the'].includes(w);
    if (keep) current.push(i);
    else {
      if (current.length > 0) parts.push(current);
      current = [];
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** Drops words at the edges that are never part of a name: "The", "But", months, sentence-start verbs. */
function trimEdges(
  article: Article,
  part: number[],
  lowerWords: ReadonlySet<string>,
  startOnly = false,
): number[] {
  const out = [...part];
  for (;;) {
    const t = article.tokens[out[0] ?? -1];
    if (!t || out.length === 0) break;
    const w = t.text;
    const { places, demonyms } = gazetteer();
    const isStart = t.isSentenceStart || t.isHeading;
    // "Los Angeles", "The Hague": a known place keeps its article.
    if (places.has(fold(out.map((i) => article.tokens[i]?.text ?? '').join(' ')))) break;
    const commonAtStart =
      isStart && out.length > 1 && lowerWords.has(w.toLowerCase()) && !places.has(fold(w));
    const isFunction = inList(FUNCTION_WORDS, w) && (isStart || /^(?:the|a|an)$/iu.test(w));
    const isContraction = /^\p{L}+['’](?:ve|ll|re|d|m|t)$/iu.test(w);
    const lastWord = article.tokens[out[out.length - 1] ?? -1]?.text ?? '';
    // "Tunisian Islamists", "Egyptian Copts": a demonym leads a name only in an organisation's ("Australian Federal Police").
    const isDemonym =
      (demonyms.has(fold(w)) ||
        isDemonymLike(fold(w)) ||
        (GROUP_NOUN.test(w) && !gazetteer().firstNames.has(fold(w)))) &&
      !startOnly &&
      out.length > 1 &&
      !inList(ORGANISATION_HEADS, lastWord) &&
      !inList(PLACE_HEADS, lastWord);
    if (
      isFunction ||
      inList(CALENDAR_WORDS, w) ||
      commonAtStart ||
      isContraction ||
      isDemonym ||
      !/\p{L}/u.test(w)
    )
      out.shift();
    else break;
  }
  while (out.length > 0 && !startOnly) {
    const t = article.tokens[out[out.length - 1] ?? -1];
    if (t && (inList(CALENDAR_WORDS, t.text) || inList(AFFILIATIONS, t.text) || !/\p{Lu}/u.test(t.text)))
      out.pop();
    else break;
  }
  return out;
}

/**
 * Splits "Pakistan Yusuf Raza Gilani", "Foreign Ministry Maksim Peshkov" (a place or an organisation's
 * head, then a given name) and "EU Tajikistan" (an acronym or place, then a place) in two names.
 */
function splitPlaceBeforePerson(article: Article, part: number[]): number[][] {
  const { places, firstNames } = gazetteer();
  const word = (i: number | undefined): string => article.tokens[i ?? -1]?.text ?? '';
  for (let k = 1; k < part.length; k += 1) {
    const head = part.slice(0, k).map(word).join(' ');
    const rest = part.slice(k).map(word).join(' ');
    const next = word(part[k]);
    const endsName =
      places.has(fold(head)) ||
      (k > 1 && inList(ORGANISATION_HEADS, word(part[k - 1]))) ||
      /^\p{Lu}{2,}$/u.test(head);
    // "Foreign Ministry Maksim Peshkov": after an organisation's head, two capitalised words that are no head are a person.
    const restIsName =
      k > 1 &&
      inList(ORGANISATION_HEADS, word(part[k - 1])) &&
      part.length - k >= 2 &&
      !part.slice(k).some((i) => isHead(word(i)) || /^\p{Ll}/u.test(word(i)));
    const startsPerson = firstNames.has(fold(next)) && part.length - k > 1 && !places.has(fold(next));
    if (endsName && (startsPerson || restIsName || places.has(fold(rest))))
      return [part.slice(0, k), ...splitPlaceBeforePerson(article, part.slice(k))];
  }
  return [part];
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
  const adjective = NAME_ADJECTIVE.exec(words[words.length - 1] ?? '');
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

/** Every candidate mention in the article, in text order. */
export function findMentions(article: Article): Mention[] {
  const lowerWords = new Set(article.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  const out: Mention[] = [];
  const { tokens } = article;
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
    for (const piece of splitPlaceBeforePerson(article, trimEdges(article, raw, lowerWords, true)))
      out.push(...mentionsOfRun(article, piece, lowerWords));
  }
  return out;
}

/** The mentions of one run: its title split off, then cut at connectors between names. */
function mentionsOfRun(article: Article, run: number[], lowerWords: ReadonlySet<string>): Mention[] {
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
      splitPlaceBeforePerson(article, trimEdges(article, p, lowerWords)),
    );
    parts.forEach((part, k) => {
      if (part.length === 0) return;
      const m = mentionOf(article, part, k === 0 ? extra : {});
      if (m) out.push(m);
    });
  }
  return out;
}
