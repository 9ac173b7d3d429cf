/**
 * An in-memory stand-in for the parts of webextension-polyfill the options
 * page and the dictionary store use: storage areas with onChanged events and
 * an optional byte quota, i18n from the real en messages, commands, tabs.
 */
import fs from 'node:fs';
import path from 'node:path';

type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>, area: string) => void;

const MESSAGES_FILE = path.join(import.meta.dirname, '../../../assets/_locales/en/messages.json');

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** browser.i18n.getMessage over the real messages file, with Chrome's placeholder rules. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const messages = JSON.parse(fs.readFileSync(MESSAGES_FILE, 'utf8')) as Record<string, Message>;
  const entry = messages[key];
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/gu, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (content === undefined) return whole;
    return content.replace(/\$(\d)/gu, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** A storage area kept as JSON, as browsers keep it. */
class FakeArea {
  data = new Map<string, string>();
  /** Bytes the area may hold, counted as key plus JSON value, as Chrome counts; Infinity for none. */
  quotaBytes = Infinity;
  /** Set to make the next writes fail with this message. */
  failWith: string | undefined;
  constructor(
    private readonly name: string,
    private readonly emit: (changes: Record<string, Change>, area: string) => void,
  ) {}

  private bytes(): number {
    let total = 0;
    for (const [k, v] of this.data) total += k.length + v.length;
    return total;
  }

  get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted =
      keys === undefined || keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of wanted) {
      const v = this.data.get(k);
      if (v !== undefined) out[k] = JSON.parse(v);
    }
    return Promise.resolve(out);
  }

  set(items: Record<string, unknown>): Promise<void> {
    if (this.failWith !== undefined) return Promise.reject(new Error(this.failWith));
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) next.set(k, JSON.stringify(v));
    let total = 0;
    for (const [k, v] of next) total += k.length + v.length;
    if (total > this.quotaBytes) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    const changes: Record<string, Change> = {};
    for (const [k, v] of Object.entries(items)) {
      const old = this.data.get(k);
      changes[k] = {
        ...(old === undefined ? {} : { oldValue: JSON.parse(old) }),
        newValue: JSON.parse(JSON.stringify(v)),
      };
    }
    this.data = next;
    this.emit(changes, this.name);
    return Promise.resolve();
  }

  remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, Change> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      const old = this.data.get(k);
      if (old === undefined) continue;
      changes[k] = { oldValue: JSON.parse(old) };
      this.data.delete(k);
    }
    if (Object.keys(changes).length > 0) this.emit(changes, this.name);
    return Promise.resolve();
  }

  /** Bytes in use, for tests of the quota. */
  bytesInUse(): number {
    return this.bytes();
  }
}

/** A fresh fake browser. */
export function createFakeBrowser() {
  const listeners = new Set<Listener>();
  // Browsers fire storage.onChanged asynchronously, after set() resolves.
  const emit = (changes: Record<string, Change>, area: string): void => {
    setTimeout(() => {
      for (const listener of [...listeners]) listener(changes, area);
    }, 0);
  };
  const commands = [
    // Chrome lists the toolbar button's own command first, without a description.
    { name: '_execute_action', description: '', shortcut: '' },
    { name: 'next-mention', description: 'Go to the next name on the page', shortcut: 'Alt+Shift+Period' },
    { name: 'previous-mention', description: 'Go to the previous name on the page', shortcut: '' },
  ];
  const opened: string[] = [];
  return {
    storage: {
      sync: new FakeArea('sync', emit),
      local: new FakeArea('local', emit),
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
        hasListener: (l: Listener) => listeners.has(l),
      },
    },
    i18n: { getMessage },
    commands: { getAll: () => Promise.resolve(commands.map((c) => ({ ...c }))) },
    tabs: {
      create: ({ url }: { url: string }) => {
        opened.push(url);
        return Promise.resolve({ id: 1, url });
      },
    },
    /** Listeners currently registered on storage.onChanged, to check teardowns. */
    listenerCount: () => listeners.size,
    opened,
  };
}

/** The fake browser type. */
export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

let current = createFakeBrowser();

/** Starts every test with empty storage; returns the new fake. */
export function resetFakeBrowser(): FakeBrowser {
  current = createFakeBrowser();
  return current;
}

/** What `vi.mock('webextension-polyfill', …)` returns: a default export that always reaches the current fake. */
export const polyfillModule = {
  default: new Proxy(
    {},
    {
      get: (_target, key: string) => (current as unknown as Record<string, unknown>)[key],
    },
  ),
};

/** Waits until queued storage events and promise chains have run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
