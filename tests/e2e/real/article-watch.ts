/**
 * The article's names on one visit, for the report: waits until the page's
 * article layer has decided (no article, off, or names drawn) and, when it
 * drew names, until the tab reports them found (the scan that paints them
 * reports when done), timing that from the page's load. What the page and the
 * background measured themselves comes with it: the page's time to check and
 * read the text, the text's length, the background's time to draw the names.
 */
import type { ArticleProgress } from '../../../src/shared/messages';
import type { BrowserSession } from '../harness';

/** The article's part of a report row. */
export interface ArticleVisit {
  state: ArticleProgress['state'] | 'no answer';
  /** Characters of text sent to the background. */
  chars: number;
  /** The page's time to check for an article and read its text. */
  readMs: number | null;
  /** The background's `extractArticle` time. */
  extractMs: number | null;
  /** The article's own entities drawn. */
  names: number;
  /** From the page's load to its own names reported painted; null when none were. */
  paintedAfterMs: number | null;
}

const DECIDED = new Set<ArticleVisit['state']>(['off', 'not-article', 'drawn']);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function progressOf(session: BrowserSession, tabId: number): Promise<ArticleProgress | null> {
  const reply = await session.callTab(tabId, 'getArticleProgress', {}).catch(() => null);
  return reply !== null && 'result' in reply ? reply.result : null;
}

async function articleFound(session: BrowserSession, tabId: number, url: string): Promise<boolean> {
  const reply = await session.callBackground('getTabState', { tabId });
  if (!('result' in reply) || reply.result?.url !== url) return false;
  return reply.result.findings?.entities.some((e) => e.dictionaryId === 'article') ?? false;
}

/** Watches tab `tabId` at `url`, loaded at `loadedAt` (Date.now()), until its article names are settled. */
export async function watchArticle(
  session: BrowserSession,
  tabId: number,
  url: string,
  loadedAt: number,
  timeoutMs = 15_000,
): Promise<ArticleVisit> {
  const deadline = Date.now() + timeoutMs;
  let progress = await progressOf(session, tabId);
  while ((progress === null || !DECIDED.has(progress.state)) && Date.now() < deadline) {
    await sleep(50);
    progress = await progressOf(session, tabId);
  }
  const visit: ArticleVisit = {
    state: progress?.state ?? 'no answer',
    chars: progress?.chars ?? 0,
    readMs: progress?.readMs ?? null,
    extractMs: null,
    names: 0,
    paintedAfterMs: null,
  };
  if (visit.state !== 'drawn') return visit;
  const drawn = await session.callBackground('getArticle', { tabId, url });
  if ('result' in drawn && drawn.result !== null) {
    // The stored answer is the one `extractArticle` gave, its time included.
    visit.extractMs = (drawn.result as { ms?: number }).ms ?? null;
    visit.names = drawn.result.dictionary.entities.length;
  }
  // Names all inside the dictionaries' mentions are never reported as the article's: a shorter wait.
  const paintDeadline = Math.min(deadline, Date.now() + 5000);
  while (visit.names > 0 && Date.now() < paintDeadline) {
    if (await articleFound(session, tabId, url)) {
      visit.paintedAfterMs = Date.now() - loadedAt;
      break;
    }
    await sleep(50);
  }
  return visit;
}
