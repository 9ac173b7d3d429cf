/**
 * Sends the page's findings to the background after scans, at most once per
 * interval however often the page changes, and always the latest.
 */
import type { InactiveReason, PageFindings } from '../../shared/messages';

/** What a report carries: findings while annotating, or why not. */
export interface Report {
  findings: PageFindings | null;
  inactive: InactiveReason | null;
}

/** The throttled reporter. */
export interface Reporter {
  /** Asks for a report; it is sent at once or when the interval allows. */
  request(): void;
  /** Cancels a pending report. */
  cancel(): void;
}

/** A reporter that sends `build()` through `send`, at most once per `intervalMs`. */
export function createReporter(
  build: () => Report,
  send: (report: Report) => Promise<unknown>,
  intervalMs = 1000,
  now: () => number = () => Date.now(),
): Reporter {
  let lastSent = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = (): void => {
    timer = null;
    lastSent = now();
    // A failed report (background restarting, context gone) is not the page's problem.
    send(build()).catch(() => undefined);
  };
  return {
    request() {
      if (timer !== null) return;
      timer = setTimeout(fire, Math.max(0, lastSent + intervalMs - now()));
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
