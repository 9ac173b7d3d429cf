/**
 * How the content script gets the article layer: article.js
 * (src/content/article/article-script.ts), which the background injects on
 * request into this frame's isolated world once the first scan is done and
 * the page is idle, leaves its exports on that world's global, as card.js
 * does (card-hook.ts). Pages that never get there never parse it.
 */
import type { ArticleLayer } from '../article/article-layer';
import type { startArticleLayer } from '../article/article-start';
import { offerScript, requestScript } from './lazy-script';

/** What article.js offers. */
export interface ArticleModule {
  ArticleLayer: typeof ArticleLayer;
  /** Builds the layer with its wiring and starts it (article-start.ts). */
  startArticleLayer: typeof startArticleLayer;
}

const KEY = '__backstoryArticle';

/** Called by article.js: leaves its exports for the content script. */
export function offerArticle(module: ArticleModule): void {
  offerScript(KEY, module);
}

/** article.js's exports, asking `inject` (the background) to inject it when it is not here yet. */
export function requestArticle(inject: () => Promise<unknown>): Promise<ArticleModule> {
  return requestScript<ArticleModule>(KEY, 'article.js', inject);
}
