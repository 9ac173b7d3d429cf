/**
 * Message routing end to end in Node: the shared router, the background's
 * sender check and its routes, over fake storage, badge and settings.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { editArticleRoute } from '../../../src/background/article-edit';
import { articleRoute, getArticleRoute } from '../../../src/background/article';
import { createBadge } from '../../../src/background/badge';
import { keepRoute } from '../../../src/background/keep';
import { createBackgroundRoutes } from '../../../src/background/routes';
import { classifySender } from '../../../src/background/senders';
import { createTabStates } from '../../../src/background/tab-states';
import { createTabStore } from '../../../src/background/tab-store';
import { createRouter } from '../../../src/shared/router';
import type { BackgroundApi, Reply } from '../../../src/shared/messages';
import {
  contentSender,
  EXTENSION_BASE,
  EXTENSION_ID,
  fakeAction,
  fakeSettings,
  fakeStorageArea,
  findingsOf,
  popupSender,
} from './fakes';

function setup() {
  const area = fakeStorageArea();
  const action = fakeAction();
  const settings = fakeSettings();
  const opened: unknown[] = [];
  const injected: [number, number][] = [];
  const injectedArticle: [number, number][] = [];
  const store = createTabStore(area);
  const tabStates = createTabStates({
    store,
    badge: createBadge(action),
    askFindings: () => Promise.reject(new Error('no content script')),
    now: () => 1000,
  });
  const routes = createBackgroundRoutes({
    version: '9.9.9',
    store,
    tabStates,
    updateSettings: settings.update,
    injectCard: (tabId, frameId) => {
      injected.push([tabId, frameId]);
      return Promise.resolve();
    },
    injectArticle: (tabId, frameId) => {
      injectedArticle.push([tabId, frameId]);
      return Promise.resolve();
    },
    openEntityView: {
      from: 'content',
      isParams: (p): p is BackgroundApi['openEntityView']['params'] => typeof p === 'object' && p !== null,
      handle: (params) => {
        opened.push(params);
        return Promise.resolve(null);
      },
    },
    extractArticle: articleRoute({ area, known: () => Promise.resolve([]), now: () => 0 }),
    getArticle: getArticleRoute(area),
    editArticle: editArticleRoute({ area, push: () => Promise.resolve(true) }),
    keepArticle: keepRoute({
      session: area,
      local: area,
      bundledId: 'backstory',
      now: () => new Date(0),
      rebuild: () => Promise.resolve(),
    }),
  });
  const route = createRouter(routes, classifySender(EXTENSION_ID, EXTENSION_BASE));
  const send = <K extends keyof BackgroundApi>(
    type: K,
    params: unknown,
    sender: Runtime.MessageSender,
  ): Promise<Reply<BackgroundApi[K]['return']>> | undefined =>
    route({ backstory: 1, type, params }, sender) as Promise<Reply<BackgroundApi[K]['return']>> | undefined;
  return { area, action, settings, opened, injected, injectedArticle, send };
}

let env: ReturnType<typeof setup>;
beforeEach(() => {
  env = setup();
});

const report = (tabId: number, counts: Record<string, number>, url = 'https://news.example/story') =>
  env.send(
    'reportFindings',
    { findings: findingsOf(url, counts), inactive: null },
    contentSender(tabId, url),
  );

describe('sender checks', () => {
  test.each<[keyof BackgroundApi, unknown]>([
    ['getTabState', { tabId: 1 }],
    ['setSiteEnabled', { host: 'news.example', enabled: false }],
    ['setPaused', { paused: true }],
    ['keepArticle', { tabId: 1, url: 'https://a.example/', storyId: null }],
  ])('%s from a content script is refused', async (type, params) => {
    expect(await env.send(type, params, contentSender(1))).toEqual({
      error: `"${type}" is not accepted from this sender.`,
    });
    expect(env.settings.current().paused).toBe(false);
    expect(env.settings.current().disabledSites).toEqual([]);
  });

  test('reportFindings from the popup is refused', async () => {
    const reply = await env.send('reportFindings', { findings: null, inactive: null }, popupSender);
    expect(reply).toEqual({ error: '"reportFindings" is not accepted from this sender.' });
  });

  test('a message from another extension is refused', async () => {
    const reply = await env.send('ping', {}, { ...popupSender, id: 'intruder' });
    expect(reply).toEqual({ error: '"ping" is not accepted from this sender.' });
  });

  test('ping answers anyone of ours', async () => {
    expect(await env.send('ping', {}, popupSender)).toEqual({ result: { version: '9.9.9' } });
    expect(await env.send('ping', {}, contentSender(2))).toEqual({ result: { version: '9.9.9' } });
  });

  test('loadCard injects the card into the asking frame of the asking tab only', async () => {
    expect(await env.send('loadCard', {}, contentSender(7, 'https://news.example/', 3))).toEqual({
      result: null,
    });
    expect(env.injected).toEqual([[7, 3]]);
    expect(await env.send('loadCard', {}, popupSender)).toEqual({
      error: '"loadCard" is not accepted from this sender.',
    });
    expect(env.injected).toEqual([[7, 3]]);
  });

  test('loadArticle injects the article layer into the asking frame of the asking tab only', async () => {
    expect(await env.send('loadArticle', {}, contentSender(7, 'https://news.example/', 3))).toEqual({
      result: null,
    });
    expect(env.injectedArticle).toEqual([[7, 3]]);
    expect(env.injected).toEqual([]);
    expect(await env.send('loadArticle', {}, popupSender)).toEqual({
      error: '"loadArticle" is not accepted from this sender.',
    });
    expect(env.injectedArticle).toEqual([[7, 3]]);
  });

  test('a report from a subframe does not speak for its tab', async () => {
    const reply = await env.send(
      'reportFindings',
      { findings: findingsOf('https://ads.example/', { x: 1 }), inactive: null },
      contentSender(5, 'https://ads.example/', 3),
    );
    expect(reply).toEqual({ error: 'reportFindings comes from the top frame of a tab.' });
    expect(env.area.data.size).toBe(0);
  });
});

describe('shape checks', () => {
  test('messages that are not ours are left to other listeners', async () => {
    // An envelope of ours gets a promise of a reply; anything else gets no answer at all.
    const ours = env.send('ping', {}, popupSender);
    expect(ours).toBeInstanceOf(Promise);
    expect(await ours).toEqual({ result: { version: '9.9.9' } });
    const router = createRouter({}, classifySender(EXTENSION_ID, EXTENSION_BASE));
    expect(router({ type: 'ping' }, popupSender)).toBeUndefined();
    expect(router('hello', popupSender)).toBeUndefined();
  });

  test('an unknown type gets an error', async () => {
    expect(await env.send('selfDestruct' as keyof BackgroundApi, {}, popupSender)).toEqual({
      error: 'Unknown message type "selfDestruct".',
    });
  });

  test.each<[keyof BackgroundApi, unknown]>([
    ['getTabState', { tabId: '1' }],
    ['getTabState', { tabId: -1 }],
    ['setSiteEnabled', { host: 'news.example/<script>', enabled: false }],
    ['setSiteEnabled', { host: 'news.example' }],
    ['setPaused', { paused: 'yes' }],
    ['keepArticle', { tabId: 1, url: 'https://a.example/', storyId: 3 }],
    ['keepArticle', { tabId: 1, storyId: null }],
    ['ping', null],
  ])('%s with malformed params %j is refused', async (type, params) => {
    expect(await env.send(type, params, popupSender)).toEqual({ error: `"${type}" has malformed params.` });
  });

  test.each([
    ['findings without entities', { findings: { url: 'u', title: 't', totalMentions: 1 }, inactive: null }],
    ['an unknown reason', { findings: null, inactive: 'bored' }],
    [
      'a snippet without text',
      {
        findings: {
          ...findingsOf('u', {}),
          entities: [{ entityId: 'a', dictionaryId: 'd', count: 1, snippets: [{ index: 0 }] }],
        },
        inactive: null,
      },
    ],
  ])('reportFindings with %s is refused', async (_name, params) => {
    expect(await env.send('reportFindings', params, contentSender(1))).toEqual({
      error: '"reportFindings" has malformed params.',
    });
  });
});

describe('tab state and badge', () => {
  test('a report is stored for the tab and the badge counts its entities', async () => {
    expect(await report(7, { 'vladimir-putin': 4, dushanbe: 2, sco: 1 })).toEqual({ result: null });
    const reply = await env.send('getTabState', { tabId: 7 }, popupSender);
    expect(reply).toMatchObject({
      result: { tabId: 7, url: 'https://news.example/story', inactive: null, updatedAt: 1000 },
    });
    const state = (reply as { result: { findings: { totalMentions: number } } }).result;
    expect(state.findings.totalMentions).toBe(7);
    expect(env.action.text.get(7)).toBe('3');
  });

  test("the URL stored is the sender's, not what the message claims", async () => {
    await env.send(
      'reportFindings',
      { findings: findingsOf('https://bank.example/', { a: 1 }), inactive: null },
      contentSender(7, 'https://news.example/real'),
    );
    expect(await env.send('getTabState', { tabId: 7 }, popupSender)).toMatchObject({
      result: { url: 'https://news.example/real' },
    });
  });

  test('a tab Backstory knows nothing of has no state', async () => {
    expect(await env.send('getTabState', { tabId: 99 }, popupSender)).toEqual({ result: null });
  });

  test('an inactive report clears the badge and keeps no findings', async () => {
    await report(7, { a: 1 });
    await env.send(
      'reportFindings',
      { findings: findingsOf('https://news.example/story', { a: 1 }), inactive: 'site-off' },
      contentSender(7),
    );
    expect(env.action.text.get(7)).toBe('');
    expect(await env.send('getTabState', { tabId: 7 }, popupSender)).toMatchObject({
      result: { inactive: 'site-off', findings: null },
    });
  });

  test('turning a site off marks its tabs and clears their badges, and only theirs', async () => {
    await report(1, { a: 2 }, 'https://www.news.example/one');
    await report(2, { a: 1, b: 1 }, 'https://other.example/two');
    const reply = await env.send('setSiteEnabled', { host: 'news.example', enabled: false }, popupSender);
    expect(reply).toMatchObject({ result: { disabledSites: ['news.example'] } });
    expect(env.action.text.get(1)).toBe('');
    expect(env.action.text.get(2)).toBe('2');
    expect(await env.send('getTabState', { tabId: 1 }, popupSender)).toMatchObject({
      result: { inactive: 'site-off' },
    });
  });

  test('turning a site back on removes it from the list', async () => {
    await env.send('setSiteEnabled', { host: 'news.example', enabled: false }, popupSender);
    await env.send('setSiteEnabled', { host: 'other.example', enabled: false }, popupSender);
    await env.send('setSiteEnabled', { host: 'News.Example', enabled: true }, popupSender);
    expect(env.settings.current().disabledSites).toEqual(['other.example']);
  });

  test('pausing marks every active tab paused and clears every badge', async () => {
    await report(1, { a: 2 });
    await report(2, { a: 1 }, 'https://other.example/');
    expect(await env.send('setPaused', { paused: true }, popupSender)).toMatchObject({
      result: { paused: true },
    });
    expect([env.action.text.get(1), env.action.text.get(2)]).toEqual(['', '']);
    expect(await env.send('getTabState', { tabId: 2 }, popupSender)).toMatchObject({
      result: { inactive: 'paused' },
    });
  });

  test('openEntityView reaches its route from a content script only', async () => {
    const params = { dictionaryId: 'backstory', entityId: 'dushanbe' };
    expect(await env.send('openEntityView', params, popupSender)).toMatchObject({
      error: expect.any(String),
    });
    expect(await env.send('openEntityView', params, contentSender(3))).toEqual({ result: null });
    expect(env.opened).toEqual([params]);
  });
});
