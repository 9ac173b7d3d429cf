// `npm run test:real`: builds the extension and runs only the real-page
// suite; other arguments go to vitest (`-- -t chromium`). With `--report`
// the suite also waits on each page for the article's names and traces
// Chromium's main thread (what it asserts is the same), then this prints per
// page and browser Backstory's longest task, the article's text, its costs in
// the page and the background and the time to its names painted, with a
// summary, and writes it all to .cache/real-report.json (ignored; dist/ is
// rebuilt each run). Times are reported, never asserted.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summaries, summaryLines, tableLines } from './report-table.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const isReport = process.argv.includes('--report');
const passed = process.argv.slice(2).filter((arg) => arg !== '--report');
const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-real-')), 'rows.jsonl');
const jsonFile = path.join(root, '.cache', 'real-report.json');

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

let code = await run(process.execPath, ['build.mjs']);
if (code === 0) {
  code = await run(
    path.join(root, 'node_modules', '.bin', 'vitest'),
    ['run', '--config', 'tests/e2e/vitest.config.ts', 'tests/e2e/real-pages.e2e.test.ts', ...passed],
    isReport ? { ...process.env, BACKSTORY_REAL_REPORT: reportFile } : process.env,
  );
}
if (isReport && fs.existsSync(reportFile)) {
  const rows = fs
    .readFileSync(reportFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
  const summary = summaries(rows);
  fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
  fs.writeFileSync(jsonFile, `${JSON.stringify({ at: new Date().toISOString(), summary, rows }, null, 2)}\n`);
  console.log(`\n${tableLines(rows).join('\n')}\n`);
  for (const s of summary) console.log(summaryLines(s).join('\n'));
  console.log(`\nwritten ${path.relative(root, jsonFile)}`);
}
fs.rmSync(path.dirname(reportFile), { recursive: true, force: true });
process.exitCode = code;
