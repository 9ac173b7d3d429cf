// @vitest-environment jsdom
/**
 * The whole popup on popup.html, with the browser faked: loading the tab's
 * state, the summary from the page's article, the controls and live redraws.
 */
import fs from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { startPopup, type AppDeps } from '../../../src/popup/app';
import { migrateSettings, type Settings } from '../../../src/core/settings';
import type { PageHtml, TabState } from '../../../src/shared/messages';
import { DICTIONARY, loadPopupHtml, t, tabState } from './fixtures';

import { SEED_PATH as SEED } from '../../support/seed';
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// The seed laid out as a news page, as the content script would send it; the popup runs Readability on it.
const seedPage: PageHtml = {
  kind: 'page',
  url: 'https://news.example/tajik-border',
  title: 'Russian Presence on Tajik Border',
  html: `<!DOCTYPE html><html><head><title>Russian Presence on Tajik Border</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Russian Presence on Tajik Border</h1>${fs
      .readFileSync(SEED, 'utf8')
      .split(/\n\s*\n/)
      .map((p) => `<p>${escape(p)}</p>`)
      .join('')}</article></body></html>`,
};

function fakeDeps(overrides: Partial<AppDeps> = {}) {
  let settings: Settings = migrateSettings({});
  let state: TabState | null = tabState();
  const stateListeners = new Set<() => void>();
  const deps: AppDeps = {
    root: document,
    t,
    search: '',
    activeTab: () => Promise.resolve({ id: 7 }),
    tabUrl: () => Promise.resolve(undefined),
    getTabState: vi.fn((tabId: number) => Promise.resolve(tabId === 7 ? state : null)),
    getFindings: () => Promise.reject(new Error('Could not establish connection.')),
    loadSettings: () => Promise.resolve(settings),
    loadDictionaries: () => Promise.resolve([DICTIONARY]),
    restrictedHosts: ['chromewebstore.google.com'],
    now: () => 1,
    getPageHtml: vi.fn(() => Promise.resolve(seedPage)),
    revealMention: vi.fn(() => Promise.resolve(true)),
    activateTab: vi.fn(() => Promise.resolve()),
    setSiteEnabled: vi.fn((host: string, enabled: boolean) => {
      settings = migrateSettings({ ...settings, disabledSites: enabled ? [] : [host] });
      if (!enabled && state) state = { ...state, inactive: 'site-off', findings: null };
      return Promise.resolve(settings);
    }),
    setPaused: vi.fn((paused: boolean) =>
      Promise.resolve((settings = migrateSettings({ ...settings, paused }))),
    ),
    openOptions: vi.fn(() => Promise.resolve()),
    openFullView: vi.fn(() => Promise.resolve()),
    close: vi.fn(),
    onTabStatesChanged: (listener) => {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    onSettingsChanged: () => () => undefined,
    onError: (error) => {
      throw error;
    },
    ...overrides,
  };
  return {
    deps,
    setState(next: TabState | null) {
      state = next;
      for (const listener of stateListeners) listener();
    },
    listeners: stateListeners,
  };
}

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const text = (selector: string) => ($(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  loadPopupHtml();
});

describe('the popup', () => {
  test('popup.html reserves every section before anything loads', () => {
    expect($('#entities-body .skeleton')).not.toBeNull();
    expect($('#summary-body .skeleton')).not.toBeNull();
    expect($('#controls')).not.toBeNull();
  });

  test('shows the active tab: counts, summary and dossier', async () => {
    const { deps } = fakeDeps();
    await startPopup(deps);
    expect(['#tab-entities', '#tab-summary', '#tab-dossier'].map(text)).toEqual([
      'This page',
      'Summary',
      'Background',
    ]);
    expect($('[role="tablist"]')?.getAttribute('aria-label')).toBe('What Backstory knows about this page');
    expect(text('.found-summary')).toBe('8 mentions of 4 names');
    expect(text('#page-title')).toBe('Russian Presence on Tajik Border');
    const sentences = [...document.querySelectorAll('.summary-sentences li')].map((li) => li.textContent);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
    expect(sentences.some((s) => /Putin urged the SCO members/.test(s))).toBe(true);
    expect(deps.getPageHtml).toHaveBeenCalledWith(7);
    expect(text('.story-title')).toBe('Russian Presence on Tajik Border');
    expect($('#summary-body')?.closest('section')?.hasAttribute('aria-busy')).toBe(false);
  });

  test('as a full page, describes the tab the address names and opens the entity it names', async () => {
    const { deps } = fakeDeps({ search: '?tab=7&entity=vladimir-putin&dictionary=border-story' });
    await startPopup(deps);
    expect(document.body.classList.contains('full-page')).toBe(true);
    const toggle = $('[data-entity="vladimir-putin"] .entity-toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggle);
    expect($('#open-in-tab')).toBeNull();
  });

  test('a mention chosen in the full page brings its tab forward, then reveals it', async () => {
    const { deps } = fakeDeps({ search: '?tab=7' });
    await startPopup(deps);
    $('[data-entity="dushanbe"] .mention')?.click();
    await settle();
    expect(deps.activateTab).toHaveBeenCalledWith(7);
    expect(deps.revealMention).toHaveBeenCalledWith(7, 0);
  });

  test('turning the site off redraws the page as off', async () => {
    const { deps } = fakeDeps();
    await startPopup(deps);
    $('#site-toggle')?.click();
    await settle();
    expect(deps.setSiteEnabled).toHaveBeenCalledWith('news.example', false);
    expect(text('#entities-body .notice')).toContain('Backstory is off on this site');
    expect(($('#site-toggle') as HTMLInputElement | null)?.checked).toBe(false);
    expect(text('#dossier-body .notice')).toBe('No story background for this page.');
  });

  test('a switch that could not be stored flips back', async () => {
    const errors: unknown[] = [];
    const { deps } = fakeDeps({
      setSiteEnabled: () => Promise.reject(new Error('storage quota')),
      onError: (error) => errors.push(error),
    });
    await startPopup(deps);
    $('#site-toggle')?.click();
    await settle();
    expect(errors).toHaveLength(1);
    expect(($('#site-toggle') as HTMLInputElement | null)?.checked).toBe(true);
  });

  test('redraws when the background stores a new state for the tab, keeping open entities open', async () => {
    const fake = fakeDeps({
      getTabState: vi.fn(() => Promise.resolve(null)),
      getFindings: () => Promise.resolve(null),
    });
    await startPopup(fake.deps);
    expect(text('#entities-body .notice')).toContain('has not read this page yet');
    fake.deps.getTabState = vi.fn(() => Promise.resolve(tabState()));
    for (const listener of fake.listeners) listener();
    await settle();
    expect(text('.found-summary')).toBe('8 mentions of 4 names');
  });

  test('the teardown stops listening', async () => {
    const fake = fakeDeps();
    const teardown = await startPopup(fake.deps);
    expect(fake.listeners.size).toBe(1);
    teardown();
    expect(fake.listeners.size).toBe(0);
  });

  test('opening in a tab opens the full view and closes the popup', async () => {
    const { deps } = fakeDeps();
    await startPopup(deps);
    $('#open-in-tab')?.click();
    await settle();
    expect(deps.openFullView).toHaveBeenCalledWith(7);
    expect(deps.close).toHaveBeenCalled();
  });

  test('a page without a content script says why, and asks for no summary', async () => {
    const { deps } = fakeDeps({ getTabState: () => Promise.resolve(null) });
    await startPopup(deps);
    expect(text('#entities-body .notice')).toContain('reload it to start Backstory');
    expect(text('#summary-body .notice')).toBe('No summary for this page.');
    expect(deps.getPageHtml).not.toHaveBeenCalled();
  });

  test('a browser page (URL from activeTab) says why, and the site switch is disabled', async () => {
    const { deps } = fakeDeps({
      activeTab: () => Promise.resolve({ id: 9, url: 'chrome://settings/' }),
    });
    await startPopup(deps);
    expect(text('#entities-body .notice')).toContain("browser's own pages");
    expect(($('#site-toggle') as HTMLInputElement | null)?.disabled).toBe(true);
  });

  test('a content script that answers before reporting gives its findings', async () => {
    const { deps } = fakeDeps({
      getTabState: () => Promise.resolve(null),
      getFindings: () => Promise.resolve(tabState().findings),
    });
    await startPopup(deps);
    expect(text('.found-summary')).toBe('8 mentions of 4 names');
  });

  test('the tabs show one panel at a time, by click or by arrow keys, with one tab stop', async () => {
    const { deps } = fakeDeps();
    await startPopup(deps);
    const shown = () =>
      [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')]
        .filter((p) => !p.hidden)
        .map((p) => p.id);
    const tabIndexes = () =>
      [...document.querySelectorAll<HTMLElement>('[role="tab"]')].map((tab) => tab.tabIndex);
    expect(shown()).toEqual(['panel-entities']);
    expect(tabIndexes()).toEqual([0, -1, -1]);
    $('#tab-dossier')?.click();
    expect(shown()).toEqual(['panel-dossier']);
    expect($('#tab-dossier')?.getAttribute('aria-selected')).toBe('true');
    $('#tab-dossier')?.focus();
    const press = (key: string) =>
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('ArrowRight');
    expect(shown()).toEqual(['panel-entities']);
    expect(document.activeElement?.id).toBe('tab-entities');
    press('ArrowLeft');
    expect(shown()).toEqual(['panel-dossier']);
    press('Home');
    press('ArrowRight');
    expect(shown()).toEqual(['panel-summary']);
    expect(tabIndexes()).toEqual([-1, 0, -1]);
  });

  test('a page that is not an article says so', async () => {
    const links = '<a href="/x">Link</a> '.repeat(40);
    const page: PageHtml = { ...seedPage, html: `<html><body><nav>${links}</nav></body></html>` };
    const { deps } = fakeDeps({ getPageHtml: () => Promise.resolve(page) });
    await startPopup(deps);
    expect(text('#summary-body .notice')).toContain('does not look like an article');
  });

  test('a page too large to send says so', async () => {
    const page: PageHtml = { kind: 'too-large', chars: 6_000_000 };
    const { deps } = fakeDeps({ getPageHtml: () => Promise.resolve(page) });
    await startPopup(deps);
    expect(text('#summary-body .notice')).toBe('This page is too large to summarise.');
  });

  test('the full view of a tab that was closed says there is no tab', async () => {
    const { deps } = fakeDeps({
      search: '?tab=99',
      tabUrl: () => Promise.reject(new Error('No tab with id: 99.')),
    });
    await startPopup(deps);
    expect(text('#entities-body .notice')).toBe('There is no tab for Backstory to describe.');
    expect(text('#summary-body .notice')).toBe('No summary for this page.');
  });

  test('no active tab', async () => {
    const { deps } = fakeDeps({ activeTab: () => Promise.resolve(null) });
    await startPopup(deps);
    expect(text('#entities-body .notice')).toBe('There is no tab for Backstory to describe.');
  });
});
