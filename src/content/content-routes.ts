/**
 * The content script's side of the message contract: every `ContentApi`
 * message has its route here, accepted only from Backstory's own contexts.
 * A part of the content script that answers a message adds its route to
 * `contentRoutes` (one line each). Pure: router.ts connects it to the browser.
 */
import type { ContentApi, PageFindings, PageHtml } from '../shared/messages';
import type { ClassifySender, Route, Routes } from '../shared/router';
import { stepMentionRoute } from './tooltip/route';
import type { Tooltip } from './tooltip';

/** The parts that answer messages. */
export interface ContentParts {
  findings: () => PageFindings | null;
  reveal: (index: number) => boolean;
  tooltip: Pick<Tooltip, 'step'>;
  pageHtml: () => PageHtml;
}

function isEmptyParams(params: unknown): params is Record<string, never> {
  return typeof params === 'object' && params !== null && Object.keys(params).length === 0;
}

function isRevealParams(params: unknown): params is { index: number } {
  if (typeof params !== 'object' || params === null) return false;
  const { index } = params as Record<string, unknown>;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0;
}

function fromPages<P, R>(isParams: (p: unknown) => p is P, handle: (p: P) => R): Route<P, R> {
  return { from: 'extension-page', isParams, handle: (params) => Promise.resolve(handle(params)) };
}

/** The routes of every message a content script answers. */
export function contentRoutes(parts: ContentParts): Routes<ContentApi> {
  return {
    getFindings: fromPages(isEmptyParams, () => parts.findings()),
    revealMention: fromPages(isRevealParams, (params) => parts.reveal(params.index)),
    stepMention: stepMentionRoute(parts.tooltip),
    getPageHtml: fromPages(isEmptyParams, () => parts.pageHtml()),
  };
}

/**
 * Tab messages reach a content script only from its own extension; of those,
 * Backstory's pages and its background (a sender with no web page URL) count
 * as 'extension-page'. Anything from a web page is refused.
 */
export function classifyContentSender(extensionId: string): ClassifySender {
  return (sender) => {
    if (sender.id !== extensionId) return null;
    return sender.url === undefined || !/^https?:/.test(sender.url) ? 'extension-page' : null;
  };
}
