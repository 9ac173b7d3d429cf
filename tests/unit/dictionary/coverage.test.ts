/**
 * What the bundled dictionary must cover: every place, organisation, project
 * and event the seed article names, under the names the article uses.
 */
import { expect, test } from 'vitest';
import { KNOWN_ENTITY_TYPES } from '../../../src/core/dictionary/types';
import { readBundled } from './load';

const entities = readBundled().entities;
const byId = new Map(entities.map((e) => [e.id, e]));

test.each([
  [
    'place',
    ['russia', 'tajikistan', 'dushanbe', 'kazakhstan', 'uzbekistan', 'iran', 'pakistan', 'mongolia', 'india'],
  ],
  [
    'place',
    ['afghanistan', 'china', 'beijing', 'moscow', 'central-asia', 'kyrgyzstan', 'united-states', 'europe'],
  ],
  [
    'organisation',
    [
      'shanghai-cooperation-organisation',
      'collective-security-treaty-organization',
      'federal-security-service',
      'russian-foreign-ministry',
      'cis-department-russian-foreign-ministry',
      'strategic-culture-foundation',
      'european-union',
    ],
  ],
  ['event', ['dushanbe-sco-summit-2010', 'tajik-civil-war', 'withdrawal-of-russian-border-guards-2005']],
  ['project', ['rogun-project', 'east-west-corridor', 'north-south-corridor']],
])('the article’s %s entities are all there: %j', (type, ids) => {
  for (const id of ids) expect(byId.get(id)?.type, id).toBe(type);
});

test('every entity has a type Backstory styles', () => {
  const known: readonly string[] = KNOWN_ENTITY_TYPES;
  expect(entities.filter((e) => !known.includes(e.type)).map((e) => e.id)).toEqual([]);
});

test.each([
  [
    'shanghai-cooperation-organisation',
    ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
  ],
  ['collective-security-treaty-organization', ['CSTO', 'Collective Security Treaty Organization']],
  ['federal-security-service', ['FSB', 'Federal Security Service']],
  ['tajikistan', ['Tajik']],
  ['afghanistan', ['Afghan']],
  ['iran', ['Iranian']],
  ['mongolia', ['Mongolian']],
  ['russia', ['Russian', 'Russians']],
  ['united-states', ['U.S.', 'US']],
  ['european-union', ['EU']],
])('%s is found under the names the article uses', (id, names) => {
  expect(byId.get(id)?.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(names));
});

test('the summit is dated 25 November 2010', () => {
  expect(byId.get('dushanbe-sco-summit-2010')?.role).toContain('25 November 2010');
});
