import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { summarise, type SummaryResult } from '../../../src/core/summary/summarise';

import { SEED_PATH as SEED } from '../../support/seed';
const DICTIONARY = path.resolve(import.meta.dirname, '../../../assets/dictionary/backstory.json');
const TITLE = 'Russian Presence on Tajik Border';

// Names as the article writes them, the way a dictionary lists its aliases.
const ARTICLE_NAMES = [
  'Vladimir Putin',
  'Mr. Putin',
  'Putin',
  'Dushanbe',
  'Tajikistan',
  'Tajik',
  'Russia',
  'Russian',
  'SCO',
  'Shanghai Cooperation Organization',
  'CSTO',
  'Emomali Rahmon',
  'Viktor Ivanov',
  'Maksim Peshkov',
  'Afghanistan',
  'Afghan',
  'Kazakhstan',
  'Federal Security Service',
  'Moscow',
  'Beijing',
  'China',
];

function dictionaryAliases(): string[] {
  const json = JSON.parse(fs.readFileSync(DICTIONARY, 'utf8')) as {
    entities?: { aliases: { text: string }[] }[];
  };
  return (json.entities ?? []).flatMap((e) => e.aliases.map((a) => a.text));
}

function sentencesOf(result: SummaryResult): string[] {
  if (result.kind !== 'summary') throw new Error(`expected a summary, got ${result.kind}`);
  return result.sentences;
}

/** The seed's central points, each as the ways the article puts it. */
const CENTRAL_POINTS: [string, RegExp][] = [
  [
    'Putin urges SCO members to unite against drugs',
    /Putin urged the SCO members|members to unite in the face of drug threat/,
  ],
  [
    'Tajikistan declines the return of Russian border guards',
    /cautious about the return|cannot afford the presence of Russian border guards|Russian presence is not welcome|strong enough to ensure its national security|decision of a sovereign state/,
  ],
  [
    'the scale of seizures',
    /seized (?:30 tons|some 2 tons)|1\.5 tons of drugs[^.]*seized|20% of trafficked drugs/,
  ],
];

describe('summarise on the seed article', () => {
  const text = fs.readFileSync(SEED, 'utf8');
  const variants: [string, string[]][] = [
    ['without entity names', []],
    ['with the names the article uses', ARTICLE_NAMES],
  ];
  const fromDictionary = dictionaryAliases();
  if (fromDictionary.length > 0) variants.push(['with the bundled dictionary', fromDictionary]);

  describe.each(variants)('%s', (_name, entityNames) => {
    const sentences = sentencesOf(summarise({ title: TITLE, text }, { entityNames }));

    test('has three to five sentences', () => {
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      expect(sentences.length).toBeLessThanOrEqual(5);
    });

    test.each(CENTRAL_POINTS)('carries the point: %s', (_point, pattern) => {
      expect(
        sentences.some((s) => pattern.test(s)),
        sentences.join('\n'),
      ).toBe(true);
    });

    test('keeps the article order and its exact wording', () => {
      const positions = sentences.map((s) => text.indexOf(s));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    test('leaves out the header, the photo credit and the disclaimer', () => {
      for (const s of sentences) {
        expect(s).not.toMatch(/©|Photo|views of individual contributors|^World$|Aleksandr Shustov/);
      }
    });

    test('says each thing once although the page repeats its text', () => {
      expect(new Set(sentences).size).toBe(sentences.length);
    });
  });
});

describe('summarise on short or empty input', () => {
  test.each([
    ['empty text', ''],
    ['navigation only', 'Home\nWorld\nBusiness\nSport\nShare this on Facebook.'],
    [
      'two sentences',
      'The summit opened in Dushanbe on Thursday morning. Leaders of six countries attended it.',
    ],
  ])('%s is too short', (_name, text) => {
    expect(summarise({ title: '', text })).toEqual({ kind: 'too-short' });
  });

  test('an article of three sentences is summarised by all three', () => {
    const text =
      'The summit opened in Dushanbe on Thursday morning.\nLeaders of six countries attended the summit.\n' +
      'They agreed to fight drug trafficking together.';
    expect(sentencesOf(summarise({ title: 'Summit', text }))).toHaveLength(3);
  });

  test('a page of 2,000 sentences is summarised from its first 400, well within the test timeout', () => {
    const words =
      'border guard drug summit minister security treaty river trade army police customs bank'.split(' ');
    const sentence = (i: number) =>
      `Sentence ${i} says the ${Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ')} matters.`;
    const paragraphs = Array.from({ length: 400 }, (_, p) =>
      [0, 1, 2, 3, 4].map((k) => sentence(p * 5 + k)).join(' '),
    );
    const sentences = sentencesOf(summarise({ title: 'Border', text: paragraphs.join('\n') }));
    expect(sentences).toHaveLength(5);
    for (const s of sentences) expect(Number(/^Sentence (\d+)/.exec(s)?.[1])).toBeLessThan(400);
  });

  test('is deterministic', () => {
    const text = fs.readFileSync(SEED, 'utf8');
    expect(summarise({ title: TITLE, text })).toEqual(summarise({ title: TITLE, text }));
  });
});
