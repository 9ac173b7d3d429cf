/**
 * What the options page's sections share: the page state, the services the
 * entry point passes in (so tests pass fakes), and the section interface.
 */
import type { Dictionary } from '../core/dictionary/types';
import type { Settings } from '../core/settings';
import type { Translate } from '../shared/i18n';

/** A keyboard command as browser.commands.getAll reports it. */
export interface CommandInfo {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** Services the entry point provides. */
export interface OptionsDeps {
  t: Translate;
  /** The dictionary that ships with the extension. */
  bundled: Dictionary;
  getCommands: () => Promise<CommandInfo[]>;
  shortcuts: {
    /** Where the browser lets users change shortcuts. */
    page: string;
    /** Opens that page; undefined where extensions may not (Firefox's about:addons). */
    open?: () => Promise<void>;
  };
  /** Saves a file for the user (an <a download> with an object URL in the browser). */
  download: (filename: string, blob: Blob) => void;
}

/** What the page shows: the settings and the imported dictionaries. */
export interface PageState {
  settings: Settings;
  imported: Dictionary[];
}

/** What a section may do: read state, change settings, report status. */
export interface OptionsContext {
  doc: Document;
  deps: OptionsDeps;
  state: () => PageState;
  /** Applies a change to the settings and stores it at once. */
  update: (change: (current: Settings) => Settings) => Promise<void>;
  /** Re-reads the imported dictionaries after this page changed them. */
  reloadDictionaries: () => Promise<void>;
  /** Announces a result in the status line. */
  status: (text: string) => void;
}

/** One part of the page. */
export interface Section {
  render: (state: PageState) => void;
  teardown: () => void;
}

/** The element with this id, or an error naming it: the page's HTML and its code must agree. */
export function byId<T extends HTMLElement>(doc: Document, id: string, type: new () => T): T {
  const element = doc.getElementById(id);
  if (!(element instanceof type)) throw new Error(`options.html lacks #${id}`);
  return element;
}
