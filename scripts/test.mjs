// `npm test`: every check the project has, each step's result on
// its own line, and last `tests: N passed, N failed`, counting each vitest
// test and each static step (tsc, eslint, prettier, build, web-ext lint).
// Runs every step even after a failure, so one run shows everything; exits
// non-zero when anything failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (/** @type {string} */ name) => path.join(root, 'node_modules', '.bin', name);
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-test-'));

/**
 * Runs a command; resolves to its exit code. Output is inherited, or buffered into `output` when given.
 * @param {string} command
 * @param {string[]} args
 * @param {Buffer[]} [output]
 * @returns {Promise<number>}
 */
function run(command, args, output) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: output ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (output) {
      child.stdout?.on('data', (/** @type {Buffer} */ chunk) => output.push(chunk));
      child.stderr?.on('data', (/** @type {Buffer} */ chunk) => output.push(chunk));
    }
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Test counts from a vitest JSON report. A test file that fails to load has
 * no failed test in it, so it counts as one failure; so does a run that
 * failed without any (a teardown error, such as the e2e suite's network check).
 * @param {string} file
 * @param {number} code
 */
function vitestCounts(file, code) {
  let report = null;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // No report: vitest did not get as far as running tests.
  }
  const passed = Number(report?.numPassedTests ?? 0);
  let failed = Number(report?.numFailedTests ?? 0);
  for (const result of report?.testResults ?? []) {
    const hasFailedTest = result.assertionResults.some(
      (/** @type {{ status: string }} */ test) => test.status === 'failed',
    );
    if (result.status === 'failed' && !hasFailedTest) failed += 1;
  }
  if (code !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

// The static checks run side by side (their output is printed once each has
// finished); everything else runs alone, in this order. No ESLint cache: it
// does not notice when a change in one file alters the types of another.
const staticChecks = [
  { name: 'tsc --noEmit', command: bin('tsc'), args: ['--noEmit', '-p', root] },
  // src again without Node types: a content script cannot use `process`.
  { name: 'tsc --noEmit -p src', command: bin('tsc'), args: ['--noEmit', '-p', path.join(root, 'src')] },
  { name: 'eslint .', command: bin('eslint'), args: ['.'] },
  { name: 'prettier --check .', command: bin('prettier'), args: ['--check', '.'] },
];
const steps = [
  { name: 'vitest (unit + dom)', vitest: [] },
  { name: 'build', command: process.execPath, args: ['build.mjs'] },
  {
    name: 'web-ext lint dist/firefox',
    command: bin('web-ext'),
    args: ['lint', '--source-dir', 'dist/firefox', '--warnings-as-errors', '--no-config-discovery'],
  },
  { name: 'e2e (Chromium + Firefox)', vitest: ['--config', 'tests/e2e/vitest.config.ts'] },
];

const totals = { passed: 0, failed: 0 };
/** @type {string[]} */
const results = [];
const started = Date.now();

/**
 * Records one step's outcome.
 * @param {string} line
 * @param {number} stepStarted
 */
function report(line, stepStarted) {
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  results.push(`${line} (${seconds} s)`);
  console.log(`◀ ${line} (${seconds} s)`);
}

console.log(`▶ ${staticChecks.map((step) => step.name).join(', ')} (side by side)`);
await Promise.all(
  staticChecks.map(async (step) => {
    const stepStarted = Date.now();
    /** @type {Buffer[]} */
    const output = [];
    const code = await run(step.command, step.args, output);
    console.log(`\n▶ ${step.name}`);
    process.stdout.write(Buffer.concat(output));
    totals[code === 0 ? 'passed' : 'failed'] += 1;
    report(`${code === 0 ? 'ok  ' : 'FAIL'} ${step.name}`, stepStarted);
  }),
);

for (const [index, step] of steps.entries()) {
  console.log(`\n▶ ${step.name}`);
  const stepStarted = Date.now();
  let line;
  if (step.vitest) {
    const file = path.join(reportDir, `vitest-${index}.json`);
    const code = await run(bin('vitest'), [
      'run',
      ...step.vitest,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${file}`,
    ]);
    const counts = vitestCounts(file, code);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    line = `${counts.failed === 0 ? 'ok  ' : 'FAIL'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed`;
  } else {
    const code = await run(step.command, step.args);
    totals[code === 0 ? 'passed' : 'failed'] += 1;
    line = `${code === 0 ? 'ok  ' : 'FAIL'} ${step.name}`;
  }
  report(line, stepStarted);
}
fs.rmSync(reportDir, { recursive: true, force: true });

console.log(`\n${results.join('\n')}`);
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed === 0 ? 0 : 1;
