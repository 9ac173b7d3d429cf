// @vitest-environment jsdom
/**
 * The summary's states from what the tab sends: its markup is parsed and
 * extracted here in the popup, and every failure on the way is a state.
 */
import { describe, expect, test } from 'vitest';
import type { PageHtml } from '../../../src/shared/messages';
import { loadSummary } from '../../../src/popup/summary-load';
import { model } from './fixtures';

const paragraph = (n: number): string =>
  `<p>Paragraph ${n} says that Putin urged the SCO members to unite against drug trafficking, ` +
  `that Tajikistan declined the return of Russian border guards, and that seizures have grown.</p>`;
const ARTICLE: PageHtml = {
  kind: 'page',
  url: 'https://news.example/story',
  title: 'Border talks',
  html: `<!DOCTYPE html><html><head><title>Border talks</title></head><body><article><h1>Border talks</h1>${[
    1, 2, 3, 4, 5, 6,
  ]
    .map(paragraph)
    .join('')}</article></body></html>`,
};
const sends = (page: PageHtml) => () => Promise.resolve(page);

describe('loadSummary', () => {
  test('summarises the article parsed from the markup', async () => {
    const state = await loadSummary(model(), sends(ARTICLE));
    expect(state.kind).toBe('summary');
    expect(state.kind === 'summary' && state.sentences[0]).toMatch(/^Paragraph 1 says/);
  });

  test.each([
    ['a page past the size cap', sends({ kind: 'too-large', chars: 6_000_000 }), 'too-large'],
    [
      'a page without an article',
      sends({ ...ARTICLE, html: '<body><nav><a href="/">Home</a></nav></body>' }),
      'not-article',
    ],
    [
      'a tab that does not answer',
      () => Promise.reject(new Error('Could not establish connection.')),
      'failed',
    ],
  ])('%s', async (_name, getPageHtml, kind) => {
    expect((await loadSummary(model(), getPageHtml)).kind).toBe(kind);
  });

  test('an extraction that throws is a failed summary, not a broken popup', async () => {
    const parser = {
      parseFromString: (): Document => {
        throw new Error('out of memory');
      },
    };
    expect(await loadSummary(model(), sends(ARTICLE), parser)).toEqual({ kind: 'failed' });
  });

  test('a tab Backstory cannot run on asks for nothing', async () => {
    const getPageHtml = (): Promise<PageHtml> => Promise.reject(new Error('asked'));
    expect(await loadSummary(model({ tabId: null }), getPageHtml)).toEqual({ kind: 'unavailable' });
  });
});
