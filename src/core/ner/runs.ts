/**
 * Builds the raw runs of a name: capitalised words with the joiners between
 * them (de, van, al-, "of" inside organisations), never across punctuation.
 */
import type { Article, Token } from './tokens';
import { fold, gazetteer } from './gazetteer';
import {
  FUNCTION_WORDS,
  NAME_ADJECTIVE,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORGANISATION_HEADS,
  PLACE_HEADS,
  TITLE_WORDS,
  inList,
} from './lexicon';

/** Whether only spaces lie between two tokens (no line break, no punctuation). */
export function joined(text: string, a: Token, b: Token): boolean {
  if (a.isPossessive) return false;
  // One or two spaces, or a hard-wrapped line's break and indentation.
  return /^(?:[ \t\u00a0]{1,2}|[ \t\u00a0]*\n[ \t\u00a0]*)$/u.test(text.slice(a.end, b.start));
}

/** A capitalised word, or an Arabic name with its article: "al-Qaeda", "bin-Laden". */
export function isNameWord(t: Token): boolean {
  // "THE", "IS" in a line of capitals are no part of a name.
  if (t.isAllCaps && inList(FUNCTION_WORDS, t.text) && !gazetteer().places.has(fold(t.text))) return false;
  return (
    (t.isCapitalised && !/^\p{N}/u.test(t.text)) ||
    /^(?:al|el|ad|as|ash|at|ibn|bin|abu|ben)-\p{Lu}/u.test(t.text) ||
    // "Quai d’Orsay", "Côte d’Ivoire": a French elided particle before a capital.
    /^[dl]['’]\p{Lu}/u.test(t.text)
  );
}

/** Whether a word is an organisation's or a place's head ("Ministry", "Museum"). */
export function isHead(word: string): boolean {
  return inList(ORGANISATION_HEADS, word) || inList(PLACE_HEADS, word);
}

/** Whether a token is a title word, "Attorney-General" and "President-elect" included. */
export function isTitle(word: string): boolean {
  return word.split('-').every((part) => inList(TITLE_WORDS, part));
}

/** The token indexes of one maximal run: capitalised words and the joiners between them. */
export function rawRun(article: Article, from: number): number[] {
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
    if (NAME_ADJECTIVE.test(a.text) && !isTitle(a.text)) break;
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
