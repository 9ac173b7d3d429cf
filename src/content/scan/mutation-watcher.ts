/**
 * Watches the page (and the open shadow roots Backstory read) for added,
 * removed and changed text, and hands the changes over at most once a frame.
 * A block that keeps changing (a clock ticking every few milliseconds) is
 * read again at most a few times a second, so such a page costs bounded CPU.
 */
import { addRecords, noChanges, type PageChanges } from './page-changes';

/** Timing the watcher needs; tests pass fakes. */
export interface WatchTiming {
  /** Runs `callback` soon: at the next frame, or by a timer when frames stop (hidden tab). */
  nextFrame(callback: () => void): () => void;
  now(): number;
  setTimer(callback: () => void, ms: number): () => void;
}

/** How often one block may be read again before it waits. */
export interface Throttle {
  /** Reads allowed within `windowMs` before the block cools down. */
  burst: number;
  windowMs: number;
  /** How long a busy block waits between reads. */
  cooldownMs: number;
}

const DEFAULT_THROTTLE: Throttle = { burst: 4, windowMs: 1000, cooldownMs: 1000 };

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
  const reads = new WeakMap<Node, number[]>();
  const cooling = new Map<Node, number>();

  const flush = (): void => {
    cancelFrame = null;
    const changes = pending;
    pending = noChanges();
    admit(changes);
    if (changes.isFull || changes.removed.size > 0 || changes.scopes.size > 0) onChanges(changes);
  };

  // Holds back blocks read too often lately; they come back when they have cooled down.
  const admit = (changes: PageChanges): void => {
    const now = timing.now();
    for (const scope of changes.scopes) {
      const until = cooling.get(scope);
      if (until !== undefined && until > now) {
        changes.scopes.delete(scope);
        continue;
      }
      cooling.delete(scope);
      const times = (reads.get(scope) ?? []).filter((t) => now - t < throttle.windowMs);
      times.push(now);
      reads.set(scope, times);
      if (times.length > throttle.burst) {
        changes.scopes.delete(scope);
        cooling.set(scope, now + throttle.cooldownMs);
      }
    }
    if (cooling.size > 0 && cancelTimer === null) {
      const wait = Math.max(0, Math.min(...cooling.values()) - now);
      cancelTimer = timing.setTimer(() => {
        cancelTimer = null;
        const due = timing.now();
        for (const [scope, until] of cooling) {
          if (until <= due) {
            cooling.delete(scope);
            reads.delete(scope);
            pending.scopes.add(scope);
          }
        }
        schedule();
      }, wait);
    }
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
    cooling.clear();
  };
  signal.addEventListener('abort', disconnect, { once: true });
  return {
    observe: (root) => {
      observer.observe(root, OPTIONS);
    },
    disconnect,
  };
}
