// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { renderEntities, typeLabel } from '../../../src/popup/entities-view';
import type { PopupModel } from '../../../src/popup/model';
import { model, pageFindings, spyActions, t, tabState } from './fixtures';

function render(m: PopupModel, actions = spyActions(), open?: ReadonlySet<string>): HTMLElement {
  const root = document.createElement('div');
  for (const child of renderEntities(m, t, actions, open)) if (child) root.append(child);
  document.body.replaceChildren(root);
  return root;
}

const text = (e: Element | null): string => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('This page', () => {
  test('counts mentions and entities', () => {
    expect(text(render(model()).querySelector('.found-summary'))).toBe('8 mentions of 4 names');
  });

  test('uses the singular for one', () => {
    const findings = pageFindings();
    const one = { ...findings, totalMentions: 1, entities: findings.entities.slice(3) };
    expect(text(render(model({ state: tabState({ findings: one }) })).querySelector('.found-summary'))).toBe(
      '1 mention of 1 name',
    );
  });

  test('groups by type, most mentioned type first, most mentioned entity first', () => {
    const root = render(model());
    const groups = [...root.querySelectorAll('.entity-group')].map((g) => [
      text(g.querySelector('.group-heading')),
      [...g.querySelectorAll('.entity-name')].map(text),
    ]);
    expect(groups).toEqual([
      ['Places', ['Dushanbe', 'Tajikistan']],
      ['People', ['Vladimir Putin']],
      ['Organisations', ['Shanghai Cooperation Organisation']],
    ]);
  });

  test('each entity is a closed disclosure button that opens its details', () => {
    const root = render(model());
    const button = root.querySelector<HTMLButtonElement>('[data-entity="vladimir-putin"] .entity-toggle');
    const panel = document.getElementById(button?.getAttribute('aria-controls') ?? '');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(panel?.hidden).toBe(true);
    button?.click();
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.hidden).toBe(false);
    expect(text(panel?.querySelector('.entity-role') ?? null)).toBe('Prime Minister of Russia (2008–2012)');
    button?.click();
    expect(panel?.hidden).toBe(true);
  });

  test('the count is spoken as words', () => {
    const root = render(model());
    expect(text(root.querySelector('[data-entity="dushanbe"] .visually-hidden'))).toBe('3 mentions');
  });

  test('the background keeps em, strong and cite and nothing else', () => {
    const root = render(model());
    const background = root.querySelector('[data-entity="vladimir-putin"] .entity-background');
    expect(background?.querySelector('em')?.textContent).toBe('president');
    expect(background?.querySelector('strong')?.textContent).toBe('Since 1999');
    expect(background?.querySelectorAll('img, script, a, [onerror], [href]')).toHaveLength(0);
    expect(text(background ?? null)).toBe('Led Russia as president and prime minister. Click Since 1999.');
    const place = root.querySelector('[data-entity="dushanbe"] .entity-background cite');
    expect(place?.textContent).toBe('Tajikistan');
  });

  test('lists each mention in context, and choosing one reveals it on the page', () => {
    const actions = spyActions();
    const root = render(model(), actions);
    const mentions = root.querySelectorAll<HTMLButtonElement>('[data-entity="vladimir-putin"] .mention');
    expect(mentions).toHaveLength(2);
    expect(text(mentions[0] ?? null)).toBe('…visited vladimir-putin on Monday…');
    expect(mentions[0]?.querySelector('mark')?.textContent).toBe('vladimir-putin');
    mentions[1]?.click();
    // Dushanbe's three mentions come first on the page, so Putin's second is index 4.
    expect(actions.reveal).toHaveBeenCalledWith(4);
  });

  test('opens the entity the address names', () => {
    const root = render(model({ focus: { entityId: 'tajikistan', dictionaryId: null } }));
    const open = [...root.querySelectorAll('.entity-toggle[aria-expanded="true"]')];
    expect(open.map((b) => b.closest('[data-entity]')?.getAttribute('data-entity'))).toEqual(['tajikistan']);
  });

  test('keeps open what was open across a redraw', () => {
    const root = render(model(), spyActions(), new Set(['entity-border-story-sco']));
    expect(root.querySelector('[data-entity="sco"] .entity-toggle')?.getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  test('says how many mentions are not listed', () => {
    const findings = pageFindings();
    const first = findings.entities[0];
    if (!first) throw new Error('fixture has entities');
    const many = { ...findings, entities: [{ ...first, count: 60 }] };
    const root = render(model({ state: tabState({ findings: many }) }));
    expect(text(root.querySelector('.more-mentions'))).toBe('and 57 more on the page');
  });

  test('an entity whose dictionary is gone is listed by its id under Other', () => {
    const root = render(model({ dictionaries: [] }));
    expect([...root.querySelectorAll('.group-heading')].map(text)).toEqual(['Other']);
    expect(root.querySelector('.entity-background')).toBeNull();
  });

  test.each([
    ['site-off', 'Backstory is off on this site.'],
    ['paused', 'Backstory is paused everywhere.'],
    ['page-opted-out', 'This page asks not to be annotated'],
  ] as const)('an inactive tab (%s) says why', (inactive, expected) => {
    const root = render(model({ state: tabState({ inactive, findings: null }) }));
    expect(text(root.querySelector('.notice'))).toContain(expected);
    expect(root.querySelector('.entity')).toBeNull();
  });

  test('a page with nothing found says so', () => {
    const empty = { ...pageFindings(), totalMentions: 0, entities: [] };
    expect(text(render(model({ state: tabState({ findings: empty }) })).querySelector('.notice'))).toBe(
      'No names from your dictionaries on this page.',
    );
  });

  test.each([
    ['browser-page', "one of the browser's own pages"],
    ['store', 'add-on stores'],
    ['pdf', 'PDF'],
    ['file', 'file://'],
    ['no-content-script', 'reload it to start Backstory'],
    ['no-tab', 'no tab'],
  ] as const)('a page Backstory cannot run on (%s) gets a sentence saying why', (unsupported, expected) => {
    const root = render(model({ unsupported, state: null }));
    expect(text(root.querySelector('.notice'))).toContain(expected);
  });
});

describe('typeLabel', () => {
  test.each([
    ['person', 'People'],
    ['organisation', 'Organisations'],
    ['trade-route', 'Trade route'],
  ])('%s is headed "%s"', (type, label) => {
    expect(typeLabel(t, type)).toBe(label);
  });
});
