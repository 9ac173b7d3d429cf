/**
 * How the content script gets the article layer: article.js
 * (src/content/article/article-script.ts), which the background injects on
 * request into this frame's isolated world once the first scan is done and
 * the page is idle, leaves its exports on that world's global, as card.js
 * does (card-hook.ts). Pages that never get there never parse it.
 */
import type { ArticleLayer } from '../article/article-layer';

/** What article.js offers. */
export interface ArticleModule {
  ArticleLayer: typeof ArticleLayer;
}

// A global of the isolated world only: the page's own global is another object.
const KEY = '__backstoryArticle';

type Holder = Partial<Record<typeof KEY, ArticleModule>>;

/** Called by article.js: leaves the layer for the content script. */
export function offerArticle(module: ArticleModule): void {
  (globalThis as Holder)[KEY] = module;
}

/** The article layer's module, asking `inject` (the background) to inject article.js when it is not here yet. */
export async function requestArticle(inject: () => Promise<unknown>): Promise<ArticleModule> {
  const here = (globalThis as Holder)[KEY];
  if (here !== undefined) return here;
  await inject();
  const module = (globalThis as Holder)[KEY];
  if (module === undefined) throw new Error('article.js did not load');
  return module;
}
