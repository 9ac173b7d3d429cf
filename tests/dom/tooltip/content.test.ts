// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import type { Entity } from '../../../src/core/dictionary/types';
import { mentionContext, pickQuote } from '../../../src/content/tooltip/pick-quote';
import { ENTITIES, setUp, shownName, tooltipParts, type Setup, tearDown } from './harness';

let setup: Setup | null = null;
afterEach(tearDown);

function entity(id: string): Entity {
  const found = ENTITIES.find((e) => e.id === id);
  if (found === undefined) throw new Error(id);
  return found;
}

describe('card content', () => {
  test('shows name, type, role, background, the quote nearest the mention, attribution and related names', async () => {
    setup = await setUp();
    const [putin] = setup.mentions;
    if (putin === undefined) throw new Error('fixture');
    expect(setup.tooltip.openFor(putin)).toBe(true);
    const { card } = tooltipParts();
    expect(card.getAttribute('role')).toBe('tooltip');
    expect(card.querySelector('.name')?.textContent).toBe('Vladimir Putin');
    expect(card.querySelector('.type')?.textContent).toBe('Person');
    expect(card.querySelector('.type')?.classList.contains('type-person')).toBe(true);
    expect(card.querySelector('.role')?.textContent).toBe('Prime Minister of Russia (2008–2012)');
    const background = card.querySelector('.background');
    expect(background?.textContent).toBe('President of Russia from 2000 to 2008, then Prime Minister.');
    expect(background?.querySelector('em')?.textContent).toBe('then');
    // The paragraph around the mention talks of Putin, Dushanbe and 25 November: the second quote.
    expect(card.querySelector('blockquote')?.textContent).toBe(
      '“The Russian Prime Minister Vladimir Putin visited the Tajik capital Dushanbe on 25 November.”',
    );
    expect(card.querySelector('figcaption')?.textContent).toBe('— Strategic Culture Foundation, 29 Nov 2010');
    // Unknown related ids are left out.
    expect(card.querySelector('.related')?.textContent).toBe(
      'Related: Shanghai Cooperation Organisation, Dushanbe',
    );
    expect(card.querySelector('button.open')?.textContent).toBe('Open in Backstory');
    expect(card.querySelector('button.close')?.getAttribute('aria-label')).toBe('Close');
  });

  test('leaves out what an entity does not have', async () => {
    setup = await setUp();
    const dushanbe = setup.mentions[2];
    if (dushanbe === undefined) throw new Error('fixture');
    setup.tooltip.openFor(dushanbe);
    const { card } = tooltipParts();
    expect(card.querySelector('.name')?.textContent).toBe('Dushanbe');
    expect(card.querySelector('.type')?.textContent).toBe('Place');
    expect(card.querySelector('.background')).toBeNull();
    expect(card.querySelector('.quote')).toBeNull();
    expect(card.querySelector('.related')).toBeNull();
  });

  test('the open button asks for the full view of that entity', async () => {
    setup = await setUp();
    const sco = setup.mentions[1];
    if (sco === undefined) throw new Error('fixture');
    setup.tooltip.openFor(sco);
    tooltipParts().card.querySelector<HTMLButtonElement>('button.open')?.click();
    expect(setup.openEntityView).toHaveBeenCalledWith('fixture', 'sco');
  });

  test('the close button closes the card', async () => {
    setup = await setUp();
    const sco = setup.mentions[1];
    if (sco === undefined) throw new Error('fixture');
    setup.tooltip.openFor(sco);
    tooltipParts().card.querySelector<HTMLButtonElement>('button.close')?.click();
    expect(shownName()).toBeNull();
    expect(setup.tooltip.openMention()).toBeNull();
  });

  test('an unknown entity opens nothing', async () => {
    setup = await setUp({ entities: [entity('sco')] });
    const [putin] = setup.mentions;
    if (putin === undefined) throw new Error('fixture');
    expect(setup.tooltip.openFor(putin)).toBe(false);
    expect(document.documentElement.querySelector(':scope > [data-backstory]')).toBeNull();
  });

  test('hostile dictionary fields are rendered inert', async () => {
    const hostile: Entity = {
      id: 'vladimir-putin',
      type: 'x" onmouseover="alert(1)',
      name: '<img src=x onerror="window.pwned=1">Putin',
      aliases: [],
      role: '<script>window.pwned=2</script>Role',
      background:
        '<em class="c" onclick="window.pwned=3">kept</em> <strong style="color:red">bold</strong> ' +
        '<cite>Cited</cite><script>window.pwned=4</script><img src=x onerror="window.pwned=5">' +
        '<a href="javascript:window.pwned=6">link text</a><style>*{display:none}</style><svg><g onload="x()"/></svg>',
      quotes: ['<b>quoted</b> & "raw"'],
      related: ['<i>not an id</i>'],
    };
    setup = await setUp({ entities: [hostile] });
    const [putin] = setup.mentions;
    if (putin === undefined) throw new Error('fixture');
    setup.tooltip.openFor(putin);
    const { card } = tooltipParts();
    expect(card.querySelector('.name')?.textContent).toBe('<img src=x onerror="window.pwned=1">Putin');
    expect(card.querySelector('.role')?.textContent).toBe('<script>window.pwned=2</script>Role');
    expect(card.querySelector('blockquote')?.textContent).toBe('“<b>quoted</b> & "raw"”');
    // Unknown type: shown as text, never turned into a class name.
    expect(card.querySelector('.type')?.textContent).toBe('x" onmouseover="alert(1)');
    expect(card.querySelector('.type')?.className).toBe('type');
    const background = card.querySelector('.background');
    expect(background?.textContent).toBe('kept bold Citedlink text');
    expect([...(background?.querySelectorAll('*') ?? [])].map((e) => e.localName)).toEqual([
      'em',
      'strong',
      'cite',
    ]);
    for (const element of card.querySelectorAll('*')) {
      const attributes = [...element.attributes].map((a) => a.name);
      expect(
        attributes.filter((name) => name.startsWith('on') || name === 'style' || name === 'href'),
      ).toEqual([]);
    }
    expect(card.querySelectorAll('img, script, style, a, svg, b, i').length).toBe(0);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('pickQuote', () => {
  test.each([
    {
      quotes: ['Alpha beta.', 'Gamma delta epsilon.'],
      context: 'we saw gamma and delta',
      expected: 'Gamma delta epsilon.',
    },
    { quotes: ['One two.', 'Three four.'], context: 'nothing shared', expected: 'One two.' },
    { quotes: ['Same words.', 'Same words.'], context: 'same words', expected: 'Same words.' },
    { quotes: [], context: 'anything', expected: null },
  ])('$expected from $quotes', ({ quotes, context, expected }) => {
    expect(pickQuote(quotes, context)).toBe(expected);
  });

  test('the context is the text of the mention’s block', () => {
    document.body.innerHTML =
      '<div><p>The SCO. Before. <span>The SCO met.</span> After.</p><p>Other.</p></div>';
    const text = document.querySelector('span')?.firstChild;
    if (!(text instanceof Text)) throw new Error('fixture');
    const range = document.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 7);
    expect(mentionContext(range)).toBe('The SCO. Before. The SCO met. After.');
    // The second "SCO", the one in the range, is the centre.
    expect(mentionContext(range, 6)).toBe('. The SCO met. ');
  });
});
