/** What the popup shows and what it can do: the views render these, the entry point fills them. */
import type { ArticleEdit } from '../core/article/article-edit';
import type { Dictionary } from '../core/dictionary/types';
import type { Settings } from '../core/settings';
import type { TabState } from '../shared/messages';
import type { UnsupportedReason } from './page-support';

/** Everything the popup knows about the tab it describes. */
export interface PopupModel {
  /** The tab described, or `null` when there is none (no active tab, a bad `?tab=`). */
  tabId: number | null;
  /** The page's hostname, when known: from the tab's state or from activeTab. */
  host: string | null;
  state: TabState | null;
  /** Why Backstory cannot run on this page, or `null` when it can. */
  unsupported: UnsupportedReason | null;
  settings: Settings;
  /** The bundled dictionary first, then the imported ones. */
  dictionaries: readonly Dictionary[];
  /** Opened as a page of its own (`popup.html?tab=`), not as the toolbar popup. */
  isFullPage: boolean;
  /** The entity to open at once (`&entity=`). */
  focus: { entityId: string; dictionaryId: string | null } | null;
}

/** Where the summary is. */
export type SummaryState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'not-article' }
  | { kind: 'too-large' }
  | { kind: 'too-short' }
  | { kind: 'failed' }
  | { kind: 'summary'; sentences: string[] };

/** What the user can do from the popup. */
export interface PopupActions {
  reveal(index: number): void;
  setSiteEnabled(enabled: boolean): void;
  setPaused(paused: boolean): void;
  openOptions(): void;
  openInTab(): void;
  /** Removes one of the article's own names from the page, or changes its type. */
  editArticle(edit: ArticleEdit): void;
}
