/**
 * User settings: their shape, defaults and numbered migrations. Pure, so the
 * migrations are unit-tested; src/shared/storage.ts reads and writes them.
 */

/** How mentions look on the page. */
export type HighlightStyle = 'underline' | 'background' | 'hover-only';

/** Settings as stored in storage.sync. */
export interface Settings {
  /** Schema version of this object; `migrateSettings` brings older ones up to date. */
  version: number;
  /** Backstory paused on every site. */
  paused: boolean;
  /** Hostnames where Backstory is off, lower case, without "www.". */
  disabledSites: string[];
  /** Entity types not shown. */
  hiddenTypes: string[];
  highlightStyle: HighlightStyle;
  /** Paint every mention, or only the first of each entity. */
  mentionScope: 'all' | 'first';
  /** How long the pointer rests on a mention before its tooltip opens. */
  hoverDelayMs: number;
  /** Ids of dictionaries that are installed but switched off. */
  disabledDictionaries: string[];
}

/** The current settings version. */
export const SETTINGS_VERSION = 1;

/** Settings for a fresh install. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  paused: false,
  disabledSites: [],
  hiddenTypes: [],
  highlightStyle: 'underline',
  mentionScope: 'all',
  hoverDelayMs: 300,
  disabledDictionaries: [],
});

const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'hover-only'];

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : undefined;
}

/**
 * Turns whatever storage holds (older versions, hand-edited nonsense) into
 * valid current settings: each field that is wrong falls back to its default,
 * each that is right is kept, so a bad field never loses the good ones.
 */
export function migrateSettings(stored: unknown): Settings {
  const raw: Record<string, unknown> =
    typeof stored === 'object' && stored !== null ? { ...(stored as Record<string, unknown>) } : {};
  // Version 0 had no version field; nothing to rename yet. Later migrations go here, numbered.
  const d = DEFAULT_SETTINGS;
  const delay = raw.hoverDelayMs;
  return {
    version: SETTINGS_VERSION,
    paused: typeof raw.paused === 'boolean' ? raw.paused : d.paused,
    disabledSites: (stringList(raw.disabledSites) ?? [...d.disabledSites]).map(normaliseHost),
    hiddenTypes: stringList(raw.hiddenTypes) ?? [...d.hiddenTypes],
    highlightStyle: HIGHLIGHT_STYLES.includes(raw.highlightStyle as HighlightStyle)
      ? (raw.highlightStyle as HighlightStyle)
      : d.highlightStyle,
    mentionScope:
      raw.mentionScope === 'first' || raw.mentionScope === 'all' ? raw.mentionScope : d.mentionScope,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.min(2000, Math.max(0, Math.round(delay)))
        : d.hoverDelayMs,
    disabledDictionaries: stringList(raw.disabledDictionaries) ?? [...d.disabledDictionaries],
  };
}

/** The key a site is remembered by: its hostname, lower case, without a leading "www.". */
export function normaliseHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
}

/** Whether Backstory should annotate a page on this host under these settings. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(normaliseHost(host));
}
