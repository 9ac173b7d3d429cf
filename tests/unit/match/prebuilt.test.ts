import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Dictionary } from '../../../src/core/dictionary/types';
import { createMatcher, type Matcher } from '../../../src/core/match/automaton';
import { compileMatcher } from '../../../src/core/match/compile';
import { findMentions } from '../../../src/core/match/find';
import { loadMatcher, prebuildMatcher, type PrebuiltMatcher } from '../../../src/core/match/prebuilt';
import { createMatchState } from '../../../src/core/match/types';
import { readSeedArticle } from '../../support/seed';
import { storyDictionary } from './fixtures';

const root = path.resolve(import.meta.dirname, '../../..');
const readJson = (file: string): Dictionary => JSON.parse(readFileSync(file, 'utf8')) as Dictionary;
const bundled = readJson(path.join(root, 'assets/dictionary/backstory.json'));
const validDir = path.join(root, 'tests/fixtures/dictionaries/valid');
const fixtureDictionaries = readdirSync(validDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => readJson(path.join(validDir, name)));

/** The automaton as a page gets it: prebuilt, through JSON (as the bundle and storage carry it), then loaded. */
function shipped(m: Matcher): Matcher {
  return loadMatcher(JSON.parse(JSON.stringify(prebuildMatcher(m))) as PrebuiltMatcher);
}

/** Every mention of every block, searched in order with one state. */
function mentionsOf(m: Matcher, text: string): unknown[] {
  const state = createMatchState();
  return text.split('\n').map((block) => findMentions(block, m, state));
}

/** The texts each dictionary is searched in: the seed article and every alias of the dictionary, in a sentence. */
function textFor(dictionaries: readonly Dictionary[]): string {
  const aliases = dictionaries.flatMap((d) => d.entities.flatMap((e) => e.aliases.map((a) => a.text)));
  return `${readSeedArticle()}\n${aliases.map((a) => `Then ${a} spoke, and ${a.toUpperCase()}'s aides.`).join('\n')}`;
}

const cases: Array<[string, Dictionary[]]> = [
  ['the bundled dictionary', [bundled]],
  ['the story fixture', [storyDictionary]],
  ['the bundled dictionary with every valid fixture after it', [bundled, ...fixtureDictionaries]],
  ...fixtureDictionaries.map((d): [string, Dictionary[]] => [`fixture ${d.id}`, [d]]),
];

describe('a prebuilt automaton is the automaton createMatcher builds', () => {
  test.each(cases)('%s: the same arrays, dense rows included', (_, dictionaries) => {
    const fresh = createMatcher(compileMatcher(dictionaries));
    const loaded = shipped(fresh);
    for (const key of ['width', 'denseStates', 'states'] as const) expect(loaded[key]).toBe(fresh[key]);
    for (const key of [
      'dense',
      'output',
      'nextOutput',
      'depth',
      'patternStart',
      'patternOrder',
      'fail',
      'isAfterSpace',
      'childStart',
      'childClass',
    ] as const) {
      expect(loaded[key], key).toEqual(fresh[key]);
    }
    expect(Array.from(loaded.alphabet.table.subarray(0, 0x80))).toEqual(
      Array.from(fresh.alphabet.table.subarray(0, 0x80)),
    );
  });

  test.each(cases)('%s: the same mentions', (_, dictionaries) => {
    const fresh = createMatcher(compileMatcher(dictionaries));
    const text = textFor(dictionaries);
    const expected = mentionsOf(fresh, text);
    expect(expected.flat().length).toBeGreaterThan(0);
    expect(mentionsOf(shipped(fresh), text)).toEqual(expected);
  });

  test('an automaton with dense rows for its first states only loads the same', () => {
    const fresh = createMatcher(compileMatcher([bundled]), 64 * 40);
    expect(fresh.denseStates).toBeLessThan(fresh.states);
    const loaded = shipped(fresh);
    expect(loaded.dense).toEqual(fresh.dense);
    const text = textFor([bundled]);
    expect(mentionsOf(loaded, text)).toEqual(mentionsOf(fresh, text));
  });
});
