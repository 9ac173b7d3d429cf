/**
 * Reading the seed article as the data tests need it: mentions by alias
 * (whether, where, and first), number tokens, and apostrophes unified as the
 * matcher unifies them.
 */
import type { Alias } from '../../../src/core/dictionary/types';

/** The article with apostrophe look-alikes (’ ` ‘) made straight, as the matcher compares. */
export function unifyApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019`\u02bc]/g, "'");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the alias occurs in the text as whole words, under its case rule: [start, end) offsets. */
export function mentionSpans(
  text: string,
  alias: Pick<Alias, 'text' | 'caseSensitive'>,
): { start: number; end: number }[] {
  const words = escapeRegExp(unifyApostrophes(alias.text)).replace(/\s+/g, '\\s+');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`,
    alias.caseSensitive ? 'gu' : 'giu',
  );
  // Unifying apostrophes replaces one character by one, so offsets stay those of `text`.
  return [...unifyApostrophes(text).matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Whether the alias occurs in the text as whole words, under its case rule. */
export function mentions(text: string, alias: Pick<Alias, 'text' | 'caseSensitive'>): boolean {
  return mentionSpans(text, alias).length > 0;
}

/** Where the first of `aliases` first occurs in the text, or -1 when none does. */
export function firstMention(
  text: string,
  aliases: readonly Pick<Alias, 'text' | 'caseSensitive'>[],
): number {
  const starts = aliases.flatMap((alias) => mentionSpans(text, alias).map((span) => span.start));
  return starts.length === 0 ? -1 : Math.min(...starts);
}

/** The numbers written in a text, as written ("30,000", "1,7", "1.5", "2002"). */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]);
}
