/**
 * Golden dictionaries: each invalid fixture fails with exactly its expected
 * issue, each valid one passes, and the JSON Schema agrees with the validator
 * wherever a schema can express the rule.
 */
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { formatIssues, validateDictionary } from '../../../src/core/dictionary/validate';
import { invalidFixtures, readBundled, readJson, validFixtures } from './load';

const ajv = new Ajv2020({ allErrors: true });
const schemaAccepts = ajv.compile(readJson('assets/dictionary/dictionary.schema.json') as object);

describe('invalid dictionaries', () => {
  const cases = invalidFixtures();

  test('the golden set covers every required kind of error', () => {
    const names = cases.map((c) => c.name);
    for (const required of [
      'missing-field',
      'duplicate-id',
      'dangling-related-id',
      'empty-alias',
      'punctuation-only-alias',
      'html-in-name',
      'wrong-type-boolean',
      'shared-alias-not-ambiguous',
      'stop-word-alias',
      'dangling-context-id',
      'context-on-standalone-alias',
    ]) {
      expect(names).toContain(required);
    }
  });

  test.each(cases)('$name fails with its expected message', ({ expected, dictionary }) => {
    const result = validateDictionary(dictionary);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ path: expected.path, message: expected.message }]);
  });

  test.each(cases)('the schema agrees on $name', ({ expected, dictionary }) => {
    // A fixture the schema cannot refuse documents a rule only the validator enforces.
    expect(schemaAccepts(dictionary)).toBe(!expected.schemaRefuses);
  });
});

describe('valid dictionaries', () => {
  test.each(validFixtures())('$name passes the validator and the schema', ({ dictionary }) => {
    const result = validateDictionary(dictionary);
    expect(result.ok ? '' : formatIssues(result.issues)).toBe('');
    expect(schemaAccepts(dictionary), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });

  test('the schema accepts the bundled dictionary', () => {
    expect(schemaAccepts(readBundled()), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });
});
