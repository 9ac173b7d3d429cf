/**
 * Watches the page (and the open shadow roots Backstory read) for added,
 * removed and changed text, and hands the changes over at most once a frame.
 * A block that keeps changing (a ticker rewritten every few milliseconds) is
 * throttled by the time its reads take, not by how often it changes: a cheap
 * block is read again in every frame, so its names stay painted, and one
 * whose reads are costly waits in proportion, so such a page costs bounded CPU.
 */
import { addRecords, noChanges, type PageChanges } from './page-changes';

/** Timing the watcher needs; tests pass fakes. */
export interface WatchTiming {
  /** Runs `callback` soon: at the next frame, or by a timer when frames stop (hidden tab). */
  nextFrame(callback: () => void): () => void;
  now(): number;
  setTimer(callback: () => void, ms: number): () => void;
}

/** How much of the main thread reading one busy block may take. */
export interface Throttle {
  /**
   * The share of the time (0 to 1) a block's reads may take: after a
   * handover that took `t` ms, each block in it waits until `t / share` ms
   * after the handover began before it is read again.
   */
  share: number;
}

/**
 * A tenth: a paragraph whose read takes under 1.6 ms waits less than a
 * frame, and a block that takes 5 ms waits 50 ms.
 */
const DEFAULT_THROTTLE: Throttle = { share: 0.1 };

/** The running watcher. */
export interface MutationWatcher {
  /** Also watches an open shadow root. */
  observe(root: ShadowRoot): void;
  /** Stops watching and drops pending changes. */
  disconnect(): void;
}

/** Frame timing from the page: `requestAnimationFrame`, with a timer beside it for hidden tabs. */
export function pageTiming(view: Window): WatchTiming {
  return {
    nextFrame(callback) {
      let isDone = false;
      const run = (): void => {
        if (isDone) return;
        isDone = true;
        view.cancelAnimationFrame(frame);
        view.clearTimeout(timer);
        callback();
      };
      const frame = view.requestAnimationFrame(run);
      // rAF does not fire in hidden tabs; findings still reach the popup.
      const timer = view.setTimeout(run, 250);
      return () => {
        isDone = true;
        view.cancelAnimationFrame(frame);
        view.clearTimeout(timer);
      };
    },
    now: () => view.performance.now(),
    setTimer(callback, ms) {
      const timer = view.setTimeout(callback, ms);
      return () => {
        view.clearTimeout(timer);
      };
    },
  };
}

const OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/** Starts watching `doc`; `onChanges` gets each batch. Stops when `signal` aborts. */
export function watchMutations(
  doc: Document,
  onChanges: (changes: PageChanges) => void,
  timing: WatchTiming,
  signal: AbortSignal,
  throttle: Throttle = DEFAULT_THROTTLE,
): MutationWatcher {
  let pending = noChanges();
  let cancelFrame: (() => void) | null = null;
  let cancelTimer: (() => void) | null = null;
  // When each block read lately may be read again.
  const readyAt = new WeakMap<Node, number>();
  // Blocks that changed before they were ready; their mentions stay as they are meanwhile.
  const waiting = new Set<Node>();

  const flush = (): void => {
    cancelFrame = null;
    const changes = pending;
    pending = noChanges();
    const start = timing.now();
    admit(changes, start);
    if (changes.isFull || changes.removed.size > 0 || changes.scopes.size > 0) {
      onChanges(changes);
      // The handover runs the rescan up to its first yield: what this frame spent on these blocks.
      const ready = start + (timing.now() - start) / throttle.share;
      for (const scope of changes.scopes) readyAt.set(scope, ready);
    }
    wakeLater(start);
  };

  // Holds back the blocks not ready yet; the ones waiting that are now ready join the batch.
  const admit = (changes: PageChanges, now: number): void => {
    for (const scope of waiting) {
      if ((readyAt.get(scope) ?? 0) > now) continue;
      waiting.delete(scope);
      changes.scopes.add(scope);
    }
    for (const scope of changes.scopes) {
      if ((readyAt.get(scope) ?? 0) <= now) continue;
      changes.scopes.delete(scope);
      waiting.add(scope);
    }
  };

  // Asks for a frame when the first waiting block is ready.
  const wakeLater = (now: number): void => {
    cancelTimer?.();
    cancelTimer = null;
    if (waiting.size === 0) return;
    let first = Infinity;
    for (const scope of waiting) first = Math.min(first, readyAt.get(scope) ?? 0);
    cancelTimer = timing.setTimer(
      () => {
        cancelTimer = null;
        schedule();
      },
      Math.max(0, first - now),
    );
  };

  const schedule = (): void => {
    cancelFrame ??= timing.nextFrame(flush);
  };

  const observer = new MutationObserver((records) => {
    addRecords(pending, records);
    schedule();
  });
  observer.observe(doc, OPTIONS);

  const disconnect = (): void => {
    observer.disconnect();
    cancelFrame?.();
    cancelTimer?.();
    cancelFrame = null;
    cancelTimer = null;
    pending = noChanges();
    waiting.clear();
  };
  signal.addEventListener('abort', disconnect, { once: true });
  return {
    observe: (root) => {
      observer.observe(root, OPTIONS);
    },
    disconnect,
  };
}
