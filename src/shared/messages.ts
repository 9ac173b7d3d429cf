/**
 * The one typed message contract between Backstory's contexts.
 *
 * `BackgroundApi` is what the background answers (runtime.sendMessage);
 * `ContentApi` is what a tab's content script answers (tabs.sendMessage).
 * Each entry says who may send it; routers check the sender before the
 * handler runs. Replies are `{ result }` or `{ error }`: errors cross
 * contexts as data, never as lost exceptions.
 */
import type { ArticleEdit } from '../core/article/article-edit';
import type { ArticleNames, ArticleRequest } from '../core/article/article-names';
import type { Settings } from '../core/settings';

/** Who may send a message. */
export type SenderKind = 'content' | 'extension-page';

/** One mention in context: the words around it, for the popup's list. */
export interface MentionSnippet {
  /** Position of this mention among all mentions on the page, in document order. */
  index: number;
  before: string;
  text: string;
  after: string;
}

/** What the content script found for one entity. */
export interface EntityFinding {
  entityId: string;
  /** Dictionary the entity comes from. */
  dictionaryId: string;
  count: number;
  snippets: MentionSnippet[];
}

/** What the content script found on its page. */
export interface PageFindings {
  url: string;
  title: string;
  totalMentions: number;
  /** Most mentioned first. */
  entities: EntityFinding[];
}

/** Why Backstory is not annotating a tab. */
export type InactiveReason = 'site-off' | 'paused' | 'page-opted-out';

/** What the background knows about one tab; kept in storage.session. */
export interface TabState {
  tabId: number;
  url: string;
  /** `null` while the content script is annotating; otherwise why it is not. */
  inactive: InactiveReason | null;
  findings: PageFindings | null;
  /** Epoch milliseconds of the last report. */
  updatedAt: number;
}

/** The article as Readability extracted it (in the popup), for the summariser. */
export interface ArticleText {
  title: string;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  byline: string | null;
  siteName: string | null;
}

/** The page's markup as the content script serialised it, for the popup to parse; or why it did not. */
export type PageHtml =
  { kind: 'page'; html: string; url: string; title: string } | { kind: 'too-large'; chars: number };

/**
 * How far a page's article layer is: 'waiting' for the first scan and an idle
 * moment, 'off' (the settings keep it off), 'not-article', 'asked' (the text
 * is with the background), 'drawn' (the names came back); with the time the
 * page's thread took to check and read the text, and the text's length.
 */
export interface ArticleProgress {
  state: 'waiting' | 'off' | 'not-article' | 'asked' | 'drawn';
  readMs: number | null;
  chars: number;
}
/** How keeping an article's names into a story of the reader's went. */
export type KeepResult =
  | {
      ok: true;
      storyId: string;
      /** The story's name. */
      name: string;
      /** Entities and articles the story holds now. */
      entities: number;
      articles: number;
    }
  | {
      ok: false;
      /**
       * `no-article`: the tab has no article names (any more); `no-story`: the chosen story is gone;
       * `quota`: storage is full (nothing already kept is lost); `storage`: storage refused otherwise.
       */
      reason: 'no-article' | 'no-story' | 'quota' | 'storage';
      message: string;
    };

/** Messages the background answers. */
export type BackgroundApi = {
  /** Health check: the background is alive and which version it runs. */
  ping: { params: Record<string, never>; return: { version: string }; from: SenderKind };
  /** A content script reports its page's findings (or why it is inactive). */
  reportFindings: {
    params: { findings: PageFindings | null; inactive: InactiveReason | null };
    return: null;
    from: 'content';
  };
  /** The popup asks what Backstory knows of a tab. */
  getTabState: { params: { tabId: number }; return: TabState | null; from: 'extension-page' };
  /** A content script asks for its card: the background injects card.js into the sender's frame. */
  loadCard: { params: Record<string, never>; return: null; from: 'content' };
  /** A content script, scanned and idle, asks for the article layer: the background injects article.js into the sender's frame. */
  loadArticle: { params: Record<string, never>; return: null; from: 'content' };
  /** A tooltip asks to open one of its entities in the popup's full view, in a tab beside the page. */
  openEntityView: { params: { dictionaryId: string; entityId: string }; return: null; from: 'content' };
  /** The popup turns Backstory on or off for a site (a hostname); returns the new settings. */
  setSiteEnabled: { params: { host: string; enabled: boolean }; return: Settings; from: 'extension-page' };
  /**
   * A content script sends its article's text; the background draws the
   * article's names with the engine (off the page's thread) and answers them
   * compiled, with how long it took; cached per tab and address in storage.session.
   */
  extractArticle: { params: ArticleRequest; return: ArticleNames & { ms: number }; from: 'content' };
  /** The popup asks for the article's own names drawn for a tab at its current address, if any. */
  getArticle: { params: { tabId: number; url: string }; return: ArticleNames | null; from: 'extension-page' };
  /**
   * "Keep these names": the popup asks the background to save the article
   * names it drew for a tab (read from its cache, so the popup sends no page
   * data) into a story of the reader's, a new one (`storyId: null`) or one
   * kept before; only while the tab still shows `url`.
   */
  keepArticle: {
    params: { tabId: number; url: string; storyId: string | null };
    return: KeepResult;
    from: 'extension-page';
  };
  /** The popup pauses Backstory everywhere, or resumes it; returns the new settings. */
  setPaused: { params: { paused: boolean }; return: Settings; from: 'extension-page' };
  /**
   * The popup removes one of the article's own names of a tab at `url`, or
   * changes its type; the background keeps the change, rebuilds the
   * automaton, tells the tab (`showArticle`) and answers the new names.
   */
  editArticle: {
    params: { tabId: number; url: string; edit: ArticleEdit };
    return: ArticleNames;
    from: 'extension-page';
  };
};

/** Messages a content script answers. */
export type ContentApi = {
  /** Current findings of the page. */
  getFindings: { params: Record<string, never>; return: PageFindings | null; from: 'extension-page' };
  /** Scroll to the n-th mention of an entity, flash it and open its tooltip. */
  revealMention: {
    params: { index: number };
    return: boolean;
    from: 'extension-page';
  };
  /** The page's markup (a read, the page is untouched); the popup extracts the article from it. */
  getPageHtml: { params: Record<string, never>; return: PageHtml; from: 'extension-page' };
  /**
   * Step to the next (1) or previous (-1) mention, scroll to it, open its
   * tooltip and announce it; `false` when the page has none. Sent by the
   * background for the keyboard commands: on the content side
   * 'extension-page' means any of our own contexts (sender.id is ours and the
   * sender is no web page), the background included.
   */
  stepMention: { params: { direction: 1 | -1 }; return: boolean; from: 'extension-page' };
  /** The background gives the page its article's names anew (edited in the popup); `false` when the page is at another address. */
  showArticle: { params: { names: ArticleNames }; return: boolean; from: 'extension-page' };
  /** The background saw the tab's address change; without a load (history.pushState) the old article's names go and the new one's are drawn. */
  pageMoved: { params: { url: string }; return: null; from: 'extension-page' };
  /** How far the page's article layer is (the report and the tests wait on it). */
  getArticleProgress: { params: Record<string, never>; return: ArticleProgress; from: 'extension-page' };
};

/** Any message API map. */
export type ApiMap = Record<string, { params: unknown; return: unknown; from: SenderKind }>;

/** A message on the wire. */
export interface Envelope<A extends ApiMap, K extends keyof A = keyof A> {
  backstory: 1;
  type: K;
  params: A[K]['params'];
}

/** A reply on the wire. */
export type Reply<T> = { result: T } | { error: string };
