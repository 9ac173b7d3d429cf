/**
 * The article's own names on the page: after the first scan, when the page
 * is idle, a page that reads as an article sends its text to the background,
 * which draws the names; they come back compiled and join the dictionaries'
 * recogniser, so the same pipeline paints them. Off with the setting; the
 * site switch and the pause stop it as they stop everything. Names edited in
 * the popup come back through `show`; a page that changes its address itself
 * (`moved`) loses its old article's names and draws the new article's.
 */
import type { ArticleNames, ArticleNote, ArticleRequest } from '../../core/article/article-names';
import { ARTICLE_DICTIONARY_ID } from '../../core/article/limits';
import type { Entity } from '../../core/dictionary/types';
import type { Settings } from '../../core/settings';
import type { ArticleProgress } from '../../shared/messages';
import type { Recogniser } from '../scan/annotator';
import { createRecogniser } from '../scan/recogniser';
import type { Part } from '../page/part';
import { combineRecognisers } from './combine';
import { readPageMeta } from './page-meta';
import { readArticleText, type ArticleText } from './article-text';

/** What the layer is given; the entry point passes the real ones, tests fakes. */
export interface ArticleLayerDeps {
  doc: Document;
  /** Whether the controller annotates the page under these settings (site switch, pause, opt-out). */
  isActive: (settings: Settings) => boolean;
  loadSettings: () => Promise<Settings>;
  onSettingsChanged: (listener: (settings: Settings) => void) => () => void;
  /** Resolves when the page's first scan is done. */
  firstScan: () => Promise<void>;
  /** Resolves when the page is idle (requestIdleCallback, with a timeout). */
  whenIdle: () => Promise<void>;
  /** Asks the background to draw the names. */
  extract: (request: ArticleRequest) => Promise<ArticleNames>;
  /** Gives the controller a new recogniser (it reads the page again). */
  setRecogniser: (recogniser: Recogniser) => void;
  /** Resolves at the page's next change of content, or after a while without one. */
  nextChange: () => Promise<void>;
}

// After a move, the page may still show the old article: its text is read again after this many changes at most.
const MAX_SETTLE_TRIES = 3;

const withoutHash = (url: string): string => url.replace(/#.*$/su, '');

/** The article's names on one page. */
export class ArticleLayer {
  private base: Recogniser | null = null;
  private names: ArticleNames | null = null;
  private own: Recogniser | null = null;
  private notes = new Map<string, ArticleNote>();
  private isOn = false;
  private state: ArticleProgress['state'] = 'waiting';
  private readMs: number | null = null;
  private chars = 0;
  private part: Part | null = null;
  // Each move starts a round; what an older round drew is dropped.
  private round = 0;
  // The address and text last read, and the text of the article the page moved away from ('' for none).
  private readAt: string | null = null;
  private lastText: string | null = null;
  private stale: string | null = null;

  constructor(private readonly deps: ArticleLayerDeps) {}

  /** The recogniser to run: the dictionaries' `base`, with the article's names when they are on. */
  withBase(base: Recogniser): Recogniser {
    this.base = base;
    return this.isOn && this.own !== null ? combineRecognisers(base, this.own) : base;
  }

  /** An entity of the article's dictionary. */
  entity(dictionaryId: string, entityId: string): Entity | undefined {
    if (dictionaryId !== ARTICLE_DICTIONARY_ID || !this.isOn) return undefined;
    return this.names?.dictionary.entities.find((e) => e.id === entityId);
  }

  /** What the article says of an entity (its own, or a dictionary's it names), with the article's site and date. */
  note(dictionaryId: string, entityId: string): (ArticleNote & { source: string | null }) | undefined {
    if (!this.isOn || this.names === null) return undefined;
    const note = this.notes.get(`${dictionaryId}\u0000${entityId}`);
    return note === undefined ? undefined : { ...note, source: this.names.source };
  }

  /** The names drawn, while they are on. */
  current(): ArticleNames | null {
    return this.isOn ? this.names : null;
  }

  /** How far the layer is, and what reading the text cost the page. */
  progress(): ArticleProgress {
    return { state: this.state, readMs: this.readMs, chars: this.chars };
  }

  /** Waits for the first scan and an idle moment, then draws the names when the settings allow; follows the settings until `part` ends. */
  async start(part: Part): Promise<void> {
    this.part = part;
    const stop = this.deps.onSettingsChanged((settings) => {
      this.apply(settings, part);
    });
    part.signal.addEventListener('abort', stop, { once: true });
    await this.deps.firstScan();
    await this.deps.whenIdle();
    if (part.signal.aborted) return;
    this.apply(await this.deps.loadSettings(), part);
  }

  /** The article's names anew (edited in the popup), painted at once; `false` when they are another address's. */
  show(names: ArticleNames): boolean {
    if (this.readAt === null || withoutHash(names.url) !== withoutHash(this.readAt)) return false;
    this.use(names);
    return true;
  }

  /** The page is at `url` now without a load (history.pushState): the old names go, the new article's are drawn once its text is in. */
  moved(url: string): void {
    const part = this.part;
    if (part === null || this.state === 'waiting' || this.readAt === null) return;
    if (withoutHash(url) === withoutHash(this.readAt)) return;
    const round = ++this.round;
    this.stale = this.lastText ?? '';
    this.readAt = null;
    this.state = 'waiting';
    this.readMs = null;
    this.chars = 0;
    // Names of an article the page no longer shows go at once; while it still shows it they stay (its text
    // may be replaced soon, or the address changed alone: a query added with replaceState).
    this.dropUnlessShowing(readArticleText(this.deps.doc));
    const redraw = async (): Promise<void> => {
      await this.deps.firstScan();
      await this.deps.whenIdle();
      if (!part.signal.aborted && round === this.round) this.apply(await this.deps.loadSettings(), part);
    };
    redraw().catch(part.onError);
  }

  private apply(settings: Settings, part: Part): void {
    const isWanted = settings.articleNames && this.deps.isActive(settings);
    if (!settings.articleNames && this.isOn) this.switchTo(false);
    else if (settings.articleNames && this.names !== null && !this.isOn) this.switchTo(true);
    if (isWanted && (this.state === 'waiting' || this.state === 'off')) {
      this.state = 'asked';
      this.draw(part, this.round).catch(part.onError);
    } else if (!isWanted && this.state === 'waiting') this.state = 'off';
  }

  private async draw(part: Part, round: number): Promise<void> {
    // A function, not inline: a move or the page's end may come while this awaits.
    const isOver = (): boolean => part.signal.aborted || round !== this.round;
    const read = await this.readNew(isOver);
    if (read === null) return;
    this.dropUnlessShowing(read);
    this.readAt = this.deps.doc.URL;
    this.stale = null;
    this.lastText = read.isArticle ? read.text : null;
    if (!read.isArticle) {
      this.state = 'not-article';
      return;
    }
    this.chars = read.text.length;
    const request: ArticleRequest = { ...readPageMeta(this.deps.doc), text: read.text };
    if (read.fullLength > read.text.length) request.fullLength = read.fullLength;
    const names = await this.deps.extract(request);
    if (isOver()) return;
    this.state = 'drawn';
    this.use(names);
    const settings = await this.deps.loadSettings();
    if (!isOver() && settings.articleNames && !this.isOn) this.switchTo(true);
  }

  /**
   * The page's article; after a move, once its text is not the old article's
   * (a page may fetch the new one first), or after a few changes of the page
   * without it (the same article at a new address).
   */
  private async readNew(isOver: () => boolean): Promise<ArticleText | null> {
    for (let tries = 0; ; tries++) {
      const started = performance.now();
      const read = readArticleText(this.deps.doc);
      this.readMs = performance.now() - started;
      if (this.stale === null || tries === MAX_SETTLE_TRIES || (read.isArticle && read.text !== this.stale))
        return read;
      await this.deps.nextChange();
      await this.deps.firstScan();
      await this.deps.whenIdle();
      if (isOver()) return null;
    }
  }

  private dropUnlessShowing(read: ArticleText): void {
    if (this.names !== null && !(read.isArticle && read.text === this.lastText)) this.use(null);
  }

  private use(names: ArticleNames | null): void {
    this.names = names;
    this.notes = new Map(names?.notes.map((n) => [`${n.dictionaryId}\u0000${n.entityId}`, n]));
    this.own = names === null ? null : createRecogniser([names.dictionary], names.prebuilt);
    if (this.isOn) this.switchTo(true);
  }

  private switchTo(isOn: boolean): void {
    this.isOn = isOn;
    if (this.base !== null) this.deps.setRecogniser(this.withBase(this.base));
  }
}
