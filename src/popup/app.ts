/**
 * The popup's behaviour: load the model, draw it, compute the summary, act on
 * the controls and redraw when the tab's state or the settings change. The
 * browser comes in through `AppDeps`, so the whole popup runs under jsdom.
 */
import type { ArticleEdit } from '../core/article/article-edit';
import type { Dictionary } from '../core/dictionary/types';
import type { Settings } from '../core/settings';
import type { KeepResult, PageHtml } from '../shared/messages';
import type { Translate } from '../shared/i18n';
import { withArticle } from './article-model';
import { createKeepControl } from './keep-view';
import { loadModel, type LoadDeps } from './load';
import type { PopupActions, PopupModel } from './model';
import { loadSummary } from './summary-load';
import { setupTabs } from './tabs';
import { drawModel, drawSummary, prepareFrame } from './view';

/** What the popup needs from the browser. */
export interface AppDeps extends LoadDeps {
  root: Document;
  t: Translate;
  /** The tab's markup, from which the popup extracts the article for the summary. */
  getPageHtml: (tabId: number) => Promise<PageHtml>;
  revealMention: (tabId: number, index: number) => Promise<unknown>;
  /** Brings a tab to the front (the full-page view reveals mentions in another tab). */
  activateTab: (tabId: number) => Promise<unknown>;
  setSiteEnabled: (host: string, enabled: boolean) => Promise<Settings>;
  setPaused: (paused: boolean) => Promise<Settings>;
  /** Edits the article's names of the tab at `url` (the background keeps it and tells the page); the new dictionary. */
  editArticle?: (tabId: number, url: string, edit: ArticleEdit) => Promise<Dictionary>;
  openOptions: () => Promise<unknown>;
  /** Opens the full-page view of a tab. */
  openFullView: (tabId: number) => Promise<unknown>;
  /** Closes the toolbar popup (nothing in the full-page view). */
  close: () => void;
  /** Calls back when the background's tab states change; returns the teardown. */
  onTabStatesChanged: (listener: () => void) => () => void;
  onSettingsChanged: (listener: (settings: Settings) => void) => () => void;
  onError: (error: unknown) => void;
  /** "Keep these names": the background keeps the tab's article names into a story (new when `storyId` is null). */
  keepArticle?: (tabId: number, url: string, storyId: string | null) => Promise<KeepResult>;
}

/** Starts the popup; returns its teardown. */
export async function startPopup(deps: AppDeps): Promise<() => void> {
  const { t } = deps;
  const frame = prepareFrame(deps.root, t);
  // Set before anything loads, so the full-page layout does not jump from popup width.
  deps.root.body.classList.toggle('full-page', new URLSearchParams(deps.search).has('tab'));
  let model: PopupModel = await loadModel(deps);

  const keepContainer = deps.root.querySelector<HTMLElement>('#keep');
  const keepArticle = deps.keepArticle;
  const keep =
    keepContainer === null || keepArticle === undefined
      ? null
      : createKeepControl(keepContainer, { t, keepArticle });
  const redraw = (): void => {
    drawModel(frame, model, t, actions);
    keep?.draw(model);
  };
  const refreshState = async (): Promise<void> => {
    const { tabId } = model;
    if (tabId === null || model.unsupported !== null) return;
    const state = await deps.getTabState(tabId);
    // The article may have changed too: edited, or another one after the page changed its address itself.
    const article =
      state === null || deps.loadArticle === undefined
        ? null
        : await deps.loadArticle(tabId, state.url).catch(() => null);
    model = { ...model, state, host: model.host ?? (state ? new URL(state.url).hostname : null) };
    model = withArticle(model, article);
    redraw();
  };
  // A failed action leaves the view as the model is, so a switch never shows a change that did not happen.
  const report = (promise: Promise<unknown>): void => {
    promise.catch((error: unknown) => {
      deps.onError(error);
      redraw();
    });
  };

  const actions: PopupActions = {
    reveal(index) {
      const { tabId } = model;
      if (tabId === null) return;
      report(
        (model.isFullPage ? deps.activateTab(tabId) : Promise.resolve()).then(() =>
          deps.revealMention(tabId, index),
        ),
      );
    },
    setSiteEnabled(enabled) {
      if (model.host === null) return;
      report(
        deps.setSiteEnabled(model.host, enabled).then(async (settings) => {
          model = { ...model, settings };
          await refreshState();
        }),
      );
    },
    setPaused(paused) {
      report(
        deps.setPaused(paused).then(async (settings) => {
          model = { ...model, settings };
          await refreshState();
        }),
      );
    },
    openOptions() {
      report(
        deps.openOptions().then(() => {
          if (!model.isFullPage) deps.close();
        }),
      );
    },
    editArticle(edit) {
      const { tabId, state } = model;
      if (tabId === null || state === null || deps.editArticle === undefined) return;
      report(
        deps.editArticle(tabId, state.url, edit).then((article) => {
          model = withArticle(model, article);
          redraw();
        }),
      );
    },
    openInTab() {
      if (model.tabId === null) return;
      report(
        deps.openFullView(model.tabId).then(() => {
          deps.close();
        }),
      );
    },
  };

  redraw();
  if (model.focus) {
    const toggle = frame.entities.querySelector<HTMLElement>('.entity-toggle[aria-expanded="true"]');
    // Focusing scrolls it into view, and keyboard users start where the address pointed.
    toggle?.focus();
  }

  const teardowns = [
    setupTabs(frame.tablist),
    deps.onTabStatesChanged(() => {
      report(refreshState());
    }),
    deps.onSettingsChanged((settings) => {
      model = { ...model, settings };
      redraw();
    }),
  ];

  drawSummary(frame, { kind: 'loading' }, t);
  drawSummary(frame, await loadSummary(model, deps.getPageHtml), t);

  return () => {
    for (const teardown of teardowns) teardown();
  };
}
