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
  /** Whether an article's own names are drawn from it (in the background) and painted. */
  articleNames: boolean;
}

/** The current settings version: the number of migrations in `SETTINGS_MIGRATIONS`. */
export const SETTINGS_VERSION = 2;

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
  articleNames: true,
});

const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'hover-only'];

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : undefined;
}

/** One raw settings object as storage holds it, before it is checked. */
export type RawSettings = Record<string, unknown>;

/**
 * Numbered migrations: `SETTINGS_MIGRATIONS[n]` turns version n into version
 * n + 1. They run in order from the stored version, so a device that was
 * offline for several releases catches up step by step. A migration renames
 * or reshapes fields; checking values is left to `migrateSettings`.
 */
export const SETTINGS_MIGRATIONS: readonly ((raw: RawSettings) => RawSettings)[] = [
  // 0 → 1: version 0 is anything stored without a version field; its fields already have today's names.
  (raw) => ({ ...raw, version: 1 }),
  // 1 → 2: the article's own names arrive; left unset, they take their default, on.
  (raw) => ({ ...raw, version: 2 }),
];

/** The version a stored object claims: 0 when it has none or an unusable one. */
function storedVersion(raw: RawSettings): number {
  const v = raw.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Runs the migrations from the stored version up to the last one; a newer version is read as it is. */
export function runMigrations(
  raw: RawSettings,
  migrations: readonly ((raw: RawSettings) => RawSettings)[] = SETTINGS_MIGRATIONS,
): RawSettings {
  let out = raw;
  for (let v = storedVersion(raw); v < migrations.length; v += 1) {
    const step = migrations[v];
    if (step) out = step(out);
  }
  return out;
}

/**
 * Turns whatever storage holds (older versions, hand-edited nonsense) into
 * valid current settings: migrations first, then each field that is wrong
 * falls back to its default and each that is right is kept, so a bad field
 * never loses the good ones.
 */
export function migrateSettings(stored: unknown): Settings {
  const raw = runMigrations(
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? { ...(stored as RawSettings) }
      : {},
  );
  const d = DEFAULT_SETTINGS;
  const delay = raw.hoverDelayMs;
  return {
    version: SETTINGS_VERSION,
    paused: typeof raw.paused === 'boolean' ? raw.paused : d.paused,
    disabledSites: [
      ...new Set((stringList(raw.disabledSites) ?? [...d.disabledSites]).map(normaliseHost)),
    ].filter((site) => site !== ''),
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
    articleNames: typeof raw.articleNames === 'boolean' ? raw.articleNames : d.articleNames,
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
