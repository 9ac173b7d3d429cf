// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { articleNames, type ArticleRequest } from '../../../src/core/article/article-names';
import { createMatchState } from '../../../src/core/match';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { ArticleLayer } from '../../../src/content/article/article-layer';
import { readArticleText } from '../../../src/content/article/article-text';
import { readPageMeta } from '../../../src/content/article/page-meta';
import type { Recogniser } from '../../../src/content/scan/annotator';
import { fill } from '../content/rig';

const PARAGRAPH =
  'Dock workers in Valdmark stayed off the quays for a sixth day, said Ingrid Solberg, the chief negotiator of the union, after talks with the port authority broke up late on Sunday. The ferry company has moved two of its daily crossings to the northern terminal while the quays stay empty.';
const ARTICLE = `<article><p>${PARAGRAPH}</p><p>Solberg met Tomas Brekke, the port director, for three hours, but the two sides could not agree on the new shift rota that the authority wants before summer, when the cruise ships double the traffic in the harbour and the night crews work longest.</p><p>Brekke said the offer was final. ${PARAGRAPH}</p></article>`;

const base: Recogniser = { find: () => [], entity: () => undefined };

function rig(settings: Partial<Settings> = {}) {
  let current: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const listeners = new Set<(s: Settings) => void>();
  const requests: ArticleRequest[] = [];
  const recognisers: Recogniser[] = [];
  const layer = new ArticleLayer({
    doc: document,
    isActive: (s) => !s.paused,
    loadSettings: () => Promise.resolve(current),
    onSettingsChanged: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    firstScan: () => Promise.resolve(),
    whenIdle: () => Promise.resolve(),
    extract: (request) => {
      requests.push(request);
      return Promise.resolve(articleNames(request, []));
    },
    setRecogniser: (r) => recognisers.push(r),
  });
  layer.withBase(base);
  const errors: unknown[] = [];
  const lifetime = new AbortController();
  const start = () => layer.start({ signal: lifetime.signal, onError: (e) => errors.push(e) });
  const set = (change: Partial<Settings>) => {
    current = { ...current, ...change };
    for (const l of listeners) l(current);
  };
  const found = (r: Recogniser | undefined) =>
    (r?.find(document.body.textContent, createMatchState()) ?? []).map((m) =>
      document.body.textContent.slice(m.start, m.end),
    );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { layer, requests, recognisers, errors, start, set, found, settle };
}

beforeEach(() => {
  fill(
    '<meta property="og:site_name" content="Harbour Gazette"><meta property="article:published_time" content="2026-03-02T08:30:00Z"><title>Strike</title>',
    document.head,
  );
});

describe('reading the page', () => {
  test('an article passes the check and gives its paragraphs; a list page does not', () => {
    fill(`<nav><p>${PARAGRAPH}</p></nav>${ARTICLE}`);
    const read = readArticleText(document);
    expect(read.isArticle && read.paragraphs).toBe(3);
    expect(read.isArticle && read.text.startsWith('Dock workers')).toBe(true);
    fill('<ul><li>Ingrid Solberg</li></ul><p>Short.</p>');
    expect(readArticleText(document).isArticle).toBe(false);
  });

  test('paragraphs in unlikely containers count for nothing', () => {
    fill(`<div class="sidebar">${ARTICLE}</div>`);
    expect(readArticleText(document).isArticle).toBe(false);
  });

  test('the metadata gives site, date and title', () => {
    expect(readPageMeta(document)).toMatchObject({
      site: 'Harbour Gazette',
      published: '2026-03-02T08:30:00Z',
      title: 'Strike',
    });
  });
});

describe('the article layer', () => {
  test('draws the names of an article and joins them to the recogniser', async () => {
    fill(ARTICLE);
    const r = rig();
    await r.start();
    await r.settle();
    expect(r.requests).toHaveLength(1);
    expect(r.layer.progress()).toMatchObject({ state: 'drawn', chars: r.requests[0]?.text.length });
    expect(r.layer.progress().readMs).toBeGreaterThanOrEqual(0);
    expect(r.found(r.recognisers.at(-1))).toEqual(expect.arrayContaining(['Ingrid Solberg', 'Tomas Brekke']));
    expect(r.layer.note('article', 'article-ingrid-solberg')?.source).toBe('Harbour Gazette, 2026-03-02');
    expect(r.layer.entity('article', 'article-ingrid-solberg')?.name).toBe('Ingrid Solberg');
  });

  test('a page that is not an article is never sent', async () => {
    fill('<ul><li>Ingrid Solberg, negotiator</li></ul>');
    const r = rig();
    expect(r.layer.progress().state).toBe('waiting');
    await r.start();
    await r.settle();
    expect(r.requests).toEqual([]);
    expect(r.layer.progress()).toMatchObject({ state: 'not-article', chars: 0 });
    expect(r.recognisers).toEqual([]);
  });

  test('off in the settings: nothing is sent until it is turned on; turned off, the names go', async () => {
    fill(ARTICLE);
    const r = rig({ articleNames: false });
    await r.start();
    await r.settle();
    expect(r.requests).toEqual([]);
    expect(r.layer.progress()).toEqual({ state: 'off', readMs: null, chars: 0 });
    r.set({ articleNames: true });
    await r.settle();
    expect(r.found(r.recognisers.at(-1))).toContain('Ingrid Solberg');
    r.set({ articleNames: false });
    expect(r.recognisers.at(-1)).toBe(base);
    expect(r.layer.entity('article', 'article-ingrid-solberg')).toBeUndefined();
  });

  test('paused: nothing is sent until it resumes', async () => {
    fill(ARTICLE);
    const r = rig({ paused: true });
    await r.start();
    await r.settle();
    expect(r.requests).toEqual([]);
    expect(r.layer.progress().state).toBe('off');
    r.set({ paused: false });
    await r.settle();
    expect(r.requests).toHaveLength(1);
  });
});
