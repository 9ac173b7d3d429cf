import { describe, expect, test } from 'vitest';
import { badgeText, createBadge } from '../../../src/background/badge';
import { createTabStates } from '../../../src/background/tab-states';
import { createTabStore, tabKey } from '../../../src/background/tab-store';
import { migrateSettings } from '../../../src/core/settings';
import type { PageFindings } from '../../../src/shared/messages';
import { fakeAction, fakeStorageArea, findingsOf } from './fakes';

function setup(
  askFindings: (tabId: number) => Promise<PageFindings | null> = () => Promise.reject(new Error('none')),
) {
  const area = fakeStorageArea();
  const action = fakeAction();
  const store = createTabStore(area);
  const tabStates = createTabStates({ store, badge: createBadge(action), askFindings, now: () => 5 });
  return { area, action, store, tabStates };
}

const active = { inactive: null } as const;

describe('badgeText', () => {
  test.each([
    [0, ''],
    [1, '1'],
    [42, '42'],
    [99, '99'],
    [100, '99+'],
  ])('%i entities show "%s"', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('createBadge', () => {
  test('a tab that closed meanwhile is no error', async () => {
    const gone = () => Promise.reject(new Error('No tab with id: 3.'));
    const badge = createBadge({ setBadgeText: gone, setBadgeBackgroundColor: gone });
    await expect(badge.show(3, 2)).resolves.toBeUndefined();
    await expect(badge.clear(3)).resolves.toBeUndefined();
  });

  test('sets a colour only when there is something to show', async () => {
    const action = fakeAction();
    await createBadge(action).show(4, 0);
    expect(action.color.has(4)).toBe(false);
    expect(action.text.get(4)).toBe('');
    await createBadge(action).show(4, 5);
    expect(action.color.get(4)).toMatch(/^#[0-9a-f]{6}$/);
    expect(action.text.get(4)).toBe('5');
  });
});

describe('tab states', () => {
  test('a tab that starts loading is forgotten and its badge cleared', async () => {
    const { action, store, tabStates } = setup();
    await tabStates.report(3, 'https://a.example/', {
      findings: findingsOf('https://a.example/', { x: 1 }),
      ...active,
    });
    expect(action.text.get(3)).toBe('1');
    await tabStates.onUpdated(3, { status: 'loading' });
    expect(await store.get(3)).toBeNull();
    expect(action.text.get(3)).toBe('');
  });

  test('a change of URL (when the browser tells it) forgets the old page', async () => {
    const { store, tabStates } = setup();
    await tabStates.report(3, 'https://a.example/1', {
      findings: findingsOf('https://a.example/1', { x: 1 }),
      ...active,
    });
    await tabStates.onUpdated(3, { url: 'https://a.example/1' });
    expect(await store.get(3)).not.toBeNull();
    await tabStates.onUpdated(3, { url: 'https://a.example/2' });
    expect(await store.get(3)).toBeNull();
  });

  test('once loaded, the tab is asked for its findings', async () => {
    const findings = findingsOf('https://a.example/', { x: 1, y: 2 });
    const { action, store, tabStates } = setup((tabId) => Promise.resolve(tabId === 4 ? findings : null));
    await tabStates.onUpdated(4, { status: 'complete' });
    expect(await store.get(4)).toMatchObject({ tabId: 4, url: 'https://a.example/', findings });
    expect(action.text.get(4)).toBe('2');
  });

  test('a loaded tab without a content script keeps no state', async () => {
    const { area, tabStates } = setup();
    await tabStates.onUpdated(4, { status: 'complete' });
    expect(area.data.size).toBe(0);
  });

  test('a closed tab leaves nothing in storage', async () => {
    const { area, tabStates } = setup();
    await tabStates.report(3, 'https://a.example/', {
      findings: findingsOf('https://a.example/', { x: 1 }),
      ...active,
    });
    expect(area.data.has(tabKey(3))).toBe(true);
    await tabStates.onRemoved(3);
    expect(area.data.size).toBe(0);
  });

  test('state survives the worker being stopped: a new worker reads it from storage', async () => {
    const first = setup();
    const findings = findingsOf('https://a.example/', { x: 3 });
    await first.tabStates.report(8, 'https://a.example/', { findings, ...active });
    // A restarted worker builds fresh objects over the same storage.session.
    const restarted = createTabStore(first.area);
    expect(await restarted.get(8)).toMatchObject({ tabId: 8, findings });
  });

  test('settings that keep a site on leave its tabs alone', async () => {
    const { action, store, tabStates } = setup();
    await tabStates.report(1, 'https://a.example/', {
      findings: findingsOf('https://a.example/', { x: 1 }),
      ...active,
    });
    await tabStates.applySettings(migrateSettings({ disabledSites: ['b.example'] }));
    expect(await store.get(1)).toMatchObject({ inactive: null });
    expect(action.text.get(1)).toBe('1');
  });

  test('a stored value that is not a tab state is ignored', async () => {
    const { area, store } = setup();
    area.data.set(tabKey(2), { tabId: 'two' });
    area.data.set('unrelated', { tabId: 1 });
    expect(await store.get(2)).toBeNull();
    expect(await store.all()).toEqual([]);
  });
});
