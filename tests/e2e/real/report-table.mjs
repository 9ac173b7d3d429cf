// The real-page report's table and summary (rows from tests/e2e/real/report.ts).
// Backstory's longest task: in Chromium from the trace (tasks that run its
// script, or render what it changed: tests/e2e/real/trace.ts), in thread
// time, with the wall time beside it; in Firefox,
// which has no such trace, compared with the run without Backstory: the
// longest task the 'user-blocking' watch saw (tests/e2e/real/probes.ts),
// counted as Backstory's when over the longest without it by more than 10 ms.
// The zero-delay timer watch ('held') is beside it: an upper bound, as
// Backstory's slices yield with scheduler.yield, whose continuations run ahead
// of the page's timers, so several slices in a row count as one wait.

/** @typedef {import('./report').ReportRow} ReportRow */

const fixed = (value) => (value === null || value === undefined || value < 0 ? '–' : value.toFixed(0));
const oneDecimal = (value) => (value === null || value === undefined ? '–' : value.toFixed(1));

/** @param {number[]} values */
export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Backstory's longest task on the page and how it was found.
 * @param {ReportRow} r
 * @returns {{ ms: number | null, wallMs: number | null, what: string, how: 'trace' | 'compared', isOver50: boolean }}
 */
export function backstoryLongest(r) {
  if (r.tasks) {
    const ms = Math.max(r.tasks.scriptMs, r.tasks.renderMs);
    const wallMs = Math.max(r.tasks.scriptWallMs, r.tasks.renderWallMs);
    return { ms, wallMs, what: r.tasks.what, how: 'trace', isOver50: r.tasks.over50 > 0 };
  }
  // The 'user-blocking' task watch where the browser has a scheduler; else the timer watch.
  const hasTaskWatch = (r.longestTaskMs ?? -1) >= 0 && (r.baselineLongestTaskMs ?? -1) >= 0;
  const withMs = hasTaskWatch ? Number(r.longestTaskMs) : r.longestMs;
  const withoutMs = hasTaskWatch ? Number(r.baselineLongestTaskMs) : r.baselineLongestMs;
  const isAbove = withMs > withoutMs + 10;
  const ms = isAbove ? withMs : null;
  return { ms, wallMs: ms, what: '', how: 'compared', isOver50: isAbove && withMs >= 50 };
}

/** @param {ReportRow} r */
const per10k = (ms, r) =>
  ms === null || !r.article || r.article.chars === 0 ? null : (ms * 10_000) / r.article.chars;

/** @param {ReportRow} r */
function articleCell(r) {
  if (!r.article) return '–';
  if (r.article.state === 'not-article') return 'no article';
  if (r.article.state === 'drawn') return `${r.article.names} names`;
  return r.article.state;
}

/** The rows as table lines. @param {ReportRow[]} rows */
export function tableLines(rows) {
  const header = [
    'browser',
    'page',
    'mentions',
    'Backstory longest ms (wall)',
    'held ms with (w/o)',
    'task ms with (w/o)',
    'article',
    'chars',
    'read ms',
    'extract ms',
    'extract/10k',
    'painted after ms',
    'errors',
  ];
  const lines = rows.map((r) => {
    const longest = backstoryLongest(r);
    return [
      r.browser,
      r.page,
      String(r.mentions),
      longest.how === 'trace'
        ? `${oneDecimal(longest.ms)} (${oneDecimal(longest.wallMs)})`
        : `${longest.ms === null ? '–' : oneDecimal(longest.ms)} compared`,
      `${fixed(r.longestMs)} (${fixed(r.baselineLongestMs)})`,
      `${fixed(r.longestTaskMs ?? null)} (${fixed(r.baselineLongestTaskMs ?? null)})`,
      articleCell(r),
      r.article && r.article.chars > 0 ? String(r.article.chars) : '–',
      oneDecimal(r.article?.readMs ?? null),
      oneDecimal(r.article?.extractMs ?? null),
      oneDecimal(per10k(r.article?.extractMs ?? null, r)),
      fixed(r.article?.paintedAfterMs ?? null),
      String(r.errors),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
  const format = (cells) =>
    cells.map((cell, i) => (i < 2 || i === 6 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)];
}

/** Per browser: medians, worst and counts. @param {ReportRow[]} rows */
export function summaries(rows) {
  return [...new Set(rows.map((r) => r.browser))].map((browser) => {
    const mine = rows.filter((r) => r.browser === browser);
    const articles = mine.filter((r) => r.article?.state === 'drawn');
    const longest = mine.map((r) => ({ page: r.page, ...backstoryLongest(r) }));
    const timed = longest.filter((l) => l.ms !== null);
    const worst = [...timed].sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0))[0];
    const values = (pick) => articles.map(pick).filter((v) => v !== null && v !== undefined);
    const stat = (list) => ({ median: median(list), worst: list.length ? Math.max(...list) : null });
    return {
      browser,
      how: longest[0]?.how ?? 'trace',
      pages: mine.length,
      articles: articles.length,
      notArticles: mine.filter((r) => r.article?.state === 'not-article').length,
      longestMs: {
        median: median(timed.map((l) => l.ms)),
        worst: worst ? worst.ms : null,
        worstWall: worst ? worst.wallMs : null,
        worstPage: worst ? worst.page : null,
        worstWhat: worst ? worst.what : '',
      },
      longestWallMs: {
        median: median(timed.map((l) => l.wallMs)),
        worst: Math.max(0, ...timed.map((l) => l.wallMs)),
      },
      pagesWithTaskOver50: longest.filter((l) => l.isOver50).map((l) => l.page),
      paintedAfterMs: stat(values((r) => r.article.paintedAfterMs)),
      chars: stat(values((r) => r.article.chars)),
      readMs: stat(mine.map((r) => r.article?.readMs).filter((v) => v !== null && v !== undefined)),
      readMsPer10k: stat(values((r) => per10k(r.article.readMs, r))),
      extractMs: stat(values((r) => r.article.extractMs)),
      extractMsPer10k: stat(values((r) => per10k(r.article.extractMs, r))),
      errors: mine.reduce((sum, r) => sum + r.errors, 0),
    };
  });
}

/** One browser's summary as lines. */
export function summaryLines(s) {
  const pair = (x, unit = ' ms') =>
    `median ${oneDecimal(x.median)}${unit}, worst ${oneDecimal(x.worst)}${unit}`;
  return [
    `${s.browser}: ${s.pages} pages, ${s.articles} read as articles with names drawn, ${s.notArticles} not articles, ${s.errors} errors`,
    s.how === 'trace'
      ? `  Backstory's longest task (traced: its script and the rendering it caused; thread time): median ${oneDecimal(s.longestMs.median)} ms, worst ${oneDecimal(s.longestMs.worst)} ms (${s.longestMs.worstPage ?? '–'}: ${s.longestMs.worstWhat}); wall time median ${oneDecimal(s.longestWallMs.median)} ms, worst ${oneDecimal(s.longestWallMs.worst)} ms`
      : `  Backstory's longest task (the task watch's, compared with the run without it; wall time): median ${oneDecimal(s.longestMs.median)} ms, worst ${oneDecimal(s.longestMs.worst)} ms (${s.longestMs.worstPage ?? '–'})`,
    `  pages with a Backstory task of 50 ms or more${s.how === 'trace' ? ' (thread time)' : ''}: ${s.pagesWithTaskOver50.length}${s.pagesWithTaskOver50.length ? ` (${s.pagesWithTaskOver50.join(', ')})` : ''}`,
    `  load to the article's names painted: ${pair(s.paintedAfterMs)}`,
    `  article text: ${pair(s.chars, ' chars')}; read in the page ${pair(s.readMsPer10k, ' ms/10k chars')}; the check and read on every page ${pair(s.readMs)}`,
    `  extraction in the background: ${pair(s.extractMs)} (${pair(s.extractMsPer10k, ' ms/10k chars')}; the engine's budget: 10 ms/10k)`,
  ];
}
