/**
 * Reading the seed article as the data tests need it: mentions by alias,
 * number tokens, and apostrophes unified as the matcher unifies them.
 */
import type { Alias } from '../../../src/core/dictionary/types';

/** The article with apostrophe look-alikes (’ ` ‘) made straight, as the matcher compares. */
export function unifyApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019`\u02bc]/g, "'");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the alias occurs in the text as whole words, under its case rule. */
export function mentions(text: string, alias: Pick<Alias, 'text' | 'caseSensitive'>): boolean {
  const words = escapeRegExp(unifyApostrophes(alias.text)).replace(/\s+/g, '\\s+');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`,
    alias.caseSensitive ? 'u' : 'iu',
  );
  return pattern.test(unifyApostrophes(text));
}

/** The numbers written in a text, as written ("30,000", "1,7", "1.5", "2002"). */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]);
}
