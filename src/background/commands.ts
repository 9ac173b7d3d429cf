/**
 * The keyboard commands of manifest.json (`next-mention`, `previous-mention`;
 * Alt+Shift+. and Alt+Shift+, unless the user changed them) forwarded to the
 * active tab's content script, which steps its tooltip through the mentions.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { callContent } from '../shared/messaging';

/** What forwarding a command needs; tests pass fakes. */
export interface CommandTargets {
  /** The active tab of the focused window, when the browser did not say which tab. */
  activeTabId(): Promise<number | undefined>;
  /** Asks the tab's content script to step. */
  step(tabId: number, direction: 1 | -1): Promise<boolean>;
}

/** The step a command asks for, or `null` for a command that is not ours. */
export function directionOf(command: string): 1 | -1 | null {
  if (command === 'next-mention') return 1;
  if (command === 'previous-mention') return -1;
  return null;
}

/** Forwards one command to its tab; `false` when nothing stepped. */
export async function forwardCommand(
  command: string,
  tab: Tabs.Tab | undefined,
  targets: CommandTargets,
): Promise<boolean> {
  const direction = directionOf(command);
  if (direction === null) return false;
  const tabId = tab?.id ?? (await targets.activeTabId());
  if (tabId === undefined) return false;
  try {
    return await targets.step(tabId, direction);
  } catch {
    // No content script there (a browser page, a store, a PDF): the shortcut has nothing to do.
    return false;
  }
}

/** Registers the command listener; called once, synchronously, from the background's top level. */
export function registerCommands(): void {
  // Firefox for Android has no commands API (and no keyboard shortcuts to forward).
  const commands = (browser as Partial<typeof browser>).commands;
  if (commands === undefined) return;
  commands.onCommand.addListener((command, tab) => {
    void forwardCommand(command, tab, {
      activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      step: (tabId, direction) => callContent(tabId, 'stepMention', { direction }),
    });
  });
}
