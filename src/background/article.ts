/**
 * The article's names, drawn in the background: the engine runs here (a
 * service worker in Chrome, an event page in Firefox), never on the page's
 * thread. Results are kept per tab and address in storage.session, so a
 * stopped service worker draws nothing twice.
 */
import { applyArticleEdits, isArticleEdit, type ArticleEdit } from '../core/article/article-edit';
import type { ArticleMeta, ArticleNames, ArticleRequest } from '../core/article/article-names';
import { articleNames, MAX_ARTICLE_CHARS } from '../core/article/article-names';
import type { Dictionary } from '../core/dictionary/types';
import type { Route } from '../shared/router';
import { topFrameUrl } from './senders';
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

/**
 * What storage.session keeps of a tab's article: the names drawn, with the
 * reader's edits applied, the edits, and the page's metadata for "Keep these names".
 */
export interface CachedArticle {
  url: string;
  /** The length of the text drawn from: the same page with other text is drawn again. */
  length: number;
  answer: Answer;
  /** The reader's edits in the popup, applied again to a new draw of the same address. */
  edits?: ArticleEdit[];
  /** The page's title, site and date; absent in a cache an older version wrote. */
  meta?: ArticleMeta;
}

/** The article kept for a tab, when there is one. */
export async function readCachedArticle(area: StorageAreaLike, tabId: number): Promise<CachedArticle | null> {
  const key = articleKey(tabId);
  const v = (await area.get(key))[key] as Partial<CachedArticle> | undefined;
  return typeof v === 'object' && typeof v.url === 'string' && typeof v.answer === 'object'
    ? (v as CachedArticle)
    : null;
}

/** Whether `cached` was drawn from the document at `url`: a fragment (#comments) names the same page. */
export function isDrawnAt(cached: CachedArticle | null, url: string): cached is CachedArticle {
  return cached !== null && cached.url.replace(/#.*$/su, '') === url.replace(/#.*$/su, '');
}

const editsOf = (cached: CachedArticle | null, url: string): ArticleEdit[] =>
  isDrawnAt(cached, url) ? (cached.edits ?? []).filter(isArticleEdit) : [];

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
      const stored = await readCachedArticle(area, tabId);
      return isDrawnAt(stored, url) ? stored.answer : null;
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
      // The address is the browser's word, not the message's.
      const url = topFrameUrl(sender);
      if (tabId === undefined || url === undefined) {
        throw new Error('extractArticle comes from the top frame of a tab.');
      }
      const stored = await readCachedArticle(deps.area, tabId);
      if (isDrawnAt(stored, url) && stored.length === params.text.length) return stored.answer;
      // The same address with other text (a live page, a reload after an edit): the reader's edits still hold.
      const edits = editsOf(stored, url);
      // Timed from here: loading the dictionaries is not the engine's time.
      const known = await deps.known();
      const started = deps.now();
      const names = applyArticleEdits(articleNames({ ...params, url }, known), edits);
      const answer: Answer = { ...names, ms: deps.now() - started };
      const meta: ArticleMeta = { url, title: params.title, site: params.site, published: params.published };
      const cached: CachedArticle = { url, length: params.text.length, answer, edits, meta };
      // Storage full is no reason to fail the page: it only loses the cache.
      await deps.area.set({ [articleKey(tabId)]: cached }).catch(() => undefined);
      return answer;
    },
  };
}
