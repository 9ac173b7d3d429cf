/**
 * Cuts raw runs into names: titles and honorifics split off as the role,
 * connectors between two names, a place or organisation before a person,
 * words at the edges that are never part of a name.
 */
import type { Article } from './tokens';
import { fold, gazetteer, isDemonymLike } from './gazetteer';
import { COMPASS } from './typing';
import { isHead, isNameWord, isTitle } from './runs';
import {
  AFFILIATIONS,
  CALENDAR_WORDS,
  FAITHS_AND_PEOPLES,
  FUNCTION_WORDS,
  GROUP_NOUN,
  HONORIFICS,
  NAME_PARTICLES,
  ORGANISATION_HEADS,
  PLACE_HEADS,
  PLACE_LEADS,
  inList,
} from './lexicon';

/** Title words and honorifics at the start of a run: how many tokens they take, and the title text. */
export function titlePrefix(
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
  const { firstNames } = gazetteer();
  // "Selon Mme Anne Hidalgo": a sentence's first word before an honorific.
  const at = words.findIndex((w, k) => k > 0 && k < words.length - 1 && inList(HONORIFICS, w));
  if (
    at > 0 &&
    article.tokens[run[0] ?? -1]?.isSentenceStart &&
    words.slice(0, at).every((w) => !firstNames.has(fold(w)))
  )
    return { length: at + 1, honorific: words[at] };
  // "Police Commissioner Andrew Colvin": capitalised words up to a title word, before a given name.
  for (let k = words.length - 2; k >= n; k -= 1) {
    const w = words[k] ?? '';
    // "Fact-Checker", "Reporter": an agent noun written as a title.
    const isAgent = /(?:er|or|ist)$/u.test(w) && !firstNames.has(fold(w)) && k > 0;
    if (
      (isTitle(w) || isAgent) &&
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
export function splitConnectors(article: Article, run: readonly number[]): number[][] {
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
      (j) =>
        inList(ORGANISATION_HEADS, word(j)) || inList(PLACE_HEADS, word(j)) || inList(PLACE_LEADS, word(j)),
    );
    const leftEndsInHead = isHead(word(current[current.length - 1]));
    const rightEndsInHead = inList(ORGANISATION_HEADS, word(rest[rest.length - 1]));
    const isParticle = inList(NAME_PARTICLES, w) && current.length > 0 && !leftHasHead && !rightEndsInHead;
    // "World Travel and Tourism Council", "Center on Poverty and Inequality" keep their "and";
    // "News Corporation and Fairfax", "Russia and China" are two names.
    const keepAnd = (rightEndsInHead && !leftHasHead) || (leftHasHead && !leftEndsInHead && !rightEndsInHead);
    const keep = w === 'and' || w === '&' ? keepAnd : leftHasHead || isParticle;
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
export function trimEdges(
  article: Article,
  part: number[],
  lowerWords: ReadonlySet<string>,
  startOnly = false,
  names: ReadonlySet<string> = new Set(),
): number[] {
  const out = [...part];
  const word = (i: number | undefined): string => article.tokens[i ?? -1]?.text ?? '';
  // "Whole Foods" starting a sentence stays whole when the text also writes it mid-sentence.
  const isVouched = names.has(fold(part.map(word).join(' ')));
  const { places, demonyms, firstNames, commonWords } = gazetteer();
  for (;;) {
    const t = article.tokens[out[0] ?? -1];
    if (!t || out.length === 0) break;
    const w = t.text;
    const isStart = t.isSentenceStart || t.isHeading;
    // "Los Angeles", "The Hague": a known place keeps its article.
    if (places.has(fold(out.map(word).join(' ')))) break;
    const second = word(out[1]);
    // Each test below is read only when those before it fail: they are many, and most words pass them all.
    // "Yesterday John Smith", "Bundeskanzler Olaf Scholz": a sentence's first word before a given name.
    const beforeGiven = (): boolean =>
      isStart && out.length > 2 && firstNames.has(fold(second)) && !firstNames.has(fold(w)) && !isTitle(w);
    // "Later the Senate": an everyday word starting a sentence is not part of the name after it.
    const isCommon = (): boolean => lowerWords.has(w.toLowerCase()) || commonWords.has(w.toLowerCase());
    const commonAtStart = (): boolean =>
      !isVouched &&
      (beforeGiven() ||
        (isStart && out.length > 1 && isCommon() && !places.has(fold(w)) && !firstNames.has(fold(w))));
    // "La France insoumise": an article before a known place is no part of it.
    const restIsPlace = (): boolean => out.length > 1 && places.has(fold(out.slice(1).map(word).join(' ')));
    // English determiners and pronouns never start a name, wherever they stand ("Those CEOs").
    const isDeterminer = (): boolean =>
      /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|which|what|whose|every|each|some|any)$/iu.test(
        w,
      );
    const isFunction = (): boolean =>
      inList(FUNCTION_WORDS, w) && (isStart || restIsPlace() || isDeterminer());
    const isContraction = (): boolean => /^\p{L}+['’](?:ve|ll|re|d|m|t)$/iu.test(w);
    // "Tunisian Islamists", "Egyptian Copts": a demonym leads a name only in an organisation's ("Australian Federal Police").
    const isDemonym = (): boolean => {
      const lastWord = word(out[out.length - 1]);
      return (
        !startOnly &&
        out.length > 1 &&
        (demonyms.has(fold(w)) ||
          isDemonymLike(fold(w)) ||
          (GROUP_NOUN.test(w) && !firstNames.has(fold(w)))) &&
        !inList(ORGANISATION_HEADS, lastWord) &&
        !inList(PLACE_HEADS, lastWord)
      );
    };
    // "Islamist Muslim Brotherhood": a movement's adjective before a faith or a people describes the name.
    const isLabel = (): boolean =>
      /ists?$/u.test(w) &&
      out.length > 2 &&
      (inList(FAITHS_AND_PEOPLES, second) || demonyms.has(fold(second)));
    if (
      isFunction() ||
      isLabel() ||
      inList(CALENDAR_WORDS, w) ||
      commonAtStart() ||
      isContraction() ||
      isDemonym() ||
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
export function splitPlaceBeforePerson(
  article: Article,
  part: number[],
  lowerWords: ReadonlySet<string>,
): number[][] {
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
    const startsPerson =
      firstNames.has(fold(next)) && part.length - k > 1 && !places.has(fold(next)) && !COMPASS.test(next);
    // "U.S. Military": a place, then one word the article writes in lower case, is the place alone.
    if (
      places.has(fold(head).replace(/\./gu, '')) &&
      part.length - k === 1 &&
      lowerWords.has(next.toLowerCase())
    )
      return [part.slice(0, k)];
    if (endsName && (startsPerson || restIsName || places.has(fold(rest))))
      return [part.slice(0, k), ...splitPlaceBeforePerson(article, part.slice(k), lowerWords)];
  }
  return [part];
}
