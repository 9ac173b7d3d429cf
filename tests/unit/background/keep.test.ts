import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { articleRoute } from '../../../src/background/article';
import { isQuotaError, keepRoute, type KeepDeps } from '../../../src/background/keep';
import type { StorageAreaLike } from '../../../src/background/tab-store';
import type { ArticleMeta } from '../../../src/core/article/article-names';
import { validateDictionary } from '../../../src/core/dictionary/validate';
import type { Dictionary } from '../../../src/core/dictionary/types';
import { sayingsOf } from '../../../src/core/story/sayings';
import { dictionaryKey, INDEX_KEY } from '../../../src/shared/dictionary-keys';
import type { KeepResult } from '../../../src/shared/messages';
import { FIRST_META, FIRST_TEXT, SECOND_META, SECOND_TEXT } from '../story/fixtures';
import { fakeStorageArea } from './fakes';

/** storage.local as Chrome's: a `set` that would pass `quota` bytes throws and writes nothing. */
function quotaArea(quota: number): StorageAreaLike & { data: Map<string, unknown>; quota: number } {
  const area = fakeStorageArea();
  const size = (data: Map<string, unknown>): number =>
    [...data].reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
  return {
    ...area,
    quota,
    set(items) {
      const next = new Map(area.data);
      for (const [k, v] of Object.entries(items)) next.set(k, v);
      if (size(next) > this.quota) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
      return area.set(items);
    },
  };
}

function setup(
  local: StorageAreaLike & { data: Map<string, unknown> } = fakeStorageArea(),
  rebuild = () => Promise.resolve(),
) {
  const session = fakeStorageArea();
  const deps: KeepDeps = {
    session,
    local,
    bundledId: 'backstory',
    now: () => new Date('2026-03-06T09:00:00.000Z'),
    rebuild,
  };
  const keep = keepRoute(deps);
  const stories = (): Dictionary[] =>
    [...local.data].filter(([k]) => k.startsWith('dictionary:')).map(([, v]) => v as Dictionary);
  /** The page at `meta.url` in tab 7 sends its article, as the content script does. */
  const visit = async (text: string, meta: ArticleMeta): Promise<void> => {
    const extract = articleRoute({ area: session, known: () => Promise.resolve(stories()), now: () => 0 });
    const sender = { tab: { id: 7 }, frameId: 0, url: meta.url } as Runtime.MessageSender;
    await extract.handle({ ...meta, text }, sender);
  };
  const sender = {} as Runtime.MessageSender;
  const keepInto = (url: string, storyId: string | null): Promise<KeepResult> =>
    keep.handle({ tabId: 7, url, storyId }, sender);
  return { local, session, stories, visit, keepInto };
}

describe('keepArticle', () => {
  test('keeps a new story in storage.local, in the imports’ index, valid', async () => {
    const env = setup();
    await env.visit(FIRST_TEXT, FIRST_META);
    const result = await env.keepInto(FIRST_META.url, null);
    expect(result).toMatchObject({
      ok: true,
      storyId: 'story-harbour-strike-begins',
      name: 'Harbour strike begins',
      articles: 1,
    });
    expect(env.local.data.get(INDEX_KEY)).toEqual({ version: 1, order: ['story-harbour-strike-begins'] });
    const [story] = env.stories();
    expect(validateDictionary(story).ok).toBe(true);
    expect(story?.kept?.[0]).toMatchObject({ site: 'Harbour News', published: '2026-03-02T10:00:00Z' });
  });

  test('keeps a second article into the same story: merged, newest first', async () => {
    const env = setup();
    await env.visit(FIRST_TEXT, FIRST_META);
    const first = await env.keepInto(FIRST_META.url, null);
    if (!first.ok) throw new Error(first.message);
    await env.visit(SECOND_TEXT, SECOND_META);
    const second = await env.keepInto(SECOND_META.url, first.storyId);
    expect(second).toMatchObject({ ok: true, storyId: first.storyId, articles: 2 });
    const [story] = env.stories();
    expect(env.stories()).toHaveLength(1);
    expect(sayingsOf(story ?? {}, 'ingrid-solberg').map((s) => s.title)).toEqual([
      'Strike ends',
      'Harbour strike begins',
    ]);
  });

  test('the popup sends no page data: only a tab whose article was drawn at that address can be kept', async () => {
    const env = setup();
    await env.visit(FIRST_TEXT, FIRST_META);
    expect(await env.keepInto('https://elsewhere.example/', null)).toMatchObject({
      ok: false,
      reason: 'no-article',
    });
    expect(await env.keepInto(FIRST_META.url, 'story-gone')).toMatchObject({ ok: false, reason: 'no-story' });
    expect(env.stories()).toEqual([]);
  });

  test('a full storage ends in a quota answer and loses nothing already kept', async () => {
    const env = setup(quotaArea(Infinity));
    await env.visit(FIRST_TEXT, FIRST_META);
    const first = await env.keepInto(FIRST_META.url, null);
    if (!first.ok) throw new Error(first.message);
    const before = structuredClone([...env.local.data]);
    (env.local as ReturnType<typeof quotaArea>).quota = JSON.stringify(before).length + 10;
    await env.visit(SECOND_TEXT, SECOND_META);
    expect(await env.keepInto(SECOND_META.url, first.storyId)).toMatchObject({ ok: false, reason: 'quota' });
    expect(await env.keepInto(SECOND_META.url, null)).toMatchObject({ ok: false, reason: 'quota' });
    expect([...env.local.data]).toEqual(before);
  });

  test('when the story fits but its automaton does not, the story as it was is written back', async () => {
    let full = false;
    const rebuild = (): Promise<void> =>
      full ? Promise.reject(new Error('QuotaExceededError')) : Promise.resolve();
    const env = setup(fakeStorageArea(), rebuild);
    await env.visit(FIRST_TEXT, FIRST_META);
    const first = await env.keepInto(FIRST_META.url, null);
    if (!first.ok) throw new Error(first.message);
    const before = structuredClone([...env.local.data]);
    full = true;
    await env.visit(SECOND_TEXT, SECOND_META);
    expect(await env.keepInto(SECOND_META.url, first.storyId)).toMatchObject({ ok: false, reason: 'quota' });
    expect([...env.local.data]).toEqual(before);
    expect(await env.keepInto(SECOND_META.url, null)).toMatchObject({ ok: false, reason: 'quota' });
    expect([...env.local.data]).toEqual(before);
    expect(env.local.data.get(dictionaryKey(first.storyId))).toEqual(
      before.find(([k]) => k === dictionaryKey(first.storyId))?.[1],
    );
  });

  test('tells a full storage from other refusals in both browsers’ words', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new Error('IO error'))).toBe(false);
  });
});
