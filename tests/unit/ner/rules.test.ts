import { describe, expect, test } from 'vitest';
import { extractEntities, type ExtractedEntity } from '../../../src/core/ner/extract';

function find(text: string, name: string): ExtractedEntity | undefined {
  return extractEntities(text).find((e) => e.name === name);
}
const names = (text: string): string[] => extractEntities(text).map((e) => e.name);

describe('candidates', () => {
  test.each([
    [
      'a joiner stays inside a name',
      'The mayor, Anna van der Berg, opened the bridge on Monday.',
      'Anna van der Berg',
    ],
    [
      'an Arabic article stays inside a name',
      'The envoy met Omar al-Rashid in the capital last week.',
      'Omar al-Rashid',
    ],
    [
      'initials stay inside a name',
      'The speech was written by Harold T. Wexford for the dinner.',
      'Harold T. Wexford',
    ],
    [
      'an apostrophe stays inside a name',
      'The singer Maeve O’Connell will tour next spring.',
      'Maeve O’Connell',
    ],
    [
      '"of" stays inside an organisation',
      'He now advises the Department of Coastal Affairs on fishing.',
      'Department of Coastal Affairs',
    ],
    [
      '"and" stays inside an organisation',
      'She chairs the Institute for Housing and Transport Policy.',
      'Institute for Housing and Transport Policy',
    ],
  ])('%s', (_rule, text, name) => {
    expect(names(text)).toContain(name);
  });

  test.each([
    ['a title', 'Yesterday Prime Minister Lena Sorvik resigned.', 'Lena Sorvik', 'Prime Minister'],
    ['an honorific', 'Later that day Dr. Paul Renner said little.', 'Paul Renner', undefined],
    [
      'a hyphenated title',
      'In court Attorney-General Mark Dutton argued the case.',
      'Mark Dutton',
      'Attorney-General',
    ],
    [
      'a portfolio and title',
      'Then Health Minister Joan Tapley spoke to reporters.',
      'Joan Tapley',
      'Health Minister',
    ],
  ])('splits %s off the name and keeps it as the role', (_rule, text, name, role) => {
    const entity = find(text, name);
    expect(entity?.type).toBe('person');
    if (role !== undefined) expect(entity?.role).toBe(role);
  });

  test.each([
    [
      'a demonym before a title',
      'On Friday the French Foreign Minister Paul Lacroix arrived.',
      'Paul Lacroix',
      'Foreign Minister of France',
    ],
    [
      '"of" and a country',
      'Talks with the President of Chile Rosa Almendra went well.',
      'Rosa Almendra',
      'President of Chile',
    ],
    [
      'a possessive country',
      'Later Kenya’s Vice President Samuel Otieno spoke.',
      'Samuel Otieno',
      'Vice President of Kenya',
    ],
    [
      'a role noun before the name',
      'The move was welcomed by the union leader Harriet Moss.',
      'Harriet Moss',
      'Union leader',
    ],
    [
      'an apposition after the name',
      'Tom Baxter, a professor of history, disagreed strongly.',
      'Tom Baxter',
      'Professor of history',
    ],
  ])('reads the role from %s', (_rule, text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });

  test.each([
    ['two names joined by "and"', 'Trade between Peru and Chile grew last year.', ['Peru', 'Chile']],
    [
      'a place before a person',
      'Reporters met the premier of Norway Erik Haugland on the quay.',
      ['Norway', 'Erik Haugland'],
    ],
    [
      'an organisation before a person',
      'An official at the Finance Ministry Carl Weston said it was over.',
      ['Finance Ministry', 'Carl Weston'],
    ],
    [
      'a "-based" adjective',
      'The Denver-based Rocky Outfitters Company hired staff.',
      ['Denver', 'Rocky Outfitters Company'],
    ],
  ])('splits %s', (_rule, text, expected) => {
    for (const name of expected) expect(names(text)).toContain(name);
  });

  test.each([
    ['sentence-start words', 'However, the talks failed. Following the vote, nothing changed.'],
    ['months and days', 'The law passes in March. It applies from Monday onwards.'],
    ['demonyms and their people', 'Many Canadians voted. The Canadian economy grew, as Kenyans noted.'],
    ['titles alone', 'The President said the Minister would decide.'],
    ['everyday acronyms', 'The CEO spoke on TV about the GDP figures.'],
    ['a photo credit', 'The river at dawn.CreditJoan Pell for The Daily Ledger\nThe water rose again.'],
    ['a code', 'The story ran on Page A12 of the paper.'],
    ['an everyday word named once', 'Analysis: the budget is late again.'],
    ['a quoted title of a work', 'She wrote “The Long Winter Of Northern Valleys” in 1990.'],
    ['the people of a place', 'Londoners and New Yorkers alike complained.'],
    ['an adjective in -ic alone', 'Its Gothic windows faced Byzantic ones.'],
    ['demonyms with a compass point', 'Several North African states agreed.'],
  ])('finds no entity in %s', (_rule, text) => {
    expect(names(text).filter((n) => !/Daily Ledger/u.test(n))).toEqual([]);
  });
});

describe('types from evidence', () => {
  test.each([
    ['a country from the gazetteer', 'Exports to Portugal rose again.', 'Portugal', 'place'],
    ['a city from the gazetteer', 'The team flew home to Melbourne.', 'Melbourne', 'place'],
    [
      'an organisation head',
      'She joined the Northgate Savings Bank in June.',
      'Northgate Savings Bank',
      'organisation',
    ],
    [
      'a head that comes first',
      'He left the Ministry of Rural Roads later.',
      'Ministry of Rural Roads',
      'organisation',
    ],
    [
      'a place head',
      'Crowds gathered at the Harlow Memorial Museum on Sunday.',
      'Harlow Memorial Museum',
      'place',
    ],
    ['a given name', 'The report was written by Margaret Holloway.', 'Margaret Holloway', 'person'],
    [
      '"officials" after the name',
      'Since then Brightline officials said the line would reopen.',
      'Brightline',
      'organisation',
    ],
    ['"in" before the name', 'Fishermen in Tarnby worry about the quota.', 'Tarnby', 'place'],
    [
      'an honorific with a place name',
      'The case was argued by Mr. Jordan Phillips.',
      'Jordan Phillips',
      'person',
    ],
    ['a country acronym', 'Growth in the U.S. slowed in the spring.', 'U.S.', 'place'],
    ['a qualified place', 'Rents in Lower Manhattan keep rising.', 'Lower Manhattan', 'place'],
    ['a town before its state', 'The boat reached Tarrowby, Alaska, at dawn.', 'Tarrowby', 'place'],
    ['"the city of X"', 'Tourists left the city of Quembra after the attack.', 'Quembra', 'place'],
    ['a compass region', 'Storms hit the Western Reaches overnight.', 'Western Reaches', 'place'],
    ['a building', 'Protesters gathered outside the Grey House on Friday.', 'Grey House', 'place'],
    [
      'a lower-case organisation head after it',
      'He wrote for Lantern magazine for years.',
      'Lantern',
      'organisation',
    ],
  ])('types %s', (_rule, text, name, type) => {
    expect(find(text, name)?.type).toBe(type);
  });
});

describe('one entity per thing', () => {
  test('a surname and "Mr. X" join the full name', () => {
    const text = 'Daniel Okafor runs the shop. Mr. Okafor said sales fell. Okafor blamed the rain.';
    const [entity, ...rest] = extractEntities(text);
    expect(rest).toEqual([]);
    expect(entity?.name).toBe('Daniel Okafor');
    expect(entity?.shortForms).toEqual(expect.arrayContaining(['Okafor', 'Mr. Okafor']));
    expect(entity?.mentions).toHaveLength(3);
  });

  test('a word glued to a name by text extraction is cut where a given name starts it', () => {
    expect(names('The report came from reporters in PortugalFirst of all.')).toContain('Portugal');
  });

  test('the plural of a capitalised word the text also uses alone is a group, not an entity', () => {
    expect(names('Many Druzes attended. A Druze elder spoke.')).not.toContain('Druzes');
  });

  test('a determiner never starts a name', () => {
    expect(names('Critics said those Brightwater Holdings deals failed.')).toEqual(['Brightwater Holdings']);
  });

  test('a name across a hard-wrapped line stays whole', () => {
    const text =
      '    The committee heard from the veteran campaigner and author Miriam\n      Castellane, who has long argued for reform.';
    expect(names(text)).toEqual(['Miriam Castellane']);
  });

  test('an institution joins its country-qualified form', () => {
    const text = 'The US Senate voted. Later the Senate adjourned.';
    expect(find(text, 'US Senate')?.aliases).toContain('Senate');
  });

  test('a surname with its particle joins the full name', () => {
    const text = 'The city hired Lucia de Souza in May. Critics say de Souza moved too fast.';
    expect(find(text, 'Lucia de Souza')?.aliases).toContain('de Souza');
  });

  test.each([
    [
      'defined in brackets',
      'The Northern Fisheries Council (NFC) met. The NFC agreed.',
      'Northern Fisheries Council',
      'NFC',
    ],
    [
      'made of the initials',
      'The Baltic Shipping Authority spoke first. Then BSA officials left.',
      'Baltic Shipping Authority',
      'BSA',
    ],
  ])('an acronym %s joins its expansion', (_rule, text, name, acronym) => {
    const entity = find(text, name);
    expect(entity?.acronyms).toContain(acronym);
    expect(names(text)).not.toContain(acronym);
  });

  test.each([
    [
      '"Department of X" and "X Department"',
      'The Department of Water Supply said so. The Water Supply Department later agreed.',
      'Department of Water Supply',
    ],
    [
      'a short form of an organisation',
      'She studied at Kellerman University. Kellerman is near the sea.',
      'Kellerman University',
    ],
    [
      'three spellings of a country',
      'Exports from the United States fell. The U.S. economy slowed, and America worried.',
      'United States',
    ],
  ])('%s are one entity', (_rule, text, name) => {
    expect(names(text).filter((n) => n === name)).toHaveLength(1);
    expect(find(text, name)?.aliases.length).toBeGreaterThan(0);
  });
});

describe('what the article says', () => {
  const text =
    'Harbour Deal Signed\nBy Nora Quist\nThe port of Valmora was sold on Tuesday. Ella Brandt, the port authority chief, said the buyer, Selvik Shipping Company, will invest. Ella Brandt met Selvik Shipping Company again.';
  test('the byline names the author', () => {
    expect(find(text, 'Nora Quist')?.role).toBe('Author of the article');
  });
  test('the introducing sentence, the mentions and who it appears with', () => {
    const entities = extractEntities(text);
    const brandt = entities.find((e) => e.name === 'Ella Brandt');
    expect(brandt?.introduction).toBe(
      'Ella Brandt, the port authority chief, said the buyer, Selvik Shipping Company, will invest.',
    );
    expect(brandt?.mentions).toHaveLength(2);
    const partner = entities[brandt?.cooccurring[0] ?? -1];
    expect(partner?.name).toBe('Selvik Shipping Company');
  });
});

describe('languages it cannot read do no harm', () => {
  test.each([
    [
      'French',
      'Le président Emmanuel Macron a reçu M. Olaf Scholz à Paris. Selon le ministère, la réunion a duré deux heures.',
      ['Emmanuel Macron', 'Olaf Scholz', 'Paris'],
    ],
    [
      'German',
      'Am Montag traf Kanzler Olaf Scholz in Berlin Ursula von der Leyen.',
      ['Olaf Scholz', 'Ursula von der Leyen', 'Berlin'],
    ],
    [
      'Spanish',
      'El presidente Pedro Sánchez viajó a Madrid con la ministra Teresa Ribera.',
      ['Pedro Sánchez', 'Madrid', 'Teresa Ribera'],
    ],
  ])('%s: names keep their particles, titles stay out, no junk', (_lang, text, expected) => {
    const found = names(text);
    for (const name of expected) expect(found).toContain(name);
    for (const name of found)
      expect(name.split(' ').every((w) => /^(?:\p{Lu}|von|der|de)/u.test(w))).toBe(true);
    expect(found.length).toBeLessThanOrEqual(expected.length + 1);
  });
});
