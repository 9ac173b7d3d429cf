/**
 * The reader's edits of a tab's article names, sent by the popup: applied to
 * what storage.session keeps for the tab (so a reload of the page and a
 * reopened popup see them), the automaton rebuilt, and the new names pushed
 * to the tab's content script, which paints them at once.
 */
import { applyArticleEdits, canApply, isArticleEdit, type ArticleEdit } from '../core/article/article-edit';
import type { ArticleNames } from '../core/article/article-names';
import type { Route } from '../shared/router';
import { articleKey, isDrawnAt, readCachedArticle, type CachedArticle } from './article';
import type { StorageAreaLike } from './tab-store';

/** The params of `editArticle`. */
export interface EditArticleParams {
  tabId: number;
  /** The address the popup describes: an edit of another page's names is refused. */
  url: string;
  edit: ArticleEdit;
}

/** What the route needs. */
export interface ArticleEditDeps {
  area: StorageAreaLike;
  /** Gives the tab's content script its new names (tabs.sendMessage); rejects when none answers. */
  push: (tabId: number, names: ArticleNames) => Promise<unknown>;
}

function isEditParams(p: unknown): p is EditArticleParams {
  if (typeof p !== 'object' || p === null) return false;
  const r = p as Record<string, unknown>;
  return Number.isInteger(r.tabId) && typeof r.url === 'string' && isArticleEdit(r.edit);
}

/** The `editArticle` route: the popup removes one of the article's names, or changes its type. */
export function editArticleRoute(deps: ArticleEditDeps): Route<EditArticleParams, ArticleNames> {
  return {
    from: 'extension-page',
    isParams: isEditParams,
    async handle({ tabId, url, edit }) {
      const cached = await readCachedArticle(deps.area, tabId);
      if (!isDrawnAt(cached, url)) throw new Error('The tab shows no article names at this address.');
      if (!canApply(cached.answer, edit)) throw new Error(`The article has no name "${edit.entityId}".`);
      const answer = { ...applyArticleEdits(cached.answer, [edit]), ms: cached.answer.ms };
      // Only the last edit of an entity counts: the list stays as short as the article's names.
      const edits = [...(cached.edits ?? []).filter((e) => e.entityId !== edit.entityId), edit];
      const next: CachedArticle = { ...cached, answer, edits };
      await deps.area.set({ [articleKey(tabId)]: next });
      // A tab without a content script now (reloading, closed) reads the kept names when it draws again.
      await deps.push(tabId, answer).catch(() => undefined);
      return answer;
    },
  };
}
