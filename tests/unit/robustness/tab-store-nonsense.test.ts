/** Per-tab state in storage.session edited into nonsense: no state for that tab, the others kept. */
import { describe, expect, test } from 'vitest';
import { createTabStore, tabKey } from '../../../src/background/tab-store';
import type { TabState } from '../../../src/shared/messages';
import { fakeStorageArea } from '../background/fakes';

const good = (tabId: number): TabState => ({
  tabId,
  url: `https://news.example/${tabId}`,
  inactive: null,
  findings: { url: `https://news.example/${tabId}`, title: 'A story', totalMentions: 0, entities: [] },
  updatedAt: 1,
});

describe('tab state edited by hand', () => {
  test.each([
    ['a string', 'hello'],
    ['null', null],
    ['an array', [good(3)]],
    ['a missing url', { ...good(3), url: undefined }],
    ['findings of the wrong shape', { ...good(3), findings: {} }],
    ['findings that are a list', { ...good(3), findings: [] }],
    ['entities that are not a list', { ...good(3), findings: { ...good(3).findings, entities: 'none' } }],
    ['another tab’s state under this key', good(4)],
  ])('%s reads as no state, and the other tabs keep theirs', async (_what, junk) => {
    const area = fakeStorageArea();
    const store = createTabStore(area);
    await store.put(good(1));
    await area.set({ [tabKey(3)]: junk });
    expect(await store.get(3)).toBeNull();
    expect(await store.get(1)).toEqual(good(1));
    expect((await store.all()).map((state) => state.tabId)).toEqual([1]);
  });
});
