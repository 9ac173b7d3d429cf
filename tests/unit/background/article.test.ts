/**
 * The article route through the real router and sender check: who may ask,
 * what it answers, and that storage.session keeps what a stopped worker drew.
 */
import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { articleKey, articleRoute } from '../../../src/background/article';
import { classifySender } from '../../../src/background/senders';
import { createRouter } from '../../../src/shared/router';
import type { BackgroundApi, Reply } from '../../../src/shared/messages';
import { contentSender, EXTENSION_BASE, EXTENSION_ID, fakeStorageArea, popupSender } from './fakes';

type Answer = Reply<BackgroundApi['extractArticle']['return']>;

const TEXT =
  'Ingrid Solberg, the union’s chief negotiator, met Tomas Brekke in Valdmark.\n\nSolberg said the talks would go on.';
const params = {
  url: 'https://spoofed.example/',
  title: 'Strike',
  text: TEXT,
  site: 'Harbour News',
  published: null,
};

function setup(area = fakeStorageArea()) {
  let drawn = 0;
  const route = articleRoute({
    area,
    known: () => {
      drawn++;
      return Promise.resolve([]);
    },
    now: () => drawn * 10,
  });
  const router = createRouter(
    { extractArticle: route } as never,
    classifySender(EXTENSION_ID, EXTENSION_BASE),
  );
  const send = (p: unknown, sender: Runtime.MessageSender): Promise<Answer> =>
    router({ backstory: 1, type: 'extractArticle', params: p }, sender) as Promise<Answer>;
  return { area, send, drawn: () => drawn };
}

const names = (answer: Answer): string[] =>
  'result' in answer ? answer.result.dictionary.entities.map((e) => e.name) : [answer.error];

describe('extractArticle', () => {
  test('a content script gets its article’s names, under the address the browser gives', async () => {
    const { send } = setup();
    const answer = await send(params, contentSender(3, 'https://news.example/a'));
    expect(names(answer)).toEqual(expect.arrayContaining(['Ingrid Solberg', 'Tomas Brekke']));
    expect('result' in answer && answer.result.url).toBe('https://news.example/a');
    expect('result' in answer && answer.result.source).toBe('Harbour News');
  });

  test('the time it answers is the engine’s alone: loading the dictionaries (10 ms on this clock) is not in it', async () => {
    const { send } = setup();
    const answer = await send(params, contentSender(3, 'https://news.example/a'));
    expect('result' in answer && answer.result.ms).toBe(0);
  });

  test.each<[string, unknown, Runtime.MessageSender]>([
    ['the popup', params, popupSender],
    ['a subframe', params, contentSender(3, 'https://news.example/a', 2)],
    ['text that is not a string', { ...params, text: 7 }, contentSender(3)],
    ['text far over the cut', { ...params, text: 'x'.repeat(1_000_002) }, contentSender(3)],
  ])('%s is refused', async (_, p, sender) => {
    const { send, drawn } = setup();
    expect('error' in (await send(p, sender))).toBe(true);
    expect(drawn()).toBe(0);
  });

  test('the same page again is answered from storage.session, even by a fresh worker; another page is drawn', async () => {
    const first = setup();
    await first.send(params, contentSender(3, 'https://news.example/a'));
    expect(first.area.data.has(articleKey(3))).toBe(true);
    const restarted = setup(first.area);
    const again = await restarted.send(params, contentSender(3, 'https://news.example/a'));
    expect(names(again)).toContain('Ingrid Solberg');
    expect(restarted.drawn()).toBe(0);
    await restarted.send(params, contentSender(3, 'https://news.example/b'));
    expect(restarted.drawn()).toBe(1);
  });
});
