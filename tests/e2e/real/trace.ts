/**
 * Chromium's trace of one page visit, and the main-thread tasks in it that
 * Backstory caused (the report's `--report` columns; nothing is asserted on
 * them). A task is Backstory's when it runs the extension's script (a call or
 * a stack from its chrome-extension:// URL, or microtasks: the suite's CSP
 * runs no page script, so Backstory's promises are the only ones there), with
 * any style and layout it forces; or when it is a rendering update (style,
 * layout, paint) after Backstory's script invalidated style or layout, with
 * nothing of the page's own since. Firefox has no such trace: its column is
 * the comparison with the run without Backstory.
 */
import type { Page } from 'puppeteer-core';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  // Stacks of invalidations and calls: which script asked for a style recalculation.
  'disabled-by-default-devtools.timeline.stack',
];

/** One event of Chrome's trace format, the fields read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: what the task took of the CPU, not counting the time the machine gave to others. */
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; stackTrace?: { url?: string }[] };
    beginData?: { url?: string };
  };
}

/**
 * Backstory's tasks on the page's main thread, in milliseconds of thread
 * time (on a shared machine a task's wall time also counts the time other
 * processes had the core; the wall time is beside it).
 */
export interface BackstoryTasks {
  /** The longest task running Backstory's script (forced style and layout included). */
  scriptMs: number;
  /** The longest rendering update Backstory's changes called for. */
  renderMs: number;
  /** The same two in wall time. */
  scriptWallMs: number;
  renderWallMs: number;
  /** How many of either took 50 ms or more of thread time. */
  over50: number;
  /** What the longest of them did: its largest parts. */
  what: string;
}

const NONE: BackstoryTasks = {
  scriptMs: 0,
  renderMs: 0,
  scriptWallMs: 0,
  renderWallMs: 0,
  over50: 0,
  what: '',
};

const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'TimerFire', 'FireIdleCallback']);
const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);
const INVALIDATION = new Set([
  'ScheduleStyleRecalculation',
  'InvalidateLayout',
  'ScheduleStyleInvalidationTracking',
]);

function isFrom(event: TraceEvent, base: string): boolean {
  const data = event.args?.data;
  if (data?.url?.startsWith(base) === true) return true;
  return data?.stackTrace?.some((frame) => frame.url?.startsWith(base) === true) ?? false;
}

/** The largest parts of a task, by wall time, e.g. "FunctionCall content.js 40.1, Layout 12.0". */
function partsOf(children: readonly TraceEvent[], base: string): string {
  return children
    .filter((e) => e.ph === 'X' && (e.dur ?? 0) >= 2000 && !e.name.startsWith('V8.'))
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 4)
    .map((e) => {
      const url = e.args?.data?.url ?? '';
      const where = url.startsWith(base) ? ` ${url.slice(base.length)}` : '';
      return `${e.name}${where} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
    })
    .join(', ');
}

/** Finds Backstory's tasks in `events`: the renderer main thread that parsed `url`, `base` the extension's URL. */
export function backstoryTasks(events: readonly TraceEvent[], url: string, base: string): BackstoryTasks {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const out: BackstoryTasks = { ...NONE };
  let longest = 0;
  if (parse === undefined) return out;
  const main = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let isInvalidatedByUs = false;
  for (let i = 0; i < main.length; i++) {
    const task = main[i] as TraceEvent;
    if (task.name !== 'RunTask' || task.ph !== 'X' || task.dur === undefined) continue;
    const end = task.ts + task.dur;
    // A rendering update answers the invalidations before it, not those it makes itself.
    const isAnswering = isInvalidatedByUs;
    let isOurs = false;
    let isRendering = false;
    let j = i + 1;
    for (; j < main.length && (main[j] as TraceEvent).ts <= end; j++) {
      const e = main[j] as TraceEvent;
      const isMicrotasks = e.name === 'RunMicrotasks' && (e.dur ?? 0) >= 1000;
      if (isMicrotasks || (SCRIPT.has(e.name) && isFrom(e, base))) isOurs = true;
      if (RENDER.has(e.name)) isRendering = true;
      // Invalidations without a stack are the renderer's or the parser's own.
      if (INVALIDATION.has(e.name) && (e.args?.data?.stackTrace?.length ?? 0) > 0) {
        isInvalidatedByUs = isFrom(e, base);
      }
    }
    const ms = (task.tdur ?? task.dur) / 1000;
    const wallMs = task.dur / 1000;
    const isCaused = !isOurs && isRendering && isAnswering;
    if (isOurs) {
      out.scriptMs = Math.max(out.scriptMs, ms);
      out.scriptWallMs = Math.max(out.scriptWallMs, wallMs);
    }
    if (isCaused) {
      out.renderMs = Math.max(out.renderMs, ms);
      out.renderWallMs = Math.max(out.renderWallMs, wallMs);
    }
    if (isRendering && !isOurs) isInvalidatedByUs = false;
    if ((isOurs || isCaused) && ms >= 50) out.over50 += 1;
    if ((isOurs || isCaused) && ms > longest) {
      longest = ms;
      out.what = partsOf(main.slice(i + 1, j), base);
    }
    i = j - 1;
  }
  return out;
}

/** Starts tracing `page`; the returned function stops it and reads Backstory's tasks for `url`. */
export async function traceVisit(
  page: Page,
  base: string,
): Promise<(url: string) => Promise<BackstoryTasks>> {
  await page.tracing.start({ categories: CATEGORIES });
  return async (url) => {
    const buffer = await page.tracing.stop();
    if (buffer === undefined) return { ...NONE };
    const { traceEvents } = JSON.parse(Buffer.from(buffer).toString('utf8')) as { traceEvents: TraceEvent[] };
    return backstoryTasks(traceEvents, url, base);
  };
}
