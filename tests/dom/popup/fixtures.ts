/** Fixtures for the popup's DOM tests: the real message catalogue, a small dictionary and tab states. */
import fs from 'node:fs';
import path from 'node:path';
import { vi, type Mock } from 'vitest';
import type { Dictionary } from '../../../src/core/dictionary/types';
import { migrateSettings } from '../../../src/core/settings';
import type { PageFindings, TabState } from '../../../src/shared/messages';
import type { Translate } from '../../../src/shared/i18n';
import type { PopupActions, PopupModel } from '../../../src/popup/model';

const ROOT = path.resolve(import.meta.dirname, '../../..');

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogue = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'assets/_locales/en/messages.json'), 'utf8'),
) as Catalogue;

/** browser.i18n.getMessage over the real English catalogue; an unknown key fails the test. */
export const t: Translate = (key, substitutions) => {
  const entry = catalogue[key];
  if (!entry) throw new Error(`messages.json has no key "${key}".`);
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const positional = (text: string): string =>
    text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : '';
  });
};

/** The popup's HTML, for tests that run the whole popup. */
export const POPUP_HTML = fs.readFileSync(path.join(ROOT, 'src/popup/popup.html'), 'utf8');

/** Loads popup.html into jsdom's document. */
export function loadPopupHtml(): void {
  const parsed = new DOMParser().parseFromString(POPUP_HTML, 'text/html');
  // Scripts are not run: the test starts the popup itself.
  for (const script of parsed.querySelectorAll('script')) script.remove();
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
}

const alias = (text: string) => ({ text, match: 'standalone' as const, caseSensitive: true });

/** A small dictionary with a story, written for these tests. */
export const DICTIONARY: Dictionary = {
  schemaVersion: 1,
  id: 'border-story',
  name: 'Border story',
  story: {
    title: 'Russian Presence on Tajik Border',
    author: 'Aleksandr Shustov',
    publisher: 'Strategic Culture Foundation',
    published: '2010-11-29',
    place: 'Moscow',
    attribution: 'Strategic Culture Foundation, 29 Nov 2010',
    summary: [
      'Putin called on SCO members to fight drug trafficking.',
      'Tajikistan declines the return of Russian border guards.',
    ],
    timeline: [
      {
        date: '2005',
        event: 'Russian border guards leave Tajikistan.',
        source: 'The Russian troops stationed in Tajikistan until the summer of 2005.',
      },
      {
        date: '2010-11-25',
        event: 'SCO meeting in Dushanbe.',
        source: 'Putin visited Dushanbe on 25 November.',
      },
    ],
    figures: [
      {
        figure: '30,000',
        label: 'Russians who die from drug use every year',
        source: 'up to 30,000 Russians die from drug use every year.',
      },
    ],
  },
  entities: [
    {
      id: 'vladimir-putin',
      type: 'person',
      name: 'Vladimir Putin',
      aliases: [alias('Vladimir Putin'), alias('Putin')],
      role: 'Prime Minister of Russia (2008–2012)',
      background:
        'Led Russia as <em>president</em> and prime minister.<img src=x onerror="alert(1)"><script>alert(2)</script> <a href="https://evil.example">Click</a> <strong>Since 1999</strong>.',
      quotes: [],
      related: ['dushanbe'],
    },
    {
      id: 'dushanbe',
      type: 'place',
      name: 'Dushanbe',
      aliases: [alias('Dushanbe')],
      role: 'Capital of Tajikistan',
      background: 'The capital and largest city of <cite>Tajikistan</cite>.',
      quotes: [],
      related: [],
    },
    {
      id: 'tajikistan',
      type: 'place',
      name: 'Tajikistan',
      aliases: [alias('Tajikistan'), alias('Tajik')],
      role: 'Country in Central Asia',
      background: 'A country in Central Asia.',
      quotes: [],
      related: [],
    },
    {
      id: 'sco',
      type: 'organisation',
      name: 'Shanghai Cooperation Organisation',
      aliases: [alias('SCO')],
      role: 'Regional security organisation',
      background: 'Founded in 2001.',
      quotes: [],
      related: [],
    },
  ],
};

/** Findings of a page: Putin 2, Dushanbe 3, Tajikistan 2, SCO 1 (places lead with 5 mentions). */
export function pageFindings(url = 'https://news.example/story'): PageFindings {
  let index = 0;
  const entity = (entityId: string, count: number) => ({
    entityId,
    dictionaryId: 'border-story',
    count,
    snippets: Array.from({ length: count }, () => ({
      index: index++,
      before: 'visited ',
      text: entityId,
      after: ' on Monday',
    })),
  });
  const entities = [
    entity('dushanbe', 3),
    entity('vladimir-putin', 2),
    entity('tajikistan', 2),
    entity('sco', 1),
  ];
  return { url, title: 'Russian Presence on Tajik Border', totalMentions: index, entities };
}

/** A tab state with `pageFindings`. */
export function tabState(overrides: Partial<TabState> = {}): TabState {
  return {
    tabId: 7,
    url: 'https://news.example/story',
    inactive: null,
    findings: pageFindings(),
    updatedAt: 1,
    ...overrides,
  };
}

/** A popup model for tab 7 on news.example. */
export function model(overrides: Partial<PopupModel> = {}): PopupModel {
  return {
    tabId: 7,
    host: 'news.example',
    state: tabState(),
    unsupported: null,
    settings: migrateSettings({}),
    dictionaries: [DICTIONARY],
    isFullPage: false,
    focus: null,
    ...overrides,
  };
}

/** Popup actions that record their calls. */
export function spyActions(): Record<keyof PopupActions, Mock> {
  return {
    reveal: vi.fn(),
    setSiteEnabled: vi.fn(),
    setPaused: vi.fn(),
    openOptions: vi.fn(),
    openInTab: vi.fn(),
    editArticle: vi.fn(),
  };
}
