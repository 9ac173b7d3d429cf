/**
 * The article's names, drawn in the background: the engine runs here (a
 * service worker in Chrome, an event page in Firefox), never on the page's
 * thread. Results are kept per tab and address in storage.session, so a
 * stopped service worker draws nothing twice.
 */
import type { ArticleMeta, ArticleNames, ArticleRequest } from '../core/article/article-names';
import { articleNames, MAX_ARTICLE_CHARS } from '../core/article/article-names';
import type { Dictionary } from '../core/dictionary/types';
import type { Route } from '../shared/router';
import type { StorageAreaLike } from './tab-store';

type Answer = ArticleNames & { ms: number };

/** What the route needs. */
export interface ArticleDeps {
  area: StorageAreaLike;
  /** The enabled dictionaries, whose entities keep their own cards. */
  known: () => Promise<Dictionary[]>;
  now: () => number;
}

const PREFIX = 'article:';

/** The storage.session key of a tab's article. */
export function articleKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** Params of `extractArticle`: strings where strings belong, the text at most a little over the cut. */
export function isArticleParams(p: unknown): p is ArticleRequest {
  if (typeof p !== 'object' || p === null) return false;
  const r = p as Record<string, unknown>;
  return (
    isString(r.url) &&
    isString(r.title) &&
    isString(r.text) &&
    r.text.length <= MAX_ARTICLE_CHARS + 1 &&
    isStringOrNull(r.site) &&
    isStringOrNull(r.published) &&
    (r.fullLength === undefined || (typeof r.fullLength === 'number' && Number.isFinite(r.fullLength)))
  );
}

/** What storage.session keeps of a tab's article: its names, and the page's metadata for "Keep these names". */
export interface CachedArticle {
  url: string;
  length: number;
  answer: Answer;
  /** The page's title, site and date; absent in a cache an older version wrote. */
  meta?: ArticleMeta;
}
type Cached = CachedArticle;

function isCached(value: unknown, url: string, length: number): value is Cached {
  const v = value as Partial<Cached> | undefined;
  return typeof v === 'object' && v.url === url && v.length === length && typeof v.answer === 'object';
}

/** The `getArticle` route: what was drawn for a tab, while the tab still shows that address. */
export function getArticleRoute(
  area: StorageAreaLike,
): Route<{ tabId: number; url: string }, ArticleNames | null> {
  return {
    from: 'extension-page',
    isParams: (p): p is { tabId: number; url: string } =>
      typeof p === 'object' &&
      p !== null &&
      Number.isInteger((p as { tabId?: unknown }).tabId) &&
      typeof (p as { url?: unknown }).url === 'string',
    async handle({ tabId, url }) {
      const key = articleKey(tabId);
      const stored = (await area.get(key))[key] as Partial<Cached> | undefined;
      return stored?.url === url && stored.answer !== undefined ? stored.answer : null;
    },
  };
}

/** The `extractArticle` route. */
export function articleRoute(deps: ArticleDeps): Route<ArticleRequest, Answer> {
  return {
    from: 'content',
    isParams: isArticleParams,
    async handle(params, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0 || sender.url === undefined) {
        throw new Error('extractArticle comes from the top frame of a tab.');
      }
      // The address is the browser's word, not the message's.
      const url = sender.url;
      const key = articleKey(tabId);
      const stored = (await deps.area.get(key))[key];
      if (isCached(stored, url, params.text.length)) return stored.answer;
      const started = deps.now();
      const names = articleNames({ ...params, url }, await deps.known());
      const answer: Answer = { ...names, ms: deps.now() - started };
      const meta: ArticleMeta = { url, title: params.title, site: params.site, published: params.published };
      const cached: Cached = { url, length: params.text.length, answer, meta };
      // Storage full is no reason to fail the page: it only loses the cache.
      await deps.area.set({ [key]: cached }).catch(() => undefined);
      return answer;
    },
  };
}
