/**
 * The article layer's messages, answered in article.js: the background gives
 * the page its names anew after an edit in the popup (`showArticle`), or says
 * the address changed without a load (`pageMoved`); the tests and the
 * real-page report ask how far the layer is (`getArticleProgress`). The first-load script
 * forwards them here once article.js is in (page/message-door.ts); before
 * that there are no names to replace or drop.
 */
import type { ArticleNames } from '../../core/article/article-names';
import type { ContentRouter } from '../page/message-door';
import { classifyContentSender, fromPages, isEmptyParams, type ArticleApi } from '../page/routes';
import { createRouter, type Routes } from '../../shared/router';
import type { ArticleLayer } from './article-layer';

// The background's own message: a light check of the shape, the sender is ours.
function isNamesParams(params: unknown): params is { names: ArticleNames } {
  type Shape = { url?: unknown; dictionary?: { entities?: unknown }; notes?: unknown; prebuilt?: unknown };
  const names = (params as { names?: Shape } | null)?.names;
  return (
    typeof names?.url === 'string' &&
    Array.isArray(names.dictionary?.entities) &&
    Array.isArray(names.notes) &&
    typeof names.prebuilt === 'object' &&
    names.prebuilt !== null
  );
}

function isUrlParams(params: unknown): params is { url: string } {
  return typeof (params as { url?: unknown } | null)?.url === 'string';
}

/** The routes of the article layer's messages. */
export function articleRoutes(
  article: Pick<ArticleLayer, 'show' | 'moved' | 'progress'>,
): Routes<ArticleApi> {
  return {
    showArticle: fromPages(isNamesParams, (params) => article.show(params.names)),
    pageMoved: fromPages(isUrlParams, (params) => {
      article.moved(params.url);
      return null;
    }),
    getArticleProgress: fromPages(isEmptyParams, () => article.progress()),
  };
}

/** The router of the article layer's messages. */
export function articleRouter(
  article: Pick<ArticleLayer, 'show' | 'moved' | 'progress'>,
  extensionId: string,
): ContentRouter {
  return createRouter(articleRoutes(article), classifyContentSender(extensionId));
}
