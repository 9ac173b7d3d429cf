// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { articleRoutes } from '../../../src/content/article/article-routes';
import { classifyContentSender, contentRoutes } from '../../../src/content/page/routes';
import { claimPage, releasePage, watchContext } from '../../../src/content/page/lifecycle';
import type { ContentApi } from '../../../src/shared/messages';
import { createRouter } from '../../../src/shared/router';

const ID = 'backstory-id';

function router(): ReturnType<typeof createRouter> {
  return createRouter<ContentApi>(
    {
      ...contentRoutes({
        findings: () => null,
        reveal: (index) => index === 1,
        tooltip: { step: (direction) => direction === 1 },
        pageHtml: () => ({ kind: 'too-large', chars: 1 }),
      }),
      // card.js answers the first four, article.js the last three (page/message-door.ts forwards each).
      ...articleRoutes({
        show: (names) => names.url === 'https://news.example/a',
        moved: () => undefined,
        progress: () => ({ state: 'not-article', readMs: 2, chars: 0 }),
      }),
    },
    classifyContentSender(ID),
  );
}

const popup: Runtime.MessageSender = { id: ID, url: 'chrome-extension://backstory-id/popup.html' };

describe('content routes', () => {
  test.each([
    [{ backstory: 1, type: 'revealMention', params: { index: 1 } }, popup, { result: true }],
    [
      { backstory: 1, type: 'revealMention', params: { index: -1 } },
      popup,
      { error: '"revealMention" has malformed params.' },
    ],
    [
      { backstory: 1, type: 'revealMention', params: { index: 1.5 } },
      popup,
      { error: '"revealMention" has malformed params.' },
    ],
    [{ backstory: 1, type: 'getFindings', params: {} }, popup, { result: null }],
    [{ backstory: 1, type: 'getPageHtml', params: {} }, popup, { result: { kind: 'too-large', chars: 1 } }],
    [
      { backstory: 1, type: 'getArticleProgress', params: {} },
      popup,
      { result: { state: 'not-article', readMs: 2, chars: 0 } },
    ],
    [
      { backstory: 1, type: 'getPageHtml', params: {} },
      { id: ID, url: 'https://example.com/' },
      { error: '"getPageHtml" is not accepted from this sender.' },
    ],
    [{ backstory: 1, type: 'stepMention', params: { direction: 1 } }, { id: ID }, { result: true }],
    [
      { backstory: 1, type: 'getFindings', params: {} },
      { id: ID, url: 'https://example.com/' },
      { error: '"getFindings" is not accepted from this sender.' },
    ],
    [
      { backstory: 1, type: 'getFindings', params: {} },
      { id: 'another-extension', url: 'chrome-extension://x/popup.html' },
      { error: '"getFindings" is not accepted from this sender.' },
    ],
    [
      {
        backstory: 1,
        type: 'showArticle',
        params: {
          names: { url: 'https://news.example/a', dictionary: { entities: [] }, notes: [], prebuilt: {} },
        },
      },
      { id: ID },
      { result: true },
    ],
    [
      { backstory: 1, type: 'showArticle', params: { names: { url: 'https://news.example/a' } } },
      { id: ID },
      { error: '"showArticle" has malformed params.' },
    ],
    [
      { backstory: 1, type: 'pageMoved', params: { url: 'https://news.example/b' } },
      { id: ID, url: 'https://example.com/' },
      { error: '"pageMoved" is not accepted from this sender.' },
    ],
    [
      { backstory: 1, type: 'pageMoved', params: { url: 'https://news.example/b' } },
      { id: ID },
      { result: null },
    ],
    [{ backstory: 1, type: 'nope', params: {} }, popup, { error: 'Unknown message type "nope".' }],
  ])('%j from %j', async (message, sender, reply) => {
    expect(await router()(message, sender)).toEqual(reply);
  });

  test('messages that are not ours are left to other listeners', () => {
    expect(router()({ hello: 1 }, popup)).toBeUndefined();
  });
});

describe('one copy per page', () => {
  test('a second copy stands down while the first is alive, and takes over from a dead one', () => {
    const global = {};
    const stopFirst = vi.fn();
    let isFirstAlive = true;
    const first = { isAlive: () => isFirstAlive, stop: stopFirst };
    const second = { isAlive: () => true, stop: vi.fn() };
    expect(claimPage(first, global)).toBe(true);
    expect(claimPage(second, global)).toBe(false);
    isFirstAlive = false;
    expect(claimPage(second, global)).toBe(true);
    expect(stopFirst).toHaveBeenCalledOnce();
    releasePage(first, global);
    expect(claimPage({ isAlive: () => true, stop: vi.fn() }, global)).toBe(false);
    releasePage(second, global);
    expect(claimPage(first, global)).toBe(true);
  });

  test.each(['pointerover', 'focus', 'visibilitychange', 'pageshow'])(
    'an invalidated extension context is noticed at the next %s, with no timer, and the teardown runs once',
    (type) => {
      vi.useFakeTimers();
      try {
        let isValid = true;
        const onInvalid = vi.fn();
        const lifetime = new AbortController();
        const target = new EventTarget();
        watchContext(() => isValid, onInvalid, { signal: lifetime.signal, onError: () => undefined }, target);
        expect(vi.getTimerCount()).toBe(0);
        target.dispatchEvent(new Event(type));
        expect(onInvalid).not.toHaveBeenCalled();
        isValid = false;
        vi.advanceTimersByTime(60_000);
        expect(onInvalid).not.toHaveBeenCalled();
        target.dispatchEvent(new Event(type));
        target.dispatchEvent(new Event('pointerover'));
        expect(onInvalid).toHaveBeenCalledOnce();
        lifetime.abort();
      } finally {
        vi.useRealTimers();
      }
    },
  );

  test('after the teardown no event checks the context again', () => {
    const isValid = vi.fn(() => true);
    const lifetime = new AbortController();
    const target = new EventTarget();
    watchContext(isValid, vi.fn(), { signal: lifetime.signal, onError: () => undefined }, target);
    target.dispatchEvent(new Event('focus'));
    expect(isValid).toHaveBeenCalledOnce();
    lifetime.abort();
    target.dispatchEvent(new Event('focus'));
    expect(isValid).toHaveBeenCalledOnce();
  });
});
