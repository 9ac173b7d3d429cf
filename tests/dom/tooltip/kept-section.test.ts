// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { renderCard } from '../../../src/content/tooltip/render';
import type { Dictionary, Entity } from '../../../src/core/dictionary/types';
import { sayingsOf } from '../../../src/core/story/sayings';

const t = (key: string, subs: string | string[] = []): string => `${key}(${[subs].flat().join('|')})`;
const actions = { openFull: () => undefined, close: () => undefined };

const solberg: Entity = {
  id: 'ingrid-solberg',
  type: 'person',
  name: 'Ingrid Solberg',
  aliases: [{ text: 'Ingrid Solberg', match: 'standalone', caseSensitive: true }],
  role: '',
  background: '',
  quotes: [],
  related: [],
};

const story: Dictionary = {
  schemaVersion: 1,
  id: 'story-strike',
  name: 'Strike',
  entities: [solberg],
  kept: [
    {
      title: 'Harbour strike begins',
      url: 'https://harbour.example/strike',
      site: 'Harbour News',
      published: '2026-03-02T10:00:00Z',
      keptAt: '2026-03-02T12:00:00.000Z',
      says: [
        {
          entityId: 'ingrid-solberg',
          sentence: 'Workers walked out, said Ingrid Solberg.',
          role: 'the chief negotiator',
        },
      ],
    },
    {
      title: '<img src=x onerror=alert(1)>',
      url: 'https://other.example/ends',
      keptAt: '2026-03-06T09:00:00.000Z',
      says: [{ entityId: 'ingrid-solberg', sentence: 'Solberg signed <b>the</b> deal.' }],
    },
  ],
};

describe('the card’s “In the story you follow” part', () => {
  const el = document.createElement('div');
  renderCard(
    el,
    {
      entity: solberg,
      quote: null,
      attribution: null,
      related: [],
      kept: sayingsOf(story, 'ingrid-solberg'),
    },
    t,
    actions,
  );
  const section = el.querySelector('section.kept');

  test('shows what each kept article said, newest first, with its title, site and day, marked as theirs', () => {
    expect(section?.querySelector('.article-heading')?.textContent).toBe('tooltipKeptHeading()');
    expect(section?.querySelector('.article-mark')?.textContent).toBe('tooltipKeptMark()');
    expect([...(section?.querySelectorAll('blockquote') ?? [])].map((q) => q.textContent)).toEqual([
      '“Solberg signed <b>the</b> deal.”',
      '“Workers walked out, said Ingrid Solberg.”',
    ]);
    expect([...(section?.querySelectorAll('figcaption') ?? [])].map((c) => c.textContent)).toEqual([
      '<img src=x onerror=alert(1)>',
      'Harbour strike begins · Harbour News · 2026-03-02',
    ]);
    expect(section?.querySelector('.role')?.textContent).toBe('the chief negotiator');
  });

  test('sets every text as text: nothing of a story becomes markup', () => {
    expect(el.querySelector('img, b')).toBeNull();
  });

  test('a kept sentence the card already shows above (the page is that article) is not shown twice', () => {
    const other = document.createElement('div');
    const article = {
      role: null,
      sentence: 'Workers walked out, said  Ingrid Solberg.',
      source: null,
      count: 1,
      with: [],
    };
    renderCard(
      other,
      {
        entity: solberg,
        quote: null,
        attribution: null,
        related: [],
        article,
        kept: sayingsOf(story, 'ingrid-solberg'),
      },
      t,
      actions,
    );
    expect([...other.querySelectorAll('section.kept blockquote')].map((q) => q.textContent)).toEqual([
      '“Solberg signed <b>the</b> deal.”',
    ]);
  });

  test('an entity no kept article speaks of gets no such part', () => {
    const other = document.createElement('div');
    renderCard(
      other,
      { entity: solberg, quote: null, attribution: null, related: [], kept: sayingsOf(story, 'nobody') },
      t,
      actions,
    );
    expect(other.querySelector('section.kept')).toBeNull();
  });
});
