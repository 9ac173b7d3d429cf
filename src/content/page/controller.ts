/**
 * The content script's state: on or off for this page under the settings,
 * and while on, a session that keeps the highlights in step with the page.
 * Settings apply at once; turning off leaves nothing behind.
 */
import { speakingDictionaries } from '../../core/gate/story-gate';
import { DEFAULT_SETTINGS, normaliseHost, type Settings } from '../../core/settings';
import type { InactiveReason, PageFindings } from '../../shared/messages';
import { Annotator, type Recogniser } from '../scan/annotator';
import { buildFindings } from './findings';
import type { Part } from './part';
import { hasDefaultRule, highlightCss } from '../paint/highlight-css';
import type { FoundMention } from '../mentions/mention';
import { MentionStore } from '../mentions/mention-store';
import type { WatchTiming } from '../scan/mutation-watcher';
import { Painter, type HighlightRegistryLike, type MakeRange } from '../paint/painter';
import { createReporter, type Report, type Reporter } from './reporter';
import { startSession, type Session } from './session';
import { isPageOptedOut } from '../scan/skip-rules';
import type { Slicer } from '../scan/slicer';
import type { StyleSink } from '../paint/style-sheet';
import type { ViewportWatchFactory } from '../paint/viewport-watch';

/** Everything the controller is given; the entry point passes the real ones, tests fakes. */
export interface ControllerDeps {
  doc: Document;
  /** The page's hostname, for per-site settings. */
  host: string;
  recogniser: Recogniser;
  registry: HighlightRegistryLike;
  styles: StyleSink;
  makeRange: MakeRange;
  slicer: Slicer;
  timing: WatchTiming;
  loadSettings: () => Promise<Settings>;
  /** Subscribes to settings changes; returns the teardown. */
  onSettingsChanged: (listener: (settings: Settings) => void) => () => void;
  report: (report: Report) => Promise<unknown>;
  reportIntervalMs?: number;
  /** Dictionaries painted whatever the page is about (the article's own names); the others only where their story is the page's. */
  alwaysSpeaking?: ReadonlySet<string>;
  /** Entities of a dictionary that the article on the page names itself: painted even where the dictionary's story is not the page's. */
  alsoSpeaks?: (dictionaryId: string, entityId: string) => boolean;
  /** The reader's own stories among the dictionaries (read at each paint): one person or organisation of theirs is enough. */
  followed?: () => ReadonlySet<string>;
  /** Watches blocks for nearness to the viewport (crowded pages); everything counts as near without it. */
  viewport?: ViewportWatchFactory;
}

/** Why Backstory does not annotate this page under `settings`, or `null` when it does. */
export function inactiveReason(settings: Settings, host: string, doc: Document): InactiveReason | null {
  if (settings.paused) return 'paused';
  if (settings.disabledSites.includes(normaliseHost(host))) return 'site-off';
  if (isPageOptedOut(doc)) return 'page-opted-out';
  return null;
}

/** Runs Backstory on one page. */
export class ContentController {
  /** What is painted now: the tooltip's index. */
  readonly store = new MentionStore();
  /** Paints the store's mentions; card.js sets its marks (hover, flash) through it. */
  readonly painter: Painter;
  private readonly annotator: Annotator;
  private readonly reporter: Reporter;
  private readonly types = new Set<string>();
  private settings: Settings = DEFAULT_SETTINGS;
  private session: Session | null = null;
  private unsubscribe: (() => void) | null = null;
  private onError: (error: unknown) => void = () => undefined;
  private stopped = false;

  constructor(private readonly deps: ControllerDeps) {
    this.painter = new Painter(
      deps.registry,
      this.store,
      deps.makeRange,
      (type) => {
        if (hasDefaultRule(type) || this.types.has(type)) return;
        this.types.add(type);
        deps.styles.update(highlightCss(this.settings.highlightStyle, this.types));
      },
      deps.viewport,
    );
    this.annotator = new Annotator({
      doc: deps.doc,
      store: this.store,
      painter: this.painter,
      slicer: deps.slicer,
      recogniser: deps.recogniser,
      onShadowRoot: (root, hasMentions) => {
        this.session?.observe(root);
        if (hasMentions) deps.styles.adopt(root);
      },
    });
    this.reporter = createReporter(() => this.currentReport(), deps.report, deps.reportIntervalMs);
  }

  /**
   * Loads the settings, starts annotating if on, and follows settings changes
   * until `part.signal` aborts; then highlights, styles, observers and
   * listeners all go.
   */
  async start(part: Part): Promise<void> {
    if (part.signal.aborted) return;
    this.onError = part.onError;
    this.unsubscribe = this.deps.onSettingsChanged((settings) => {
      this.apply(settings);
    });
    part.signal.addEventListener(
      'abort',
      () => {
        this.stop();
      },
      { once: true },
    );
    const settings = await this.deps.loadSettings();
    // Stopped while the settings loaded: nothing may start now.
    if (!this.stopped) this.apply(settings);
  }

  /** Swaps the recogniser (dictionaries changed) and reads the page again. */
  setRecogniser(recogniser: Recogniser): void {
    this.annotator.setRecogniser(recogniser);
    this.session?.rescanAll();
  }

  /** Whether the page is annotated now: on under the settings, a session running. */
  isActive(): boolean {
    return this.session !== null;
  }

  /** The settings in force. */
  currentSettings(): Settings {
    return this.settings;
  }

  /** The page's findings, or `null` while inactive. */
  findings(): PageFindings | null {
    if (this.session === null) return null;
    const found = this.store.foundMentions();
    return buildFindings(
      found,
      this.settings.hiddenTypes,
      { url: this.deps.doc.URL, title: this.deps.doc.title },
      this.speaking(found),
    );
  }

  /** Resolves when the current scan and the changes waiting are done. */
  async idle(): Promise<void> {
    await this.session?.idle();
  }

  private stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.deactivate();
    this.reporter.cancel();
  }

  private apply(settings: Settings): void {
    this.settings = settings;
    if (inactiveReason(settings, this.deps.host, this.deps.doc) !== null) {
      this.deactivate();
      this.reporter.request();
      return;
    }
    this.painter.setFilter({
      hiddenTypes: settings.hiddenTypes,
      mentionScope: settings.mentionScope,
      speaking: (found) => this.speaking(found),
    });
    this.deps.styles.update(highlightCss(settings.highlightStyle, this.types));
    this.deps.styles.adopt(this.deps.doc);
    if (this.session === null) {
      this.session = startSession({
        doc: this.deps.doc,
        annotator: this.annotator,
        store: this.store,
        painter: this.painter,
        timing: this.deps.timing,
        onScanned: () => {
          this.reporter.request();
        },
        onError: this.onError,
      });
    } else {
      this.painter.repaint();
      this.reporter.request();
    }
  }

  private speaking(found: readonly FoundMention[]): (mention: FoundMention) => boolean {
    const speaking = speakingDictionaries(found, this.deps.alwaysSpeaking, undefined, this.deps.followed?.());
    const also = this.deps.alsoSpeaks;
    return (m) => speaking.has(m.dictionaryId) || (also?.(m.dictionaryId, m.entityId) ?? false);
  }

  private deactivate(): void {
    this.session?.stop();
    this.session = null;
    this.painter.clear();
    this.painter.unpaint(this.store.clear());
    this.deps.styles.remove();
  }

  private currentReport(): Report {
    const inactive = inactiveReason(this.settings, this.deps.host, this.deps.doc);
    return { findings: inactive === null ? this.findings() : null, inactive };
  }
}
