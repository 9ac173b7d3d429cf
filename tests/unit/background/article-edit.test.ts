/**
 * The popup's edits of a tab's article names, through the real router and
 * sender check: kept in storage.session with the automaton rebuilt, pushed to
 * the tab, and applied again when the same page draws its names again.
 */
import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { articleKey, articleRoute } from '../../../src/background/article';
import { editArticleRoute } from '../../../src/background/article-edit';
import { classifySender } from '../../../src/background/senders';
import type { ArticleNames } from '../../../src/core/article/article-names';
import { createMatchState, findMentions, loadMatcher } from '../../../src/core/match';
import { createRouter } from '../../../src/shared/router';
import type { Reply } from '../../../src/shared/messages';
import { contentSender, EXTENSION_BASE, EXTENSION_ID, fakeStorageArea, popupSender } from './fakes';

const TEXT =
  'Ingrid Solberg, the union’s chief negotiator, met Tomas Brekke in Valdmark.\n\nSolberg said the talks with Brekke would go on.';
const PAGE = 'https://news.example/a';
const article = { url: PAGE, title: 'Strike', text: TEXT, site: null, published: null };

function setup(push: (tabId: number, names: ArticleNames) => Promise<unknown> = () => Promise.resolve(true)) {
  const area = fakeStorageArea();
  const pushed: [number, ArticleNames][] = [];
  const router = createRouter(
    {
      extractArticle: articleRoute({ area, known: () => Promise.resolve([]), now: () => 0 }),
      editArticle: editArticleRoute({
        area,
        push: (tabId, names) => {
          pushed.push([tabId, names]);
          return push(tabId, names);
        },
      }),
    } as never,
    classifySender(EXTENSION_ID, EXTENSION_BASE),
  );
  const send = (type: string, params: unknown, sender: Runtime.MessageSender) =>
    router({ backstory: 1, type, params }, sender) as Promise<Reply<ArticleNames>>;
  const extract = async (params = article, url = PAGE): Promise<ArticleNames> => {
    const reply = await send('extractArticle', params, contentSender(3, url));
    if (!('result' in reply)) throw new Error(reply.error);
    return reply.result;
  };
  return { area, pushed, send, extract };
}

const ids = (names: ArticleNames): string[] => names.dictionary.entities.map((e) => e.id);
const typeOf = (names: ArticleNames, id: string): string | undefined =>
  names.dictionary.entities.find((e) => e.id === id)?.type;
const matched = (names: ArticleNames): string[] =>
  findMentions(TEXT, loadMatcher(names.prebuilt), createMatchState()).map((m) => m.entityId);
const result = (reply: Reply<ArticleNames>): ArticleNames => {
  if (!('result' in reply)) throw new Error(reply.error);
  return reply.result;
};

describe('editArticle', () => {
  test('a removal is kept, its automaton rebuilt, the tab told, and a reload of the page keeps it', async () => {
    const env = setup();
    expect(ids(await env.extract())).toContain('article-tomas-brekke');
    const edit = { kind: 'remove', entityId: 'article-tomas-brekke' };
    const answer = result(await env.send('editArticle', { tabId: 3, url: PAGE, edit }, popupSender));
    expect(ids(answer)).not.toContain('article-tomas-brekke');
    expect(matched(answer)).not.toContain('article-tomas-brekke');
    expect(matched(answer)).toContain('article-ingrid-solberg');
    expect(env.pushed.map(([tabId, names]) => [tabId, ids(names)])).toEqual([[3, ids(answer)]]);
    // The reload sends the same text: the kept names, edited.
    expect(ids(await env.extract())).not.toContain('article-tomas-brekke');
    // The page's text changed: drawn again, and the edit applied again.
    const longer = await env.extract({ ...article, text: `${TEXT}\n\nBrekke left.` });
    expect(ids(longer)).toContain('article-ingrid-solberg');
    expect(ids(longer)).not.toContain('article-tomas-brekke');
    // Another page of the tab: the edit was the other page's.
    expect(ids(await env.extract(article, 'https://news.example/b'))).toContain('article-tomas-brekke');
  });

  test('a new type is kept; the last edit of a name is the one that counts', async () => {
    const env = setup();
    await env.extract();
    const retype = (type: string, url = PAGE) =>
      env.send(
        'editArticle',
        { tabId: 3, url, edit: { kind: 'retype', entityId: 'article-ingrid-solberg', type } },
        popupSender,
      );
    expect(typeOf(result(await retype('place')), 'article-ingrid-solberg')).toBe('place');
    // The tab at a fragment of the page (#comments) shows the same document.
    expect(typeOf(result(await retype('organisation', `${PAGE}#comments`)), 'article-ingrid-solberg')).toBe(
      'organisation',
    );
    const kept = env.area.data.get(articleKey(3)) as { edits: unknown[]; answer: ArticleNames };
    expect(kept.edits).toEqual([
      { kind: 'retype', entityId: 'article-ingrid-solberg', type: 'organisation' },
    ]);
    expect(typeOf(kept.answer, 'article-ingrid-solberg')).toBe('organisation');
  });

  test('a tab without a content script to tell still keeps the edit', async () => {
    const env = setup(() => Promise.reject(new Error('Could not establish connection.')));
    await env.extract();
    const edit = { kind: 'remove', entityId: 'article-ingrid-solberg' };
    expect(
      ids(result(await env.send('editArticle', { tabId: 3, url: PAGE, edit }, popupSender))),
    ).not.toContain('article-ingrid-solberg');
    expect(ids(await env.extract())).not.toContain('article-ingrid-solberg');
  });

  test.each<[string, unknown, Runtime.MessageSender]>([
    [
      'a content script',
      { tabId: 3, url: PAGE, edit: { kind: 'remove', entityId: 'article-tomas-brekke' } },
      contentSender(3, PAGE),
    ],
    [
      'another page of the tab',
      { tabId: 3, url: 'https://news.example/b', edit: { kind: 'remove', entityId: 'article-tomas-brekke' } },
      popupSender,
    ],
    [
      'a tab with no article',
      { tabId: 4, url: PAGE, edit: { kind: 'remove', entityId: 'article-tomas-brekke' } },
      popupSender,
    ],
    [
      'a name the article does not have',
      { tabId: 3, url: PAGE, edit: { kind: 'remove', entityId: 'vladimir-putin' } },
      popupSender,
    ],
    [
      'a type the engine does not draw',
      { tabId: 3, url: PAGE, edit: { kind: 'retype', entityId: 'article-tomas-brekke', type: 'event' } },
      popupSender,
    ],
    [
      'a tab id that is not one',
      { tabId: '3', url: PAGE, edit: { kind: 'remove', entityId: 'article-tomas-brekke' } },
      popupSender,
    ],
  ])('%s is refused, and nothing changes', async (_, params, sender) => {
    const env = setup();
    await env.extract();
    const before = structuredClone(env.area.data.get(articleKey(3)));
    expect(await env.send('editArticle', params, sender)).toHaveProperty('error');
    expect(env.area.data.get(articleKey(3))).toEqual(before);
    expect(env.pushed).toEqual([]);
  });
});
