/**
 * The whole content controller in jsdom with fakes around it: settings in
 * memory, a manual frame clock, a recording style sink and reporter.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import type { Recogniser } from '../../../src/content/scan/annotator';
import { ContentController } from '../../../src/content/page/controller';
import type { WatchTiming } from '../../../src/content/scan/mutation-watcher';
import type { Report } from '../../../src/content/page/reporter';
import { createSlicer } from '../../../src/content/scan/slicer';
import type { StyleSink } from '../../../src/content/paint/style-sheet';
import { FakeRegistry, makeRange, testRecogniser } from './rig';

/** A clock the test moves by hand: frames run when the test says, timers when time passes them. */
export class ManualTiming implements WatchTiming {
  time = 0;
  private frames: (() => void)[] = [];
  private timers: { at: number; callback: () => void }[] = [];

  nextFrame(callback: () => void): () => void {
    this.frames.push(callback);
    return () => {
      this.frames = this.frames.filter((f) => f !== callback);
    };
  }
  now(): number {
    return this.time;
  }
  setTimer(callback: () => void, ms: number): () => void {
    const timer = { at: this.time + ms, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }
  /** Moves time on by `ms`, running due timers, then runs the waiting frames. */
  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((t) => t.at <= this.time);
    this.timers = this.timers.filter((t) => t.at > this.time);
    for (const timer of due) timer.callback();
    const frames = this.frames;
    this.frames = [];
    for (const frame of frames) frame();
  }
}

/** A style sink that remembers what it holds. */
export class FakeStyles implements StyleSink {
  css = '';
  roots = new Set<Document | ShadowRoot>();
  update(css: string): void {
    this.css = css;
  }
  adopt(root: Document | ShadowRoot): void {
    this.roots.add(root);
  }
  remove(): void {
    this.roots.clear();
  }
}

/** Everything a controller test looks at. */
export interface ControllerRig {
  controller: ContentController;
  registry: FakeRegistry;
  styles: FakeStyles;
  timing: ManualTiming;
  reports: Report[];
  /** How many texts the recogniser was asked to search. */
  finds: () => number;
  /** Changes the settings as storage.onChanged would. */
  setSettings: (change: Partial<Settings>) => void;
  /** Lets mutation records arrive, runs a frame, waits for the work. */
  settle: (ms?: number) => Promise<void>;
  /** Aborts the controller's lifetime: its teardown. */
  stop: () => void;
}

/** How a test's controller differs from the default one. */
export interface RigOptions {
  /** Each search of a text moves the clock on by this many milliseconds. */
  readCostMs?: number;
  /** Dictionaries whose story is the page's; the test dictionary's by default, an empty set for the story-gate tests. */
  alwaysSpeaking?: ReadonlySet<string>;
  alsoSpeaks?: (dictionaryId: string, entityId: string) => boolean;
}

/** Starts a controller on `document` for host `example.com`. */
export async function startController(
  initial: Partial<Settings> = {},
  { readCostMs = 0, alwaysSpeaking = new Set(['test-dictionary']), alsoSpeaks }: RigOptions = {},
): Promise<ControllerRig> {
  const registry = new FakeRegistry();
  const styles = new FakeStyles();
  const timing = new ManualTiming();
  const reports: Report[] = [];
  const listeners = new Set<(settings: Settings) => void>();
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  let finds = 0;
  const real = testRecogniser();
  const recogniser: Recogniser = {
    find: (text, state) => {
      finds++;
      timing.time += readCostMs;
      return real.find(text, state);
    },
    entity: (id) => real.entity(id),
  };
  const controller = new ContentController({
    doc: document,
    host: 'www.example.com',
    recogniser,
    registry,
    styles,
    makeRange,
    slicer: createSlicer(0, () => Promise.resolve()),
    timing,
    loadSettings: () => Promise.resolve(settings),
    onSettingsChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report: (report) => {
      reports.push(report);
      return Promise.resolve(null);
    },
    reportIntervalMs: 0,
    alwaysSpeaking,
    alsoSpeaks,
  });
  const lifetime = new AbortController();
  await controller.start({ signal: lifetime.signal, onError: () => undefined });
  await controller.idle();
  const settle = async (ms = 16): Promise<void> => {
    // MutationObserver callbacks are microtasks; then the frame; then the session's work.
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    timing.advance(ms);
    await controller.idle();
  };
  return {
    controller,
    registry,
    styles,
    timing,
    reports,
    finds: () => finds,
    setSettings: (change) => {
      settings = { ...settings, ...change };
      for (const listener of listeners) listener(settings);
    },
    settle,
    stop: () => {
      lifetime.abort();
    },
  };
}

/** The painted mentions as `[text, entityId]`. */
export function painted(rig: ControllerRig): [string, string][] {
  return rig.controller.store.all().map((m) => [m.range.toString(), m.entityId]);
}
