/**
 * The article's own names on the page: after the first scan, when the page
 * is idle, a page that reads as an article sends its text to the background,
 * which draws the names; they come back compiled and join the dictionaries'
 * recogniser, so the same pipeline paints them. Off with the setting; the
 * site switch and the pause stop it as they stop everything.
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
import { readArticleText } from './article-text';

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
}

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
    const stop = this.deps.onSettingsChanged((settings) => {
      this.apply(settings, part);
    });
    part.signal.addEventListener('abort', stop, { once: true });
    await this.deps.firstScan();
    await this.deps.whenIdle();
    if (part.signal.aborted) return;
    this.apply(await this.deps.loadSettings(), part);
  }

  private apply(settings: Settings, part: Part): void {
    const isWanted = settings.articleNames && this.deps.isActive(settings);
    if (!settings.articleNames && this.isOn) this.switchTo(false);
    else if (settings.articleNames && this.names !== null && !this.isOn) this.switchTo(true);
    if (isWanted && (this.state === 'waiting' || this.state === 'off')) {
      this.state = 'asked';
      this.draw(part).catch(part.onError);
    } else if (!isWanted && this.state === 'waiting') this.state = 'off';
  }

  private async draw(part: Part): Promise<void> {
    const started = performance.now();
    const read = readArticleText(this.deps.doc);
    this.readMs = performance.now() - started;
    if (!read.isArticle) {
      this.state = 'not-article';
      return;
    }
    this.chars = read.text.length;
    const request: ArticleRequest = { ...readPageMeta(this.deps.doc), text: read.text };
    if (read.fullLength > read.text.length) request.fullLength = read.fullLength;
    const names = await this.deps.extract(request);
    this.state = 'drawn';
    if (part.signal.aborted) return;
    this.names = names;
    this.notes = new Map(names.notes.map((n) => [`${n.dictionaryId}\u0000${n.entityId}`, n]));
    this.own = createRecogniser([names.dictionary], names.prebuilt);
    const settings = await this.deps.loadSettings();
    // Read again: the page may have ended while the settings loaded.
    const isEnded = (): boolean => part.signal.aborted;
    if (!isEnded() && settings.articleNames) this.switchTo(true);
  }

  private switchTo(isOn: boolean): void {
    this.isOn = isOn;
    if (this.base !== null) this.deps.setRecogniser(this.withBase(this.base));
  }
}
