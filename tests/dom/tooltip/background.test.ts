// The background half of the tooltip: keyboard commands forwarded to the tab, and the full view opened.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Runtime, Tabs } from 'webextension-polyfill';

const fakeBrowser = vi.hoisted(() => ({
  runtime: { getURL: (path: string) => `chrome-extension://abc/${path}` },
  tabs: { create: vi.fn(() => Promise.resolve({})), query: vi.fn(), sendMessage: vi.fn() },
  commands: { onCommand: { addListener: vi.fn() } },
}));
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { directionOf, forwardCommand, registerCommands } = await import('../../../src/background/commands');
const { entityViewUrl, isEntityViewParams, openEntityViewRoute } =
  await import('../../../src/background/open-entity-view');

beforeEach(() => {
  vi.clearAllMocks();
});

describe('keyboard commands', () => {
  test.each([
    ['next-mention', 1],
    ['previous-mention', -1],
    ['_execute_action', null],
    ['next', null],
  ])('%s steps %s', (command, direction) => {
    expect(directionOf(command)).toBe(direction);
  });

  test('forwards to the tab the browser names, else to the active tab', async () => {
    const step = vi.fn(() => Promise.resolve(true));
    const activeTabId = vi.fn(() => Promise.resolve(9));
    await expect(forwardCommand('next-mention', { id: 4 } as Tabs.Tab, { step, activeTabId })).resolves.toBe(
      true,
    );
    expect(step).toHaveBeenLastCalledWith(4, 1);
    expect(activeTabId).not.toHaveBeenCalled();
    await forwardCommand('previous-mention', undefined, { step, activeTabId });
    expect(step).toHaveBeenLastCalledWith(9, -1);
  });

  test('does nothing for other commands, without a tab, or where no content script answers', async () => {
    const step = vi.fn(() => Promise.reject(new Error('Could not establish connection.')));
    await expect(
      forwardCommand('other', { id: 4 } as Tabs.Tab, { step, activeTabId: () => Promise.resolve(4) }),
    ).resolves.toBe(false);
    expect(step).not.toHaveBeenCalled();
    await expect(
      forwardCommand('next-mention', undefined, { step, activeTabId: () => Promise.resolve(undefined) }),
    ).resolves.toBe(false);
    await expect(
      forwardCommand('next-mention', { id: 4 } as Tabs.Tab, { step, activeTabId: () => Promise.resolve(4) }),
    ).resolves.toBe(false);
  });

  test('registerCommands sends stepMention to the tab’s top frame', async () => {
    registerCommands();
    const listener = fakeBrowser.commands.onCommand.addListener.mock.calls[0]?.[0] as
      ((command: string, tab?: Tabs.Tab) => void) | undefined;
    expect(listener).toBeTypeOf('function');
    fakeBrowser.tabs.sendMessage.mockResolvedValue({ result: true });
    listener?.('next-mention', { id: 12 } as Tabs.Tab);
    await vi.waitFor(() => {
      expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(
        12,
        { backstory: 1, type: 'stepMention', params: { direction: 1 } },
        { frameId: 0 },
      );
    });
  });
});

describe('openEntityView', () => {
  test('builds the popup’s full-view address for the tab and entity', () => {
    expect(
      entityViewUrl('chrome-extension://abc/popup.html', 7, { dictionaryId: 'backstory', entityId: 'a&b=c' }),
    ).toBe('chrome-extension://abc/popup.html?tab=7&entity=a%26b%3Dc&dictionary=backstory');
  });

  test.each([
    [{ dictionaryId: 'd', entityId: 'e' }, true],
    [{ dictionaryId: 'd' }, false],
    [{ dictionaryId: '', entityId: 'e' }, false],
    [{ dictionaryId: 'd', entityId: 'e'.repeat(201) }, false],
    [{ dictionaryId: 1, entityId: 'e' }, false],
    [null, false],
  ])('params %j valid: %s', (params, valid) => {
    expect(isEntityViewParams(params)).toBe(valid);
  });

  test('opens a tab beside the sender’s tab; refuses a sender without one', async () => {
    expect(openEntityViewRoute.from).toBe('content');
    const sender = { tab: { id: 3, index: 5, windowId: 2 } } as Runtime.MessageSender;
    await openEntityViewRoute.handle({ dictionaryId: 'backstory', entityId: 'vladimir-putin' }, sender);
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({
      url: 'chrome-extension://abc/popup.html?tab=3&entity=vladimir-putin&dictionary=backstory',
      index: 6,
      openerTabId: 3,
      windowId: 2,
    });
    await expect(openEntityViewRoute.handle({ dictionaryId: 'd', entityId: 'e' }, {})).rejects.toThrow();
  });
});
