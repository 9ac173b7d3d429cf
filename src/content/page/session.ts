/**
 * One period of annotating a page: the full scan, then the page's changes as
 * they come, one job at a time. Stopping it aborts the work in progress and
 * the mutation watcher; the painter is cleared by the caller.
 */
import type { Annotator } from '../scan/annotator';
import type { MentionStore } from '../mentions/mention-store';
import { watchMutations, type WatchTiming } from '../scan/mutation-watcher';
import { noChanges, pruneScopes, type PageChanges } from '../scan/page-changes';
import type { Painter } from '../paint/painter';

/** What a session works with. */
export interface SessionDeps {
  doc: Document;
  annotator: Annotator;
  store: MentionStore;
  painter: Painter;
  timing: WatchTiming;
  /** Called after each job (scan or rescan) with the work done. */
  onScanned: () => void;
  /** Called when a job fails; the session carries on with the next. */
  onError: (error: unknown) => void;
}

/** A running session. */
export interface Session {
  /** Reads the whole page again (dictionaries or page opt-out changed). */
  rescanAll(): void;
  /** Watches an open shadow root found during a scan. */
  observe(root: ShadowRoot): void;
  /** Resolves when no job is running or waiting (tests, benchmarks). */
  idle(): Promise<void>;
  stop(): void;
}

/** Starts a session: a full scan now, then the page's changes. */
export function startSession(deps: SessionDeps): Session {
  const controller = new AbortController();
  const { signal } = controller;
  let pending: PageChanges = { ...noChanges(), isFull: true };
  let running: Promise<void> | null = null;
  // A function, not `signal.aborted` inline: it changes while a job awaits.
  const isStopped = (): boolean => signal.aborted;

  const runOnce = async (changes: PageChanges): Promise<void> => {
    if (changes.isFull) {
      await deps.annotator.scanAll(signal);
      return;
    }
    if (changes.removed.size > 0) deps.painter.unpaint(deps.store.dropNodes(changes.removed));
    await deps.annotator.rescan(pruneScopes(changes.scopes), signal);
  };

  const drain = async (): Promise<void> => {
    while (!signal.aborted && hasWork(pending)) {
      const changes = pending;
      pending = noChanges();
      try {
        await runOnce(changes);
      } catch (error) {
        deps.onError(error);
      }
      if (!isStopped()) deps.onScanned();
    }
    running = null;
  };

  const kick = (): void => {
    running ??= drain();
  };

  const watcher = watchMutations(
    deps.doc,
    (changes) => {
      merge(pending, changes);
      kick();
    },
    deps.timing,
    signal,
  );
  // After returning: the scan reports shadow roots to watch, through the session the caller is about to hold.
  queueMicrotask(kick);
  return {
    rescanAll() {
      pending.isFull = true;
      kick();
    },
    observe: (root) => {
      watcher.observe(root);
    },
    idle: async () => {
      // A job may be waiting for its microtask to start.
      while (running !== null || (!isStopped() && hasWork(pending))) await (running ?? Promise.resolve());
    },
    stop() {
      controller.abort();
    },
  };
}

function hasWork(changes: PageChanges): boolean {
  return changes.isFull || changes.removed.size > 0 || changes.scopes.size > 0;
}

function merge(into: PageChanges, changes: PageChanges): void {
  into.isFull ||= changes.isFull;
  for (const node of changes.removed) into.removed.add(node);
  for (const scope of changes.scopes) into.scopes.add(scope);
}
