/**
 * The article layer's wiring, in article.js rather than in the first-load
 * content script: the layer reads the settings, waits for idle moments and
 * asks the background itself; the content script hands over only what it owns
 * (its controller's first scan and recogniser, whether the page is on).
 */
import type { Settings } from '../../core/settings';
import { callBackground } from '../../shared/messaging';
import { onSettingsChanged } from '../../shared/storage';
import type { Part } from '../page/part';
import type { Recogniser } from '../scan/annotator';
import { ArticleLayer } from './article-layer';
import { nextChange, whenIdle } from './idle';
import type { ContentRouter } from '../page/message-door';
import { articleRouter } from './article-routes';

/** What the content script gives the article layer. */
export interface ArticleHost {
  doc: Document;
  /** Whether the controller annotates the page under these settings. */
  isActive: (settings: Settings) => boolean;
  /** Resolves when the page's first scan is done. */
  firstScan: () => Promise<void>;
  /** Gives the controller a new recogniser. */
  setRecogniser: (recogniser: Recogniser) => void;
  /** The dictionaries' recogniser the page runs now. */
  base: Recogniser;
  /** The settings in force, as the controller keeps them (no storage read of its own). */
  settings: () => Settings;
  /** The extension's id, which the layer's messages must come from. */
  extensionId: string;
}

/** The running layer and the router of its messages (article-routes.ts). */
export interface StartedArticle {
  layer: ArticleLayer;
  route: ContentRouter;
}

/** Builds the article layer over `host` and starts it until `part` ends. */
export function startArticleLayer(host: ArticleHost, part: Part): StartedArticle {
  const view = host.doc.defaultView ?? window;
  const layer = new ArticleLayer({
    doc: host.doc,
    isActive: host.isActive,
    loadSettings: () => Promise.resolve(host.settings()),
    onSettingsChanged,
    firstScan: host.firstScan,
    whenIdle: () => whenIdle(view),
    nextChange: () => nextChange(host.doc),
    extract: (request) => callBackground('extractArticle', request),
    setRecogniser: host.setRecogniser,
  });
  // The layer joins its names to the recogniser the page runs now.
  layer.withBase(host.base);
  layer.start(part).catch(part.onError);
  return { layer, route: articleRouter(layer, host.extensionId) };
}
