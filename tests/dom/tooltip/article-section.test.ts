// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { renderCard, type CardContent } from '../../../src/content/tooltip/render';
import type { Entity } from '../../../src/core/dictionary/types';

const t = (key: string, subs: string | string[] = []): string => `${key}(${[subs].flat().join('|')})`;
const actions = { openFull: () => undefined, close: () => undefined };

const own: Entity = {
  id: 'article-ingrid-solberg',
  type: 'person',
  name: 'Ingrid Solberg',
  aliases: [],
  role: '',
  background: '',
  quotes: [],
  related: [],
};

function card(content: CardContent): HTMLElement {
  const el = document.createElement('div');
  renderCard(el, content, t, actions);
  return el;
}

describe('the card’s “In this article” part', () => {
  test('an article’s own entity: its name and type, then what the article says, marked as drawn from it', () => {
    const el = card({
      entity: own,
      quote: null,
      attribution: null,
      related: [],
      article: {
        role: 'the chief negotiator of the dockers’ union',
        sentence: 'Dock workers stayed off the quays, said Ingrid Solberg.',
        source: 'Harbour Gazette, 2026-03-02',
        count: 4,
        with: ['Tomas Brekke', 'Valdmark'],
      },
    });
    const section = el.querySelector('section.article');
    expect(el.querySelector('.name')?.textContent).toBe('Ingrid Solberg');
    expect(el.querySelector('.background')).toBeNull();
    expect(section?.querySelector('.article-heading')?.textContent).toBe('tooltipArticleHeading()');
    expect(section?.querySelector('.article-mark')?.textContent).toBe('tooltipArticleMark()');
    expect(section?.querySelector('.role')?.textContent).toBe('the chief negotiator of the dockers’ union');
    expect(section?.querySelector('blockquote')?.textContent).toBe(
      '“Dock workers stayed off the quays, said Ingrid Solberg.”',
    );
    expect(section?.querySelector('figcaption')?.textContent).toBe(
      'tooltipQuoteSource(Harbour Gazette, 2026-03-02)',
    );
    expect(section?.querySelector('.related')?.textContent).toBe(
      'tooltipArticleCount(4) · tooltipArticleWith(Tomas Brekke, Valdmark)',
    );
  });

  test('a dictionary’s entity keeps its card and gets the article’s sentence below; article text is never markup', () => {
    const el = card({
      entity: { ...own, id: 'x', role: 'Negotiator (2020–)', background: 'Checked background.' },
      quote: null,
      attribution: null,
      related: [],
      article: { role: null, sentence: '<img src=x onerror=alert(1)>', source: null, count: 1, with: [] },
    });
    expect(el.querySelector('.background')?.textContent).toBe('Checked background.');
    expect(el.querySelector('section.article img')).toBeNull();
    expect(el.querySelector('section.article blockquote')?.textContent).toContain('<img');
    expect(el.querySelector('section.article figcaption')).toBeNull();
  });

  test('no article part when the article’s names were not drawn', () => {
    expect(
      card({ entity: own, quote: null, attribution: null, related: [] }).querySelector('section'),
    ).toBeNull();
  });
});

describe('one sentence shown once', () => {
  test('the article’s sentence is left out of its part when the card’s own quote is that sentence', () => {
    const sentence = 'Dock workers stayed off the quays, said Ingrid Solberg.';
    const el = card({
      entity: { ...own, id: 'x', role: 'Negotiator (2020–)', background: 'Checked background.' },
      quote: sentence,
      attribution: 'Harbour Gazette, 2 Mar 2026',
      related: [],
      article: {
        role: null,
        sentence: `Dock workers  stayed off the quays,\nsaid Ingrid Solberg.`,
        source: null,
        count: 2,
        with: [],
      },
    });
    expect(el.querySelectorAll('blockquote')).toHaveLength(1);
    expect(el.querySelector('section.article blockquote')).toBeNull();
    expect(el.querySelector('section.article .related')?.textContent).toBe('tooltipArticleCount(2)');
  });
});
