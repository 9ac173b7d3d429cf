// @vitest-environment jsdom
/** The popup lists the article's own names with the dictionaries', each with its mentions in context. */
import { describe, expect, test } from 'vitest';
import { migrateSettings } from '../../../src/core/settings';
import type { Dictionary } from '../../../src/core/dictionary/types';
import { groupFindings } from '../../../src/popup/entity-groups';
import { loadModel, type LoadDeps } from '../../../src/popup/load';
import { DICTIONARY, tabState } from './fixtures';

const ARTICLE: Dictionary = {
  schemaVersion: 1,
  id: 'article',
  name: 'Strike',
  entities: [
    {
      id: 'article-ingrid-solberg',
      type: 'person',
      name: 'Ingrid Solberg',
      aliases: [{ text: 'Ingrid Solberg', match: 'standalone', caseSensitive: false }],
      role: '',
      background: '',
      quotes: [],
      related: [],
    },
  ],
};

function deps(loadArticle: LoadDeps['loadArticle']): LoadDeps {
  const state = tabState();
  state.findings?.entities.push({
    entityId: 'article-ingrid-solberg',
    dictionaryId: 'article',
    count: 1,
    snippets: [{ index: 9, before: 'said ', text: 'Ingrid Solberg', after: ', the negotiator' }],
  });
  return {
    search: '',
    activeTab: () => Promise.resolve({ id: 7 }),
    tabUrl: () => Promise.resolve(undefined),
    getTabState: () => Promise.resolve(state),
    getFindings: () => Promise.reject(new Error('none')),
    loadSettings: () => Promise.resolve(migrateSettings({})),
    loadDictionaries: () => Promise.resolve([DICTIONARY]),
    loadArticle,
    restrictedHosts: [],
    now: () => 1,
  };
}

describe('the article’s names in the popup', () => {
  test('are listed with the dictionary’s, with their mentions in context', async () => {
    const asked: [number, string][] = [];
    const model = await loadModel(
      deps((tabId, url) => {
        asked.push([tabId, url]);
        return Promise.resolve(ARTICLE);
      }),
    );
    expect(asked).toEqual([[7, 'https://news.example/story']]);
    const people = groupFindings(
      model.state?.findings ?? { url: '', title: '', totalMentions: 0, entities: [] },
      model.dictionaries,
    )
      .flatMap((g) => g.entities)
      .flatMap((e) => e.entity?.name ?? []);
    expect(people).toEqual(expect.arrayContaining(['Ingrid Solberg', 'Vladimir Putin']));
  });

  test('without an article, only the dictionaries’ are', async () => {
    const model = await loadModel(deps(() => Promise.resolve(null)));
    expect(model.dictionaries.map((d) => d.id)).toEqual([DICTIONARY.id]);
  });
});
