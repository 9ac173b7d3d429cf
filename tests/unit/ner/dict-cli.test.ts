import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../../..');
import { SEED_PATH as SEED } from '../../support/seed';

function dict(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/dict.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('check accepts a valid dictionary', () => {
  const run = dict('check', 'tests/fixtures/import/harbour-deal.json');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('valid dictionary "harbour-deal" with 3 entities');
});

test('check prints each problem with its JSON path and exits with 1', () => {
  const run = dict('check', 'tests/fixtures/import/bad-schema-values.json');
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('$.schemaVersion: must be 1');
  expect(run.stderr).toContain('$.entities[0].aliases[0].match: must be "standalone" or "after-full-name"');
});

test('check refuses a file that is not JSON', () => {
  const run = dict('check', 'tests/fixtures/import/bad-not-json.json');
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('$: the file is not valid JSON');
});

test('without a command it prints the usage', () => {
  const run = dict();
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('usage: npm run dict -- draft ARTICLE.txt');
});

test('draft writes a dictionary that check accepts, and what to edit to stderr', () => {
  const run = dict('draft', SEED, '--name', 'Seed draft', '--id', 'seed-draft');
  expect(run.code).toBe(0);
  const dictionary = JSON.parse(run.stdout);
  expect(dictionary).toMatchObject({ schemaVersion: 1, id: 'seed-draft', name: 'Seed draft' });
  expect(run.stderr).toContain('"background": replace the article sentence');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-dict-')), 'draft.json');
  fs.writeFileSync(file, run.stdout);
  try {
    expect(dict('check', file).code).toBe(0);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});

test('draft refuses an unknown flag with the usage line', () => {
  const run = dict('draft', SEED, '--colour', 'red');
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('unknown argument: --colour');
  expect(run.stderr).toContain('usage: npm run dict -- draft ARTICLE.txt');
});

test('draft -o writes the dictionary to a file instead of stdout', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-dict-'));
  try {
    const file = path.join(dir, 'out.json');
    const run = dict('draft', SEED, '--name', 'Seed draft', '--id', 'seed-draft', '-o', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ id: 'seed-draft' });
    expect(dict('check', file).code).toBe(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
