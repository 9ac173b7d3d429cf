/**
 * The real-page suite's report: with `npm run test:real -- --report`, each
 * page test appends a row to the file named by $BACKSTORY_REAL_REPORT, and
 * tests/e2e/real/run.mjs prints them as a table and writes them as JSON.
 */
import fs from 'node:fs';
import type { ArticleVisit } from './article-watch';
import type { BackstoryTasks } from './trace';

/** The environment variable naming the report file. */
export const REPORT_ENV = 'BACKSTORY_REAL_REPORT';

/** What one page did in one browser. */
export interface ReportRow {
  browser: string;
  page: string;
  /** Painted ranges when the page was read. */
  mentions: number;
  /** Chromium: script time of the page's renderer while the content script ran (page scripts are off); else null. */
  scriptMs: number | null;
  /** Main-thread time the zero-delay watch saw taken, with Backstory and without it. */
  busyMs: number;
  baselineBusyMs: number;
  /** The longest the main thread was held, with Backstory and without it. */
  longestMs: number;
  baselineLongestMs: number;
  /** With `--report`: the longest task as the 'user-blocking' watch saw it (probes.ts), with and without Backstory. */
  longestTaskMs?: number;
  baselineLongestTaskMs?: number;
  /** The watch's gaps of 30 ms or more, with Backstory and without it (`at`: ms since navigation). */
  longGaps?: { at: number; ms: number }[];
  baselineLongGaps?: { at: number; ms: number }[];
  /** Time from navigation to Backstory's first report. */
  reportedAfterMs: number;
  errors: number;
  /** The article's names (with `--report` only). */
  article: ArticleVisit | null;
  /** Chromium's traced tasks of Backstory (with `--report` only). */
  tasks: BackstoryTasks | null;
}

/** Whether this run makes the report (`npm run test:real -- --report`): it then also waits for the article's names and traces. */
export function isReporting(): boolean {
  return (process.env[REPORT_ENV] ?? '') !== '';
}

/** Appends `row` to the report file, when one is asked for. */
export function recordRow(row: ReportRow): void {
  const file = process.env[REPORT_ENV];
  if (file === undefined || file === '') return;
  fs.appendFileSync(file, `${JSON.stringify(row)}\n`);
}
