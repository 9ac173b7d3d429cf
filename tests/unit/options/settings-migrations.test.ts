import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  migrateSettings,
  runMigrations,
} from '../../../src/core/settings';

describe('numbered settings migrations', () => {
  test('the current version is the number of migrations', () => {
    expect(SETTINGS_VERSION).toBe(SETTINGS_MIGRATIONS.length);
  });

  test('run in order from the stored version, each once', () => {
    const steps = [
      (raw: Record<string, unknown>) => ({ ...raw, version: 1, trail: `${String(raw.trail)}a` }),
      (raw: Record<string, unknown>) => ({ ...raw, version: 2, trail: `${String(raw.trail)}b` }),
      (raw: Record<string, unknown>) => ({ ...raw, version: 3, trail: `${String(raw.trail)}c` }),
    ];
    expect(runMigrations({ trail: '' }, steps)).toEqual({ version: 3, trail: 'abc' });
    expect(runMigrations({ version: 1, trail: '' }, steps)).toEqual({ version: 3, trail: 'bc' });
    expect(runMigrations({ version: 3, trail: '' }, steps)).toEqual({ version: 3, trail: '' });
    // A newer version than this code knows (synced from a newer install) is read as it is.
    expect(runMigrations({ version: 9, trail: '' }, steps)).toEqual({ version: 9, trail: '' });
    // A broken version counts as 0: every migration runs.
    expect(runMigrations({ version: 'x', trail: '' }, steps)).toEqual({ version: 3, trail: 'abc' });
  });
});

describe('migration 1 → 2: article names', () => {
  test('version 1 gets them on, and keeps its own values', () => {
    expect(migrateSettings({ version: 1, paused: true, mentionScope: 'first' })).toEqual({
      ...DEFAULT_SETTINGS,
      paused: true,
      mentionScope: 'first',
      articleNames: true,
    });
  });

  test('a version 2 that turned them off keeps them off (written without a version too); a wrong value falls back to on', () => {
    expect(migrateSettings({ articleNames: false }).articleNames).toBe(false);
    expect(migrateSettings({ version: 2, articleNames: false }).articleNames).toBe(false);
    expect(migrateSettings({ version: 2, articleNames: 'no' }).articleNames).toBe(true);
  });
});

describe('migrateSettings', () => {
  test.each([
    ['nothing stored', undefined],
    ['null', null],
    ['an array', ['underline']],
    ['a string', 'settings'],
  ])('%s gives the defaults', (_, stored) => {
    expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  test('version 0 (no version field) keeps its values and becomes current', () => {
    const v0 = {
      highlightStyle: 'background',
      hiddenTypes: ['place'],
      hoverDelayMs: 500,
      disabledSites: ['WWW.Example.com'],
    };
    expect(migrateSettings(v0)).toEqual({
      ...DEFAULT_SETTINGS,
      version: SETTINGS_VERSION,
      highlightStyle: 'background',
      hiddenTypes: ['place'],
      hoverDelayMs: 500,
      disabledSites: ['example.com'],
    });
  });

  test('a wrong field falls back to its default without losing the good ones', () => {
    const stored = {
      version: 1,
      highlightStyle: 'blink',
      mentionScope: 'first',
      hoverDelayMs: 'slow',
      paused: 'yes',
    };
    expect(migrateSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, mentionScope: 'first' });
  });

  test.each([
    [-50, 0],
    [123.6, 124],
    [99999, 2000],
    [Number.NaN, DEFAULT_SETTINGS.hoverDelayMs],
  ])('hover delay %s is stored as %s', (stored, expected) => {
    expect(migrateSettings({ hoverDelayMs: stored }).hoverDelayMs).toBe(expected);
  });

  test('site keys are normalised, deduplicated and never empty', () => {
    expect(migrateSettings({ disabledSites: ['www.a.org', 'A.org', ' ', 'b.net'] }).disabledSites).toEqual([
      'a.org',
      'b.net',
    ]);
  });

  test('lists holding something other than strings fall back to the default', () => {
    expect(migrateSettings({ disabledDictionaries: ['x', 3] }).disabledDictionaries).toEqual([]);
  });
});
