/**
 * The article layer's decision in a tab, asked of its content script
 * (`getArticleProgress`): what the negative tests wait on instead of a fixed
 * time, so that a decision to draw still fails them.
 */
import type { ArticleProgress } from '../../src/shared/messages';
import { pollFor, type BrowserSession } from './harness';

/** The decision in tab `tabId` once made ('asked' is on the way to 'drawn'); fails after 10 s without one. */
export function articleDecision(session: BrowserSession, tabId: number): Promise<ArticleProgress['state']> {
  return pollFor(
    async () => {
      const reply = await session.callTab(tabId, 'getArticleProgress', {});
      const state = 'result' in reply ? reply.result.state : 'waiting';
      return state === 'waiting' || state === 'asked' ? undefined : state;
    },
    10_000,
    `the article layer of tab ${tabId} to decide`,
  );
}
