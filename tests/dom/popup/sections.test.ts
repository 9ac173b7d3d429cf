// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { formatStoryDate } from '../../../src/popup/dates';
import { renderControls } from '../../../src/popup/controls-view';
import { renderDossier, storiesFor } from '../../../src/popup/dossier-view';
import type { Child } from '../../../src/popup/dom';
import type { SummaryState } from '../../../src/popup/model';
import { renderSummary } from '../../../src/popup/summary-view';
import { migrateSettings } from '../../../src/core/settings';
import { DICTIONARY, model, spyActions, t, tabState } from './fixtures';

function mount(children: Child[]): HTMLElement {
  const root = document.createElement('div');
  for (const child of children) if (child) root.append(child);
  document.body.replaceChildren(root);
  return root;
}

const text = (e: Element | null | undefined): string => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('Background (dossier)', () => {
  test('shows the story attributed to its article', () => {
    const root = mount(renderDossier(model(), t));
    expect(text(root.querySelector('.story-title'))).toBe('Russian Presence on Tajik Border');
    // Dates follow the browser's locale; formatStoryDate has its own tests.
    expect(text(root.querySelector('.attribution'))).toBe(
      `By Aleksandr Shustov, Strategic Culture Foundation · ${formatStoryDate('2010-11-29')}`,
    );
    expect(root.querySelector('.attribution time')?.getAttribute('datetime')).toBe('2010-11-29');
    expect([...root.querySelectorAll('.story-points li')].map(text)).toEqual(DICTIONARY.story?.summary);
    expect([...root.querySelectorAll('.timeline li')].map(text)).toEqual([
      '2005 Russian border guards leave Tajikistan.',
      `${formatStoryDate('2010-11-25')} SCO meeting in Dushanbe.`,
    ]);
    expect([...root.querySelectorAll('.figures dt, .figures dd')].map(text)).toEqual([
      '30,000',
      'Russians who die from drug use every year',
    ]);
    expect(text(root.querySelector('.story .note'))).toBe(
      'Drawn from the article (Strategic Culture Foundation, 29 Nov 2010).',
    );
  });

  test('only for dictionaries the page mentions', () => {
    const other = { ...DICTIONARY, id: 'other-story' };
    expect(storiesFor(model({ dictionaries: [other, DICTIONARY] })).map((s) => s.dictionary.id)).toEqual([
      'border-story',
    ]);
  });

  test.each([
    ['nothing found', tabState({ findings: null })],
    ['an inactive tab', tabState({ inactive: 'site-off' })],
    ['no state', null],
  ])('none with %s', (_name, state) => {
    const root = mount(renderDossier(model({ state }), t));
    expect(text(root.querySelector('.notice'))).toBe('No story background for this page.');
  });
});

describe('Summary', () => {
  test('lists the sentences in order with a note', () => {
    const state: SummaryState = { kind: 'summary', sentences: ['First one.', 'Second one.', 'Third one.'] };
    const root = mount(renderSummary(state, t));
    expect([...root.querySelectorAll('.summary-sentences li')].map(text)).toEqual([
      'First one.',
      'Second one.',
      'Third one.',
    ]);
    expect(text(root.querySelector('.note'))).toContain('nothing is sent anywhere');
  });

  test('holds the space with skeleton lines while loading, and tells screen readers', () => {
    const root = mount(renderSummary({ kind: 'loading' }, t));
    expect(root.querySelectorAll('.skeleton-line')).toHaveLength(5);
    expect(root.querySelector('.skeleton')?.getAttribute('aria-hidden')).toBe('true');
    expect(text(root.querySelector('.visually-hidden'))).toBe('Summarising the article…');
  });

  test.each([
    ['not-article', 'does not look like an article'],
    ['too-short', 'too short'],
    ['unavailable', 'No summary'],
    ['failed', 'could not read'],
  ] as const)('%s says so', (kind, expected) => {
    expect(text(mount(renderSummary({ kind }, t)).querySelector('.notice'))).toContain(expected);
  });
});

describe('Controls', () => {
  const toggles = (root: HTMLElement) => ({
    site: root.querySelector<HTMLInputElement>('#site-toggle'),
    pause: root.querySelector<HTMLInputElement>('#pause-toggle'),
  });

  test('the site switch names the site and is on by default', () => {
    const root = mount(renderControls(model({ host: 'www.news.example' }), t, spyActions()));
    const { site, pause } = toggles(root);
    expect(text(site?.closest('label'))).toBe('On news.example');
    expect(site?.getAttribute('role')).toBe('switch');
    expect(site?.checked).toBe(true);
    expect(pause?.checked).toBe(false);
  });

  test('reflects a site turned off and a pause', () => {
    const settings = migrateSettings({ disabledSites: ['news.example'], paused: true });
    const { site, pause } = toggles(mount(renderControls(model({ settings }), t, spyActions())));
    expect(site?.checked).toBe(false);
    expect(pause?.checked).toBe(true);
  });

  test('switching sends the change', () => {
    const actions = spyActions();
    const root = mount(renderControls(model(), t, actions));
    const { site, pause } = toggles(root);
    site?.click();
    expect(actions.setSiteEnabled).toHaveBeenCalledWith(false);
    pause?.click();
    expect(actions.setPaused).toHaveBeenCalledWith(true);
  });

  test('the site switch is disabled where Backstory cannot run', () => {
    const { site } = toggles(mount(renderControls(model({ unsupported: 'browser-page' }), t, spyActions())));
    expect(site?.disabled).toBe(true);
  });

  test('a note says when the site is on but everything is paused', () => {
    const root = mount(
      renderControls(model({ settings: migrateSettings({ paused: true }) }), t, spyActions()),
    );
    expect(text(root.querySelector('.note'))).toContain('paused everywhere');
  });

  test('options and open-in-a-tab buttons act', () => {
    const actions = spyActions();
    const root = mount(renderControls(model(), t, actions));
    root.querySelector<HTMLButtonElement>('#open-options')?.click();
    root.querySelector<HTMLButtonElement>('#open-in-tab')?.click();
    expect(actions.openOptions).toHaveBeenCalledOnce();
    expect(actions.openInTab).toHaveBeenCalledOnce();
  });

  test('the full-page view has no open-in-a-tab button', () => {
    const root = mount(renderControls(model({ isFullPage: true }), t, spyActions()));
    expect(root.querySelector('#open-in-tab')).toBeNull();
  });
});
