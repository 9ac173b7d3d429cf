// `npm run test:real`: builds the extension and runs only the real-page
// suite. `npm run test:real -- --report` also prints, per page and browser,
// the mentions painted, the content script's time and longest slice, and the
// errors seen. Times are reported, never asserted.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const isReport = process.argv.includes('--report');
const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-real-')), 'rows.jsonl');

/** Runs a command with inherited output; resolves to its exit code. */
function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
    child.on('error', () => {
      resolve(1);
    });
    child.on('close', (code) => {
      resolve(code ?? 1);
    });
  });
}

const fixed = (value) => (value === null || value < 0 ? '–' : value.toFixed(0));

/** Prints the rows as an aligned table, then per browser the totals. */
function printTable(rows) {
  const header = [
    'browser',
    'page',
    'mentions',
    'script ms',
    'busy ms (w/o)',
    'longest ms (w/o)',
    'report ms',
    'errors',
  ];
  const lines = rows.map((r) => [
    r.browser,
    r.page,
    String(r.mentions),
    fixed(r.scriptMs),
    `${fixed(r.busyMs)} (${fixed(r.baselineBusyMs)})`,
    `${fixed(r.longestMs)} (${fixed(r.baselineLongestMs)})`,
    fixed(r.reportedAfterMs),
    String(r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
  const format = (cells) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const line of lines) console.log(format(line));
  for (const browser of [...new Set(rows.map((r) => r.browser))]) {
    const mine = rows.filter((r) => r.browser === browser);
    /** @param {string} key */
    const sum = (key) => {
      let total = 0;
      for (const r of mine) total += Math.max(0, Number(r[key] ?? 0));
      return total;
    };
    const longest = Math.max(...mine.map((r) => r.longestMs));
    console.log(
      `${browser}: ${mine.length} pages, ${sum('mentions')} mentions, script ${mine.some((r) => r.scriptMs !== null) ? fixed(sum('scriptMs')) : '–'} ms, busy ${fixed(sum('busyMs'))} ms (without Backstory ${fixed(sum('baselineBusyMs'))} ms), longest ${fixed(longest)} ms, ${sum('errors')} errors`,
    );
  }
}

let code = await run(process.execPath, ['build.mjs']);
if (code === 0) {
  code = await run(
    path.join(root, 'node_modules', '.bin', 'vitest'),
    ['run', '--config', 'tests/e2e/vitest.config.ts', 'tests/e2e/real-pages.e2e.test.ts'],
    { ...process.env, BACKSTORY_REAL_REPORT: reportFile },
  );
}
if (isReport && fs.existsSync(reportFile)) {
  const rows = fs
    .readFileSync(reportFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
  printTable(rows);
}
fs.rmSync(path.dirname(reportFile), { recursive: true, force: true });
process.exitCode = code;
