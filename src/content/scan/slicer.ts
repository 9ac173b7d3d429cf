/**
 * Cuts long work into slices: the caller asks `isDue()` between steps and
 * awaits `yield()` when it is, so the page stays responsive (no slice much
 * longer than the budget, well under the 50 ms of a long task).
 */

/** A budget for one slice of work and a way to give the main thread back. */
export interface Slicer {
  /**
   * Starts a slice: work that begins in a new task calls this first, or the
   * time since the last slice ended (seconds, perhaps) would count against
   * it and it would yield before doing anything.
   */
  begin(): void;
  /** Whether this slice has used its budget. */
  isDue(): boolean;
  /** Lets the page run, then starts a new slice. */
  yield(): Promise<void>;
}

interface SchedulerLike {
  yield(): Promise<void>;
}

/** The fastest way this browser has to yield: `scheduler.yield`, else a message-channel task (not throttled like timers). */
export function defaultYield(): () => Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerLike> }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') {
    const bound = scheduler.yield.bind(scheduler);
    return () => bound();
  }
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

/** A slicer with a budget of `budgetMs` per slice. */
export function createSlicer(
  budgetMs = 8,
  yieldNow: () => Promise<void> = defaultYield(),
  now: () => number = () => performance.now(),
): Slicer {
  let sliceStart = now();
  return {
    begin() {
      sliceStart = now();
    },
    isDue: () => now() - sliceStart >= budgetMs,
    async yield() {
      await yieldNow();
      sliceStart = now();
    },
  };
}
