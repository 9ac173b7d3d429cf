/**
 * What the suite reads inside a page, as source text: vitest's transform
 * would wrap named functions in a helper the page does not have, so these run
 * exactly as written. They read only; the watch is a property of the page's
 * own window, not its DOM.
 */

/** A painted range as the page sees it: its highlight, its text and a character either side. */
export interface PaintedRange {
  highlight: string;
  text: string;
  before: string;
  after: string;
}

/** The main thread as a zero-delay timer saw it: its longest gap and busy time past the timer's own. */
export interface ThreadWatch {
  longestGapMs: number;
  busyMs: number;
  /** Gaps of 30 ms or more: when each ended (ms since the navigation started) and how long it was. */
  longGaps: { at: number; ms: number }[];
}

/**
 * Installed before the page loads: from DOMContentLoaded (the content script
 * runs after it) a zero-delay timer chain notes how late each tick came. A
 * tick late by more than the 4 ms nested-timer clamp means a task held the
 * main thread that long. Stopped and read by `READ_WATCH`.
 */
export const START_WATCH = `(() => {
  const state = { longestGapMs: 0, busyMs: 0, longGaps: [], isRunning: true };
  Object.defineProperty(window, '__backstoryTestWatch', { value: state });
  let last = 0;
  const tick = () => {
    const now = performance.now();
    const gap = now - last;
    if (gap > state.longestGapMs) state.longestGapMs = gap;
    if (gap > 5) state.busyMs += gap - 4;
    if (gap >= 30 && state.longGaps.length < 50) state.longGaps.push({ at: Math.round(now), ms: Math.round(gap) });
    last = now;
    if (state.isRunning) setTimeout(tick, 0);
  };
  document.addEventListener('DOMContentLoaded', () => {
    last = performance.now();
    setTimeout(tick, 0);
  }, { once: true });
})()`;

/** Stops the watch and returns what it saw. */
export const READ_WATCH = `(() => {
  const state = window.__backstoryTestWatch;
  if (state === undefined) return { longestGapMs: -1, busyMs: -1, longGaps: [] };
  state.isRunning = false;
  return { longestGapMs: state.longestGapMs, busyMs: state.busyMs, longGaps: state.longGaps };
})()`;

/**
 * Installed before the page loads: keeps the page's highlight registry where
 * `READ_PAINTED` finds it even after a page script replaced `CSS`.
 */
export const SAVE_REGISTRY = `Object.defineProperty(window, '__backstoryTestRegistry', { value: CSS.highlights })`;

/** Every range in every highlight of the page's registry; no Range method for a range within one text node. */
export const READ_PAINTED = `(() => {
  const out = [];
  for (const [name, highlight] of window.__backstoryTestRegistry ?? CSS.highlights) {
    for (const painted of highlight) {
      const start = painted.startContainer;
      const end = painted.endContainer;
      let text;
      if (start === end && start.nodeType === 3) {
        text = start.data.slice(painted.startOffset, painted.endOffset);
      } else {
        const range = document.createRange();
        range.setStart(start, painted.startOffset);
        range.setEnd(end, painted.endOffset);
        text = range.toString();
      }
      out.push({
        highlight: name,
        text,
        before: start.nodeType === 3 ? start.data.slice(0, painted.startOffset).slice(-1) : '',
        after: end.nodeType === 3 ? end.data.slice(painted.endOffset, painted.endOffset + 1) : '',
      });
    }
  }
  return out;
})()`;

/** The tooltip's host, as tooltip-helpers.ts finds it. */
const HOST = ':root > [data-backstory="off"]';

/**
 * The document as markup, without the tooltip's host: the doctype, the root's
 * attributes and every child of the root but the host.
 */
export const SERIALISE_DOCUMENT = `(() => {
  const root = document.documentElement;
  const host = document.querySelector(${JSON.stringify(HOST)});
  const attributes = [...root.attributes].map((a) => a.name + '=' + JSON.stringify(a.value)).join(' ');
  const parts = ['<' + root.localName + ' ' + attributes + '>'];
  for (const node of root.childNodes) {
    if (node === host) continue;
    if (node.nodeType === 1) parts.push(node.outerHTML);
    else if (node.nodeType === 3) parts.push(node.data);
    else if (node.nodeType === 8) parts.push('<!--' + node.data + '-->');
  }
  return { markup: parts.join(''), hasHost: host !== null };
})()`;

/**
 * For the report only, installed before the page loads: a watch whose ticks
 * wait 4 ms and then queue as 'user-blocking' tasks (scheduler.postTask),
 * which run ahead of Backstory's slices (scheduler.yield continuations of
 * 'user-visible' work). So a tick comes late only by the one task (and the
 * rendering) running when it was due, not by several slices in a row: its
 * longest lateness is the longest task. Read by `READ_TASK_WATCH`; -1 where
 * the browser has no scheduler.
 */
export const START_TASK_WATCH = `(() => {
  const state = { longestMs: -1, isRunning: true };
  Object.defineProperty(window, '__backstoryTestTaskWatch', { value: state });
  const scheduler = window.scheduler;
  if (scheduler === undefined || typeof scheduler.postTask !== 'function') return;
  state.longestMs = 0;
  const tick = (due) => {
    const late = performance.now() - due;
    if (late > state.longestMs) state.longestMs = late;
    if (state.isRunning) post();
  };
  const post = () => {
    const due = performance.now() + 4;
    scheduler.postTask(() => tick(due), { priority: 'user-blocking', delay: 4 }).catch(() => undefined);
  };
  document.addEventListener('DOMContentLoaded', post, { once: true });
})()`;

/** Stops the task watch and returns its longest lateness in ms (-1: none ran). */
export const READ_TASK_WATCH = `(() => {
  const state = window.__backstoryTestTaskWatch;
  if (state === undefined) return -1;
  state.isRunning = false;
  return state.longestMs;
})()`;
