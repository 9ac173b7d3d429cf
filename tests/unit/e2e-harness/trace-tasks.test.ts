import { describe, expect, test } from 'vitest';
import { backstoryTasks, type TraceEvent } from '../../e2e/real/trace';

const BASE = 'chrome-extension://abc/';
const URL = 'http://127.0.0.1:1/real/page/';
const at = (name: string, ts: number, dur?: number, data?: TraceEvent['args']): TraceEvent => ({
  name,
  ph: dur === undefined ? 'I' : 'X',
  pid: 1,
  tid: 2,
  ts,
  ...(dur === undefined ? {} : { dur }),
  ...(data === undefined ? {} : { args: data }),
});
const ours = { data: { url: `${BASE}content.js` } };
const ourStack = { data: { stackTrace: [{ url: `${BASE}content.js` }] } };

/** A page's main thread: parsing and its own 80 ms layout, then Backstory's work. */
function trace(extra: TraceEvent[]): TraceEvent[] {
  return [
    at('RunTask', 0, 10_000),
    at('ParseHTML', 1000, 5000, { beginData: { url: URL } }),
    at('RunTask', 20_000, 80_000),
    at('Layout', 21_000, 70_000),
    ...extra,
    // Another thread's long task is not the page's.
    { ...at('RunTask', 0, 900_000), tid: 9 },
  ];
}

describe("the report's trace of Backstory's tasks", () => {
  test('thread time counts, not the time the machine gave to others', () => {
    const task = { ...at('RunTask', 200_000, 90_000), tdur: 20_000 };
    const tasks = backstoryTasks(trace([task, at('FunctionCall', 200_100, 89_000, ours)]), URL, BASE);
    expect(tasks).toMatchObject({ scriptMs: 20, scriptWallMs: 90, over50: 0 });
  });

  test('the page’s own layout is not Backstory’s; a task running its script is', () => {
    const tasks = backstoryTasks(
      trace([at('RunTask', 200_000, 30_000), at('FunctionCall', 200_100, 29_000, ours)]),
      URL,
      BASE,
    );
    expect(tasks).toMatchObject({ scriptMs: 30, renderMs: 0, over50: 0 });
    expect(tasks.what).toBe('FunctionCall content.js 29.0');
  });

  test('microtasks are Backstory’s (no page script runs), and a rendering update after its invalidation is caused by it', () => {
    const tasks = backstoryTasks(
      trace([
        at('RunTask', 200_000, 20_000),
        at('RunMicrotasks', 200_100, 19_000),
        at('ScheduleStyleRecalculation', 210_000, undefined, ourStack),
        at('RunTask', 230_000, 60_000),
        at('UpdateLayoutTree', 231_000, 55_000),
        // Answered: the next rendering update is the page's again.
        at('RunTask', 400_000, 70_000),
        at('Layout', 401_000, 60_000),
      ]),
      URL,
      BASE,
    );
    expect(tasks).toMatchObject({ scriptMs: 20, renderMs: 60, over50: 1 });
    expect(tasks.what).toBe('UpdateLayoutTree 55.0');
  });

  test('a page that was never parsed in the trace gives nothing', () => {
    expect(backstoryTasks(trace([]), 'http://elsewhere/', BASE)).toMatchObject({
      scriptMs: 0,
      renderMs: 0,
      what: '',
    });
  });
});
