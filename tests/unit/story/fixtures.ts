/** Two articles about the same harbour strike, drawn by the real engine, for the story tests. */
import { articleNames, type ArticleMeta } from '../../../src/core/article/article-names';
import type { Dictionary } from '../../../src/core/dictionary/types';
import type { KeptInput } from '../../../src/core/story/keep';

export const FIRST_TEXT = [
  'Harbour workers in Valdmark walked out on Monday, said Ingrid Solberg, the union’s chief negotiator.',
  'Solberg met Tomas Brekke, the port director, at the harbour office.',
  'Brekke said the talks with Solberg would go on.',
].join('\n\n');

export const SECOND_TEXT = [
  'The strike in Valdmark ended on Friday after Solberg signed the agreement, the union said.',
  'Ingrid Solberg, who led the talks for the union, thanked the members of the Dockers Union.',
].join('\n\n');

export const FIRST_META: ArticleMeta = {
  url: 'https://harbour.example/strike',
  title: 'Harbour strike begins',
  site: 'Harbour News',
  published: '2026-03-02T10:00:00Z',
};

export const SECOND_META: ArticleMeta = {
  url: 'https://other.example/strike-ends',
  title: 'Strike ends',
  site: 'Other Paper',
  published: '2026-03-06',
};

/** What the background has cached for a page with `text`, as keeping reads it. */
export function input(text: string, meta: ArticleMeta, keptAt: string, known: Dictionary[] = []): KeptInput {
  const names = articleNames({ ...meta, text }, known);
  return { dictionary: names.dictionary, notes: names.notes, meta, keptAt };
}
