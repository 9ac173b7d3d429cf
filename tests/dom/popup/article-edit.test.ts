// @vitest-environment jsdom
/**
 * The article's own names in the popup can be removed or given another type,
 * by keyboard as by pointer: the background is asked, the list follows at
 * once and keeps the focus, and a new article after the page moved replaces
 * the old one's names.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ArticleEdit } from '../../../src/core/article/article-edit';
import type { Dictionary, Entity } from '../../../src/core/dictionary/types';
import { migrateSettings } from '../../../src/core/settings';
import { startPopup, type AppDeps } from '../../../src/popup/app';
import type { EntityFinding, TabState } from '../../../src/shared/messages';
import { DICTIONARY, loadPopupHtml, t, tabState } from './fixtures';

const person = (id: string, name: string): Entity => ({
  id,
  type: 'person',
  name,
  aliases: [{ text: name, match: 'standalone', caseSensitive: true }],
  role: '',
  background: '',
  quotes: [],
  related: [],
});

const ARTICLE: Dictionary = {
  schemaVersion: 1,
  id: 'article',
  name: 'Strike',
  entities: [
    person('article-ingrid-solberg', 'Ingrid Solberg'),
    person('article-tomas-brekke', 'Tomas Brekke'),
  ],
};

const finding = (entityId: string, count: number): EntityFinding => ({
  entityId,
  dictionaryId: 'article',
  count,
  snippets: [{ index: 20, before: 'said ', text: entityId, after: ' on Monday' }],
});

/** The tab's state: the fixture's 8 dictionary mentions, Solberg 2 and Brekke 1. */
function withArticleFindings(url = 'https://news.example/story'): TabState {
  const state = tabState({ url });
  const findings = state.findings;
  if (findings === null) throw new Error('the fixture has findings');
  findings.entities.push(finding('article-ingrid-solberg', 2), finding('article-tomas-brekke', 1));
  findings.totalMentions += 3;
  return state;
}

function setup(edit: AppDeps['editArticle']) {
  let state = withArticleFindings();
  let article: Dictionary | null = ARTICLE;
  const listeners = new Set<() => void>();
  const errors: unknown[] = [];
  const deps: AppDeps = {
    root: document,
    t,
    search: '?tab=7',
    activeTab: () => Promise.resolve(null),
    tabUrl: () => Promise.resolve(undefined),
    getTabState: () => Promise.resolve(state),
    getFindings: () => Promise.reject(new Error('none')),
    loadSettings: () => Promise.resolve(migrateSettings({})),
    loadDictionaries: () => Promise.resolve([DICTIONARY]),
    loadArticle: vi.fn((_tabId: number, url: string) => Promise.resolve(url === state.url ? article : null)),
    restrictedHosts: [],
    now: () => 1,
    getPageHtml: () => Promise.resolve({ kind: 'too-large', chars: 1 }),
    revealMention: () => Promise.resolve(true),
    activateTab: () => Promise.resolve(),
    setSiteEnabled: () => Promise.reject(new Error('unused')),
    setPaused: () => Promise.reject(new Error('unused')),
    editArticle: edit,
    openOptions: () => Promise.resolve(),
    openFullView: () => Promise.resolve(),
    close: () => undefined,
    onTabStatesChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onSettingsChanged: () => () => undefined,
    onError: (error) => errors.push(error),
  };
  return {
    deps,
    errors,
    /** The background stores a new state (the page reported, or moved). */
    report(next: TabState, nextArticle: Dictionary | null) {
      state = next;
      article = nextArticle;
      for (const listener of listeners) listener();
    },
  };
}

/** The background's answer to an edit: `ARTICLE` with it applied. */
function answer(_tabId: number, _url: string, edit: ArticleEdit): Promise<Dictionary> {
  const entities =
    edit.kind === 'remove'
      ? ARTICLE.entities.filter((e) => e.id !== edit.entityId)
      : ARTICLE.entities.map((e) => (e.id === edit.entityId ? { ...e, type: edit.type } : e));
  return Promise.resolve({ ...ARTICLE, entities });
}

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const text = (selector: string) => ($(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const groupOf = (entityId: string) =>
  $(`[data-entity="${entityId}"]`)?.closest<HTMLElement>('.entity-group')?.dataset.type;
const typeSelect = (entityId: string) =>
  $(`[data-entity="${entityId}"] select.entity-type`) as HTMLSelectElement | null;
const removeButton = (entityId: string) => $(`[data-entity="${entityId}"] .entity-remove`);

beforeEach(() => {
  loadPopupHtml();
});

describe('editing the article’s names in the popup', () => {
  test('only the article’s own names have a type chooser and a labelled remove button', async () => {
    await startPopup(setup(answer).deps);
    const select = typeSelect('article-ingrid-solberg');
    expect([...(select?.options ?? [])].map((o) => [o.value, o.text])).toEqual([
      ['person', 'Person'],
      ['place', 'Place'],
      ['organisation', 'Organisation'],
    ]);
    expect(select?.value).toBe('person');
    expect(select && document.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Type');
    expect(removeButton('article-ingrid-solberg')?.getAttribute('aria-label')).toBe(
      'Remove Ingrid Solberg from this page',
    );
    expect(removeButton('article-ingrid-solberg')?.tagName).toBe('BUTTON');
    expect($('[data-entity="vladimir-putin"] .entity-edit')).toBeNull();
  });

  test('a new type is sent for the tab’s address; the name moves to its group and keeps the focus', async () => {
    const edit = vi.fn(answer);
    const env = setup(edit);
    await startPopup(env.deps);
    const select = typeSelect('article-ingrid-solberg');
    if (select === null) throw new Error('no type chooser');
    select.focus();
    select.value = 'organisation';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(edit).toHaveBeenCalledWith(7, 'https://news.example/story', {
      kind: 'retype',
      entityId: 'article-ingrid-solberg',
      type: 'organisation',
    });
    expect(groupOf('article-ingrid-solberg')).toBe('organisation');
    expect(typeSelect('article-ingrid-solberg')?.value).toBe('organisation');
    expect(document.activeElement).toBe(typeSelect('article-ingrid-solberg'));
    expect(env.errors).toEqual([]);
  });

  test('a removed name leaves the list at once, the counts with it, and the focus goes to the list', async () => {
    const edit = vi.fn(answer);
    await startPopup(setup(edit).deps);
    expect(text('.found-summary')).toBe('11 mentions of 6 names');
    const button = removeButton('article-ingrid-solberg');
    button?.focus();
    button?.click();
    await settle();
    expect(edit).toHaveBeenCalledWith(7, 'https://news.example/story', {
      kind: 'remove',
      entityId: 'article-ingrid-solberg',
    });
    expect($('[data-entity="article-ingrid-solberg"]')).toBeNull();
    expect(text('.found-summary')).toBe('9 mentions of 5 names');
    expect(document.activeElement?.classList.contains('entity-toggle')).toBe(true);
  });

  test('an edit the background refuses changes nothing in the list', async () => {
    const env = setup(() => Promise.reject(new Error('The tab shows no article names at this address.')));
    await startPopup(env.deps);
    removeButton('article-tomas-brekke')?.click();
    await settle();
    expect(env.errors).toHaveLength(1);
    expect($('[data-entity="article-tomas-brekke"]')).not.toBeNull();
  });

  test('after the page moved to another article, the new article’s names replace the old one’s', async () => {
    const env = setup(answer);
    await startPopup(env.deps);
    const next = tabState({ url: 'https://news.example/second' });
    next.findings?.entities.push(finding('article-maren-holt', 2));
    env.report(next, { ...ARTICLE, entities: [person('article-maren-holt', 'Maren Holt')] });
    await settle();
    expect(env.deps.loadArticle).toHaveBeenLastCalledWith(7, 'https://news.example/second');
    expect(text('[data-entity="article-maren-holt"] .entity-name')).toBe('Maren Holt');
    expect(groupOf('article-maren-holt')).toBe('person');
    expect($('[data-entity="article-ingrid-solberg"]')).toBeNull();
  });
});
