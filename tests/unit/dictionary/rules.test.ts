/**
 * The validator's building blocks, one table per rule: alias breadth, plain
 * text, background markup, sentence counting, dates, and file-level checks.
 */
import { describe, expect, test } from 'vitest';
import { aliasTextProblem, overBroadAliasReason } from '../../../src/core/dictionary/alias-rules';
import { aliasesOverlap } from '../../../src/core/dictionary/normalise';
import {
  backgroundMarkupProblem,
  countSentences,
  plainTextProblem,
} from '../../../src/core/dictionary/text-rules';
import {
  formatIssues,
  MAX_DICTIONARY_BYTES,
  validateDictionaryJsonText,
} from '../../../src/core/dictionary/validate';
import { isIsoDate, isIsoDateOrInterval } from '../../../src/core/dictionary/validate-story';
import { readJson } from './load';

describe('over-broad aliases', () => {
  test.each([
    ['the', false, 'an English stop word'],
    ['The', true, 'an English stop word'],
    ['Us', true, 'an English stop word'],
    ['of the', false, 'only English stop words'],
    ['X', true, 'a single letter'],
    ['J.', false, 'a single letter'],
    ['2010', false, 'a number alone'],
    ['30,000', false, 'a number alone'],
  ])('%j (case-sensitive: %s) is refused as %s', (text, caseSensitive, why) => {
    expect(overBroadAliasReason(text, caseSensitive)).toContain(why);
  });

  test.each([
    ['US', true],
    ['U.S.', true],
    ['SCO', true],
    ['Putin', false],
    ['Mr. Putin', false],
    ['East-West', false],
    ['G20', true],
  ])('%j (case-sensitive: %s) is allowed', (text, caseSensitive) => {
    expect(overBroadAliasReason(text, caseSensitive)).toBeUndefined();
  });

  test.each([
    ['', 'alias must not be empty'],
    ['   ', 'alias must not be empty'],
    ['—', 'alias "—" is only punctuation'],
    ['it', 'alias "it" is an English stop word and would match almost anywhere'],
  ])('aliasTextProblem(%j) explains the refusal', (text, message) => {
    expect(aliasTextProblem(text, false)).toBe(message);
  });
});

describe('shared aliases are compared as the matcher compares them', () => {
  const alias = (text: string, caseSensitive = false, foldDiacritics = false) => ({
    text,
    caseSensitive,
    foldDiacritics,
  });
  test.each([
    [alias('India’s'), alias("india's"), true],
    [alias('India`s'), alias("India's", true), true],
    [alias('Karim  Khalili'), alias('karim khalili'), true],
    [alias('SCO', true), alias('sco'), true],
    [alias('SCO', true), alias('Sco', true), false],
    [alias('Rahmōn', false, true), alias('Rahmon'), true],
    [alias('Rahmōn'), alias('Rahmon'), false],
  ])('%j and %j overlap: %s', (a, b, expected) => {
    expect(aliasesOverlap(a, b)).toBe(expected);
  });
});

describe('plain text and background markup', () => {
  test.each([
    ['Ada <b>Lovelace</b>', 'found "<b>"'],
    ['<!-- hidden -->', 'found "<!-- hidden -->"'],
    ['a </p> b', 'found "</p>"'],
    ['Tom &amp; Jerry', 'character reference "&amp;"'],
  ])('%j is not plain text', (text, found) => {
    expect(plainTextProblem(text)).toContain(found);
  });

  test.each(['3 < 5 and 5 > 3', 'AT&T', 'India`s'])('%j is plain text', (text) => {
    expect(plainTextProblem(text)).toBeUndefined();
  });

  test.each([
    ['He wrote <cite>War and Peace</cite>.', undefined],
    ['<em>a</em> <strong>b</strong>', undefined],
    ['<em><strong>a</strong></em>', undefined],
    ['<em><strong>a</em></strong>', 'has a closing </em> that does not match an opening tag'],
    [
      '<script>alert(1)</script>',
      'allows only <em>, <strong> and <cite> without attributes (found "<script>")',
    ],
    ['<EM>a</EM>', 'allows only <em>, <strong> and <cite> without attributes (found "<EM>")'],
  ])('background %j', (text, problem) => {
    expect(backgroundMarkupProblem(text)).toBe(problem);
  });

  test.each([
    ['One sentence.', 1],
    ['Mr. Putin met the U.S. envoy. He left.', 2],
    ['He met Gov. Newsom. They talked.', 2],
    ['He moved to the U.S. The talks failed.', 2],
    ['It grew 40-fold by 2005. Then it fell! Why?', 3],
    ['He wrote <cite>Notes.</cite> It sold.', 2],
    ['No final stop', 1],
    ['', 0],
  ])('%j has %i sentences', (text, count) => {
    expect(countSentences(text)).toBe(count);
  });
});

describe('dates', () => {
  test.each(['2005', '2010-06', '2010-11-25', '2012-02-29'])('%s is an ISO date', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });
  test.each(['05', '2010-13', '2010-11-31', '2011-02-29', '25 Nov 2010', '2010/11/25'])(
    '%s is not',
    (date) => {
      expect(isIsoDate(date)).toBe(false);
    },
  );
  test('published dates must be complete', () => {
    expect(isIsoDate('2010-11', true)).toBe(false);
  });
  test.each([
    ['2002/2004', true],
    ['2010-01/2010-09', true],
    ['1990/1999', true],
    ['2004/2002', false],
    ['2002/2004/2006', false],
  ])('interval %s: %s', (value, ok) => {
    expect(isIsoDateOrInterval(value)).toBe(ok);
  });
});

describe('dictionary files', () => {
  const minimal = JSON.stringify(readJson('tests/fixtures/dictionaries/valid/minimal.json'));

  test('a valid file passes', () => {
    expect(validateDictionaryJsonText(minimal).ok).toBe(true);
  });

  test('text that is not JSON is refused with the parser’s reason', () => {
    const result = validateDictionaryJsonText('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/^the file is not valid JSON \(.+\)$/);
  });

  test('a file over the size limit is refused before parsing', () => {
    const result = validateDictionaryJsonText('é'.repeat(75), 100); // 150 bytes of UTF-8, not JSON
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        { path: '$', message: 'the file is 150 bytes; a dictionary may be at most 100 bytes' },
      ]);
    }
  });

  test('the default limit is 5 MB', () => {
    expect(MAX_DICTIONARY_BYTES).toBe(5 * 1024 * 1024);
    const padded = `${minimal}${' '.repeat(MAX_DICTIONARY_BYTES)}`;
    expect(validateDictionaryJsonText(padded).ok).toBe(false);
  });

  test('an invalid file reports path and reason, as the build prints them', () => {
    const fixture = readJson('tests/fixtures/dictionaries/invalid/duplicate-id.json') as {
      dictionary: unknown;
    };
    const result = validateDictionaryJsonText(JSON.stringify(fixture.dictionary));
    expect(result.ok ? '' : formatIssues(result.issues)).toBe(
      '$.entities[1].id: duplicates the id "ada-lovelace" of $.entities[0]',
    );
  });

  test('issues are reported one a line, path first, as the build prints them', () => {
    expect(
      formatIssues([
        { path: '$.entities[1].id', message: 'duplicates the id "a" of $.entities[0]' },
        { path: '$.name', message: 'is required' },
      ]),
    ).toBe('$.entities[1].id: duplicates the id "a" of $.entities[0]\n$.name: is required');
  });
});
