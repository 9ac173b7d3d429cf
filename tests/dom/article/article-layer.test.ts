// @vitest-environment jsdom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { applyArticleEdits } from '../../../src/core/article/article-edit';
import { articleNames, type ArticleRequest } from '../../../src/core/article/article-names';
import { createMatchState } from '../../../src/core/match';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { ArticleLayer } from '../../../src/content/article/article-layer';
import { nextChange } from '../../../src/content/article/idle';
import { readArticleText } from '../../../src/content/article/article-text';
import { readPageMeta } from '../../../src/content/article/page-meta';
import type { Recogniser } from '../../../src/content/scan/annotator';
import { fill } from '../content/rig';

const PARAGRAPH =
  'Dock workers in Valdmark stayed off the quays for a sixth day, said Ingrid Solberg, the chief negotiator of the union, after talks with the port authority broke up late on Sunday. The ferry company has moved two of its daily crossings to the northern terminal while the quays stay empty.';
const ARTICLE = `<article><p>${PARAGRAPH}</p><p>Solberg met Tomas Brekke, the port director, for three hours, but the two sides could not agree on the new shift rota that the authority wants before summer, when the cruise ships double the traffic in the harbour and the night crews work longest.</p><p>Brekke said the offer was final. ${PARAGRAPH}</p></article>`;

const base: Recogniser = { find: () => [], entity: () => undefined };

function rig(settings: Partial<Settings> = {}, changeWaitMs = 5000) {
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
    // The real one, with a wait long enough that a test fails rather than passes by it.
    nextChange: () => nextChange(document, changeWaitMs),
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
  return {
    layer,
    requests,
    recognisers,
    errors,
    start,
    set,
    found,
    settle,
    stop: () => {
      lifetime.abort();
    },
  };
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

const SECOND = `<article><p>Harbour pilots in Nordvik voted to join the strike on Tuesday, said Maren Holt, who speaks for the pilots' guild, after a meeting that ran late into the night at the guild's hall by the old customs house.</p><p>Holt said the pilots would guide no ship in or out of the harbour until the port authority took back its new rota, and that the ferries would be the first to feel it within the week.</p><p>The guild has two hundred members, and most of them have worked the channel for more than twenty years; the youngest joined last spring, when the port took on three new tugs and a second dredger for the winter.</p></article>`;

describe('names edited in the popup', () => {
  test('come back through show: a removed name is no longer found, a retyped one has its new type', async () => {
    fill(ARTICLE);
    const r = rig();
    await r.start();
    await r.settle();
    const drawn = r.layer.current();
    if (drawn === null) throw new Error('no names drawn');
    const edited = applyArticleEdits(drawn, [
      { kind: 'remove', entityId: 'article-tomas-brekke' },
      { kind: 'retype', entityId: 'article-ingrid-solberg', type: 'organisation' },
    ]);
    expect(r.layer.show(edited)).toBe(true);
    const recogniser = r.recognisers.at(-1);
    expect(r.found(recogniser)).toContain('Ingrid Solberg');
    expect(r.found(recogniser)).not.toContain('Tomas Brekke');
    expect(recogniser?.entity('article-ingrid-solberg')?.type).toBe('organisation');
    expect(r.layer.entity('article', 'article-ingrid-solberg')?.type).toBe('organisation');
    expect(r.layer.entity('article', 'article-tomas-brekke')).toBeUndefined();
    expect(r.layer.note('article', 'article-tomas-brekke')).toBeUndefined();
  });

  test('names of another address are refused', async () => {
    fill(ARTICLE);
    const r = rig();
    await r.start();
    await r.settle();
    const drawn = r.layer.current();
    if (drawn === null) throw new Error('no names drawn');
    const count = r.recognisers.length;
    expect(r.layer.show({ ...drawn, url: 'http://elsewhere.example/' })).toBe(false);
    expect(r.recognisers).toHaveLength(count);
  });
});

describe('a page that changes its address itself', () => {
  const people = (r: ReturnType<typeof rig>): string[] => r.found(r.recognisers.at(-1));

  beforeEach(() => {
    history.replaceState(null, '', '/first');
  });

  test('the new article already in: the old names go and the new ones are drawn', async () => {
    fill(ARTICLE);
    const r = rig();
    await r.start();
    await r.settle();
    history.pushState(null, '', '/second');
    fill(SECOND);
    r.layer.moved(document.URL);
    // At once, before anything is drawn: the old article's names are no longer recognised.
    expect(r.recognisers.at(-1)).toBe(base);
    await vi.waitFor(() => {
      expect(r.requests).toHaveLength(2);
    });
    await r.settle();
    expect(r.requests[1]?.url).toMatch(/\/second$/);
    expect(people(r)).toContain('Maren Holt');
    expect(r.recognisers.at(-1)?.entity('article-ingrid-solberg')).toBeUndefined();
    expect(r.errors).toEqual([]);
    r.stop();
  });

  test('the new article still on its way: nothing is drawn from the old text, the new one is drawn when it comes', async () => {
    fill(ARTICLE);
    const r = rig();
    await r.start();
    await r.settle();
    history.pushState(null, '', '/second');
    const before = r.recognisers.length;
    r.layer.moved(document.URL);
    for (let i = 0; i < 5; i++) await r.settle();
    expect(r.requests).toHaveLength(1);
    // The old article is still what the page shows: its names stay on it meanwhile.
    expect(r.recognisers).toHaveLength(before);
    fill(SECOND);
    await vi.waitFor(() => {
      expect(r.requests).toHaveLength(2);
    });
    expect(r.requests[1]?.text).toContain('Maren Holt');
    await r.settle();
    // Once the new text was read, the old names went before the new ones came.
    expect(r.recognisers.slice(before)).toContain(base);
    expect(people(r)).toContain('Maren Holt');
    r.stop();
  });

  test('the same article at a new address (a query added by replaceState) keeps its names and is drawn for it', async () => {
    fill(ARTICLE);
    const r = rig({}, 10);
    await r.start();
    await r.settle();
    const before = r.recognisers.length;
    history.replaceState(null, '', '/first?ref=home');
    r.layer.moved(document.URL);
    await vi.waitFor(() => {
      expect(r.requests).toHaveLength(2);
    });
    await r.settle();
    expect(r.requests[1]?.url).toMatch(/\/first\?ref=home$/);
    expect(r.recognisers.slice(before)).not.toContain(base);
    expect(people(r)).toContain('Ingrid Solberg');
    r.stop();
  });

  test('a page that was no article moves to one whose text comes later: it is drawn when it comes', async () => {
    fill('<ul><li>Ingrid Solberg, negotiator</li></ul>');
    const r = rig();
    await r.start();
    await r.settle();
    expect(r.requests).toEqual([]);
    history.pushState(null, '', '/second');
    r.layer.moved(document.URL);
    for (let i = 0; i < 5; i++) await r.settle();
    expect(r.requests).toEqual([]);
    fill(SECOND);
    await vi.waitFor(() => {
      expect(r.requests).toHaveLength(1);
    });
    expect(r.requests[0]?.url).toMatch(/\/second$/);
    r.stop();
  });

  test('the same address but its fragment, or a move before anything was read, changes nothing', async () => {
    fill(ARTICLE);
    const r = rig({ articleNames: false });
    r.layer.moved('http://localhost:3000/elsewhere');
    await r.start();
    r.set({ articleNames: true });
    await r.settle();
    expect(r.requests).toHaveLength(1);
    const count = r.recognisers.length;
    r.layer.moved(`${document.URL}#comments`);
    await r.settle();
    expect(r.recognisers).toHaveLength(count);
    expect(r.requests).toHaveLength(1);
    r.stop();
  });

  test('with the setting off the old names go and nothing is sent; turned on, the new article is drawn', async () => {
    fill(ARTICLE);
    const r = rig();
    await r.start();
    await r.settle();
    r.set({ articleNames: false });
    history.pushState(null, '', '/second');
    fill(SECOND);
    r.layer.moved(document.URL);
    await r.settle();
    expect(r.requests).toHaveLength(1);
    expect(r.layer.entity('article', 'article-ingrid-solberg')).toBeUndefined();
    r.set({ articleNames: true });
    await vi.waitFor(() => {
      expect(r.requests).toHaveLength(2);
    });
    await r.settle();
    expect(people(r)).toContain('Maren Holt');
    expect(r.recognisers.at(-1)?.entity('article-ingrid-solberg')).toBeUndefined();
    r.stop();
  });
});
