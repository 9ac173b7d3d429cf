/**
 * The benchmark's page script: the content script's own scan-and-paint
 * pipeline (the same modules, bundled by run.mjs), the floor (a TreeWalker
 * that only reads every text node) and mark.js, each timed the same way:
 * the work, a forced layout, and the frame after it.
 */
import type { Dictionary } from '../../src/core/dictionary/types';
import type { PrebuiltMatcher } from '../../src/core/match';
import { Annotator } from '../../src/content/scan/annotator';
import { hasDefaultRule, highlightCss } from '../../src/content/paint/highlight-css';
import { MentionStore } from '../../src/content/mentions/mention-store';
import { cssHighlightRegistry, staticRangeOf } from '../../src/content/paint/highlight-api';
import { Painter } from '../../src/content/paint/painter';
import { createRecogniser } from '../../src/content/scan/recogniser';
import { createSlicer, defaultYield } from '../../src/content/scan/slicer';
import { createAdoptedSheet } from '../../src/content/paint/style-sheet';
import { intersectionWatch } from '../../src/content/paint/viewport-watch';

declare const BENCH_DICTIONARY: Dictionary;
declare const BENCH_PREBUILT: PrebuiltMatcher;

interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

/** One timed run: milliseconds in all, the rendering frame's share, mentions found, the longest slice. */
export interface Timing {
  ms: number;
  frameMs: number;
  mentions: number;
  longestSliceMs: number;
}

function frameCost(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      // Runs after the frame's style, layout and paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        resolve(performance.now() - start);
      };
      channel.port2.postMessage(null);
    });
  });
}

async function timed(
  work: () => Promise<number> | number,
  slices: () => number,
  reset: () => void = () => undefined,
): Promise<Timing> {
  reset();
  // Settle any pending frame first (and the reset's), so it is not billed to the work.
  await frameCost();
  const start = performance.now();
  const mentions = await work();
  // Reading a box forces the layout the work left pending.
  document.body.getBoundingClientRect();
  const workMs = performance.now() - start;
  // On a crowded page blocks are painted as the viewport watch reports them: count those frames and that work too.
  placementMs = 0;
  let frameMs = await frameCost();
  // At most a second of frames: a watch that never answers must not hang the benchmark.
  for (let frames = 0; painter.pendingPlacement() > 0 && frames < 60; frames++) frameMs += await frameCost();
  frameMs += placementMs;
  return { ms: workMs + frameMs, frameMs, mentions, longestSliceMs: slices() };
}

let longest = 0;
let placementMs = 0;
const yieldNow = defaultYield();
let sliceStart = 0;
const slicer = createSlicer(8, async () => {
  longest = Math.max(longest, performance.now() - sliceStart);
  await yieldNow();
  sliceStart = performance.now();
});
const store = new MentionStore();
const styles = createAdoptedSheet(document);
const types = new Set<string>();
const painter = new Painter(
  cssHighlightRegistry(),
  store,
  staticRangeOf,
  (type) => {
    if (hasDefaultRule(type) || types.has(type)) return;
    types.add(type);
    styles.update(highlightCss('underline', types));
  },
  (onChange) =>
    intersectionWatch()((element, isNear) => {
      // Time spent painting blocks as they come near is part of painting.
      const start = performance.now();
      onChange(element, isNear);
      placementMs += performance.now() - start;
    }),
);
styles.update(highlightCss('underline', types));
styles.adopt(document);
const annotator = new Annotator({
  doc: document,
  store,
  painter,
  slicer,
  recogniser: createRecogniser([BENCH_DICTIONARY], BENCH_PREBUILT),
  onShadowRoot: (root, hasMentions) => {
    if (hasMentions) styles.adopt(root);
  },
});

function floor(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    characters += (node as Text).data.length;
  // Read every character so the engine cannot skip the reads; report no mentions.
  return characters < 0 ? characters : 0;
}

function aliases(): string[] {
  return [
    ...new Set(BENCH_DICTIONARY.entities.flatMap((entity) => entity.aliases.map((alias) => alias.text))),
  ];
}

const bench = {
  /** The content script's scan and paint, sliced as in the extension. */
  backstory: () =>
    timed(
      async () => {
        longest = 0;
        sliceStart = performance.now();
        await annotator.scanAll(new AbortController().signal);
        longest = Math.max(longest, performance.now() - sliceStart);
        return store.all().length;
      },
      () => longest,
      () => {
        // The previous run's mentions go before the clock starts: a page is scanned with nothing painted.
        painter.clear();
        painter.unpaint(store.clear());
      },
    ),
  /** How many ranges the highlights hold now (those near the viewport). */
  paintedRanges: () => [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0),
  floor: () => timed(floor, () => 0),
  markjs: () =>
    timed(
      () =>
        new Promise<number>((resolve) => {
          const Mark = (window as unknown as { Mark: MarkConstructor }).Mark;
          let count = 0;
          new Mark(document.body).mark(aliases(), {
            accuracy: 'exactly',
            separateWordSearch: false,
            acrossElements: true,
            each: () => {
              count++;
            },
            done: () => {
              resolve(count);
            },
          });
        }),
      () => 0,
    ),
  /** The painted mentions' texts, for a sanity check. */
  sample: () =>
    store
      .all()
      .slice(0, 5)
      .map((m) => m.range.toString()),
};

(window as unknown as { backstoryBench: typeof bench }).backstoryBench = bench;
