/**
 * The content script's side of the message contract: every `ContentApi`
 * message has its route here, accepted only from Backstory's own contexts,
 * and `contentRouter` answers them (in card.js; the first-load script answers
 * `getFindings` itself and forwards the rest: message-door.ts).
 * A part of the content script that answers a message adds its route to
 * `contentRoutes` (one line each).
 */
import type { ContentApi, PageFindings, PageHtml } from '../../shared/messages';
import { createRouter, type ClassifySender, type Route, type Routes } from '../../shared/router';
import type { Tooltip } from '../tooltip';

/** The parts that answer messages. */
export interface ContentParts {
  findings: () => PageFindings | null;
  reveal: (index: number) => boolean;
  tooltip: Pick<Tooltip, 'step'>;
  pageHtml: () => PageHtml;
}

type StepParams = ContentApi['stepMention']['params'];

/** Whether a message's params are an empty object. */
export function isEmptyParams(params: unknown): params is Record<string, never> {
  return typeof params === 'object' && params !== null && Object.keys(params).length === 0;
}

function isRevealParams(params: unknown): params is { index: number } {
  if (typeof params !== 'object' || params === null) return false;
  const { index } = params as Record<string, unknown>;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0;
}

/** Whether a message's params ask for a step of 1 or -1. */
export function isStepParams(params: unknown): params is StepParams {
  if (typeof params !== 'object' || params === null) return false;
  const { direction } = params as Record<string, unknown>;
  return direction === 1 || direction === -1;
}

/** A route for our own contexts' message, answered by a plain function. */
export function fromPages<P, R>(isParams: (p: unknown) => p is P, handle: (p: P) => R): Route<P, R> {
  return { from: 'extension-page', isParams, handle: (params) => Promise.resolve(handle(params)) };
}

/**
 * The `stepMention` route: the background forwards the keyboard commands
 * here. On the content side a tab message comes from one of our own contexts
 * (the background has no tab, the popup may run in one), which
 * `classifyContentSender` counts as 'extension-page'.
 */
export function stepMentionRoute(tooltip: Pick<Tooltip, 'step'>): Route<StepParams, boolean> {
  return fromPages(isStepParams, (params) => tooltip.step(params.direction));
}

/** The messages article.js answers (article-routes.ts); the rest are answered here. */
export const ARTICLE_MESSAGES = ['showArticle', 'pageMoved', 'getArticleProgress'] as const;

/** The messages of the article layer. */
export type ArticleApi = Pick<ContentApi, (typeof ARTICLE_MESSAGES)[number]>;

/** The messages of card.js's router. */
export type CardApi = Omit<ContentApi, keyof ArticleApi>;

/** The routes of every message card.js answers. */
export function contentRoutes(parts: ContentParts): Routes<CardApi> {
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

/** The router of every `ContentApi` message (card.js builds it: src/content/page/message-door.ts forwards to it). */
export function contentRouter(parts: ContentParts, extensionId: string): ReturnType<typeof createRouter> {
  return createRouter(contentRoutes(parts), classifyContentSender(extensionId));
}
