/**
 * The checks the real-page suite makes on what it read from a page: painted
 * ranges against the bundled dictionary, the document with and without
 * Backstory, and which errors count as the extension's.
 */
import dictionaryJson from '../../../assets/dictionary/backstory.json';
import type { Dictionary } from '../../../src/core/dictionary/types';
import { normaliseForCompare } from '../../../src/core/match/normalise';
import { highlightName } from '../../../src/content/paint/highlight-names';
import type { PaintedRange } from './probes';

const dictionary = dictionaryJson as unknown as Dictionary;

/** The matcher's word characters (boundary.ts): a painted range has none just outside it. */
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}_]$/u;
/** A possessive the painter includes in the range: "Putin's". */
const POSSESSIVE = /['\u2018\u2019`\u02bc]s$/iu;

/** Whether `text` names an alias of an entity whose highlight is `highlight`, under that alias's own comparison. */
function isAliasOf(text: string, highlight: string, dictionaries: readonly Dictionary[]): boolean {
  const candidates = [text, text.replace(POSSESSIVE, '')];
  return dictionaries.some((d) =>
    d.entities.some(
      (entity) =>
        highlightName(entity.type) === highlight &&
        entity.aliases.some((alias) => {
          const options = {
            caseSensitive: alias.caseSensitive,
            foldDiacritics: alias.foldDiacritics ?? false,
          };
          const wanted = normaliseForCompare(alias.text, options);
          return candidates.some((candidate) => normaliseForCompare(candidate, options) === wanted);
        }),
    ),
  );
}

/**
 * What is wrong with the painted ranges: a letter or digit just outside one,
 * or a text that is no alias of an entity of its highlight's type. A range
 * that starts or ends at a text node's edge is taken to end at an element's
 * edge there, which the walk treats as a boundary. `drawn` are the names the
 * page's own article gave (the background's record of them), if any.
 */
export function paintedRangeProblems(
  ranges: readonly PaintedRange[],
  drawn: readonly Dictionary[] = [],
): string[] {
  const dictionaries = [dictionary, ...drawn];
  const problems: string[] = [];
  for (const range of ranges) {
    const quoted = JSON.stringify(range.text);
    if (WORD_CHARACTER.test(range.before))
      problems.push(`${quoted} starts inside a word (after "${range.before}")`);
    if (WORD_CHARACTER.test(range.after))
      problems.push(`${quoted} ends inside a word (before "${range.after}")`);
    if (!isAliasOf(range.text, range.highlight, dictionaries))
      problems.push(`${quoted} is no alias of a ${range.highlight}`);
  }
  return problems;
}

/** Where two serialisations first differ, with some context, or `null` when they are equal. */
export function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 80), at + 80));
  return `at ${at} of ${expected.length}: without Backstory ${around(expected)}, with it ${around(actual)}`;
}

/** Firefox reports the page's own CSP violations as page errors; they are not Backstory's. */
export function isCspReport(message: string): boolean {
  return message.startsWith('Content-Security-Policy:') || message.includes('Content Security Policy');
}
