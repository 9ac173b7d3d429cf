// @vitest-environment jsdom
/**
 * The mutation watcher throttles a busy block by the time its reads take:
 * cheap reads come every frame, costly ones wait in proportion.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { watchMutations } from '../../../src/content/scan/mutation-watcher';
import type { PageChanges } from '../../../src/content/scan/page-changes';
import { ManualTiming } from './controller-rig';
import { fill } from './rig';

let lifetime: AbortController;

beforeEach(() => {
  fill('<main><p id="ticker">Tick 0</p><p id="quiet">Quiet</p></main>');
  lifetime = new AbortController();
});
afterEach(() => {
  lifetime.abort();
});

/** Watches the page; each block handed over moves the clock on by `costMs` (the read it started). */
function watch(costMs: number, share = 0.1): { timing: ManualTiming; batches: PageChanges[] } {
  const timing = new ManualTiming();
  const batches: PageChanges[] = [];
  watchMutations(
    document,
    (changes) => {
      batches.push(changes);
      timing.time += costMs * changes.scopes.size;
    },
    timing,
    lifetime.signal,
    { share },
  );
  return { timing, batches };
}

const ticker = (): HTMLElement => document.getElementById('ticker') as HTMLElement;

/** Rewrites the ticker every 5 ms, three times a frame, for `frames` frames of 16 ms; returns how often it was handed over. */
async function tick(timing: ManualTiming, batches: PageChanges[], frames: number): Promise<number> {
  for (let frame = 0; frame < frames; frame++) {
    for (let at = 0; at < 3; at++) ticker().textContent = `Tick ${frame}.${at}`;
    // MutationObserver callbacks are microtasks.
    await Promise.resolve();
    timing.advance(16);
  }
  return readsOf(batches);
}

/** How many batches asked for the ticker to be read. */
function readsOf(batches: readonly PageChanges[]): number {
  return batches.filter((changes) => changes.scopes.has(ticker())).length;
}

describe('throttling by the time spent', () => {
  test('a cheap block rewritten every 5 ms is handed over in every frame', async () => {
    const { timing, batches } = watch(0.2);
    // Reads of 0.2 ms wait 2 ms: the ticker is handed over in each of 125 frames.
    expect(await tick(timing, batches, 125)).toBe(125);
    expect(batches.every((changes) => changes.scopes.size <= 1)).toBe(true);
  });

  test('a costly block waits in proportion to the time its reads take', async () => {
    const { timing, batches } = watch(4);
    const reads = await tick(timing, batches, 125);
    // 4 ms a read at a tenth of the time: one read per 40 ms, that is per third frame (48 ms).
    expect(reads).toBeLessThanOrEqual(Math.ceil(timing.now() / 40));
    expect(reads).toBeGreaterThanOrEqual(Math.floor(125 / 3));
  });

  test('a waiting block is handed over once it is ready, even when the page has gone quiet', async () => {
    const { timing, batches } = watch(4);
    ticker().textContent = 'Tick 1';
    await Promise.resolve();
    timing.advance(16);
    ticker().textContent = 'Tick 2';
    await Promise.resolve();
    timing.advance(16);
    expect(readsOf(batches)).toBe(1);
    // Ready 40 ms after the first read began (at 16 ms); the timer asks for a frame then.
    timing.advance(20);
    expect(readsOf(batches)).toBe(2);
  });

  test('a busy block does not hold back another block', async () => {
    const { timing, batches } = watch(4);
    ticker().textContent = 'Tick 1';
    await Promise.resolve();
    timing.advance(16);
    ticker().textContent = 'Tick 2';
    const quiet = document.getElementById('quiet') as HTMLElement;
    quiet.textContent = 'Now loud';
    await Promise.resolve();
    timing.advance(16);
    expect(batches.map((changes) => [...changes.scopes])).toEqual([[ticker()], [quiet]]);
  });
});
