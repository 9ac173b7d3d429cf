import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_DICTIONARY_BYTES } from '../../../src/core/dictionary/validate';
import { checkDictionaryFile, type FileLike } from '../../../src/options/import-check';
import { IMPORT_FIXTURES, fixtureText } from './fixtures';

type Expected = { path: string; message?: string; startsWith?: string };
const golden = JSON.parse(fixtureText('expected.json')) as Record<string, Expected[]>;

function fileOf(name: string, text: string): FileLike {
  return { name, size: new TextEncoder().encode(text).byteLength, text: () => Promise.resolve(text) };
}

describe('golden bad import files', () => {
  const bad = fs.readdirSync(IMPORT_FIXTURES).filter((f) => f.startsWith('bad-'));

  test('every bad fixture has its expected messages, and every expectation its fixture', () => {
    expect(bad.sort()).toEqual(Object.keys(golden).sort());
  });

  test.each(bad)('%s is refused with its expected messages and JSON paths', async (name) => {
    const checked = await checkDictionaryFile(fileOf(name, fixtureText(name)));
    expect(checked.ok).toBe(false);
    const issues = checked.ok ? [] : checked.issues;
    const expected = golden[name] ?? [];
    expect(issues).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      expect(issues[i]?.path).toBe(want.path);
      if (want.message !== undefined) expect(issues[i]?.message).toBe(want.message);
      if (want.startsWith !== undefined) expect(issues[i]?.message.startsWith(want.startsWith)).toBe(true);
    });
  });
});

describe('checkDictionaryFile', () => {
  test.each(['harbour-deal.json', 'harbour-deal-second.json'])(
    'accepts the valid fixture %s',
    async (name) => {
      const checked = await checkDictionaryFile(fileOf(name, fixtureText(name)));
      expect(checked.ok && checked.dictionary.id).toBe(JSON.parse(fixtureText(name)).id);
    },
  );

  test('refuses a file over 5 MB without reading it', async () => {
    const huge: FileLike = {
      name: 'huge.json',
      size: MAX_DICTIONARY_BYTES + 1,
      text: () => Promise.reject(new Error('a file over the limit must not be read')),
    };
    expect(await checkDictionaryFile(huge)).toEqual({
      ok: false,
      issues: [{ path: '$', message: 'the file is 5.0 MB; a dictionary may be at most 5.0 MB' }],
    });
  });

  test('counts bytes, not characters, against the limit', async () => {
    // 600 three-byte characters are 1800 bytes: over a 1000-byte limit although only 600 characters long.
    const text = JSON.stringify({ name: '€'.repeat(600) });
    const checked = await checkDictionaryFile(
      { name: 'x.json', size: 0, text: () => Promise.resolve(text) },
      1000,
    );
    expect(checked.ok ? '' : checked.issues[0]?.message).toMatch(
      /^the file is .+; a dictionary may be at most .+/u,
    );
  });

  test('a real file of 6 MB is refused by size', async () => {
    const text = `{"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`;
    const checked = await checkDictionaryFile(fileOf('big.json', text));
    expect(checked.ok ? '' : checked.issues.map((i) => i.message).join()).toBe(
      'the file is 6.0 MB; a dictionary may be at most 5.0 MB',
    );
  });
});

test('the fixtures folder holds dictionaries and the e2e page only', () => {
  const others = fs.readdirSync(IMPORT_FIXTURES).filter((f) => path.extname(f) !== '.json');
  expect(others).toEqual(['harbour-page.html']);
});
