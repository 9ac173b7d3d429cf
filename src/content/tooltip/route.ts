/**
 * The content router's `stepMention` route: the background forwards the
 * keyboard commands here. On the content side a tab message comes from one
 * of our own contexts (the background has no tab, the popup may run in one),
 * which the content router classifies as 'extension-page'.
 */
import type { ContentApi } from '../../shared/messages';
import type { Route } from '../../shared/router';
import type { Tooltip } from './index';

type Params = ContentApi['stepMention']['params'];

/** Whether a message's params ask for a step of 1 or -1. */
export function isStepParams(params: unknown): params is Params {
  if (typeof params !== 'object' || params === null) return false;
  const { direction } = params as Record<string, unknown>;
  return direction === 1 || direction === -1;
}

/** Builds the `stepMention` route for a tooltip. */
export function stepMentionRoute(tooltip: Pick<Tooltip, 'step'>): Route<Params, boolean> {
  return {
    from: 'extension-page',
    isParams: isStepParams,
    handle: (params) => Promise.resolve(tooltip.step(params.direction)),
  };
}
