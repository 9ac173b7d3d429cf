/**
 * Shape checks for the params of the messages the background answers: a
 * message is data from another context, so it is checked before it is used.
 */
import type { BackgroundApi, EntityFinding, MentionSnippet, PageFindings } from '../shared/messages';

type Params<K extends keyof BackgroundApi> = BackgroundApi[K]['params'];

const INACTIVE_REASONS = new Set(['site-off', 'paused', 'page-opted-out']);
// Far beyond any real page; a report past these is broken or hostile, not big.
const MAX_ENTITIES = 10_000;
const MAX_SNIPPETS = 1_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

function isSnippet(value: unknown): value is MentionSnippet {
  return (
    isRecord(value) &&
    isCount(value.index) &&
    typeof value.before === 'string' &&
    typeof value.text === 'string' &&
    typeof value.after === 'string'
  );
}

function isEntityFinding(value: unknown): value is EntityFinding {
  return (
    isRecord(value) &&
    typeof value.entityId === 'string' &&
    typeof value.dictionaryId === 'string' &&
    isCount(value.count) &&
    Array.isArray(value.snippets) &&
    value.snippets.length <= MAX_SNIPPETS &&
    value.snippets.every(isSnippet)
  );
}

/** Whether a value is a well-formed `PageFindings`. */
export function isPageFindings(value: unknown): value is PageFindings {
  return (
    isRecord(value) &&
    typeof value.url === 'string' &&
    typeof value.title === 'string' &&
    isCount(value.totalMentions) &&
    Array.isArray(value.entities) &&
    value.entities.length <= MAX_ENTITIES &&
    value.entities.every(isEntityFinding)
  );
}

/** Params of `reportFindings`. */
export function isReportParams(p: unknown): p is Params<'reportFindings'> {
  if (!isRecord(p)) return false;
  const inactiveOk =
    p.inactive === null || (typeof p.inactive === 'string' && INACTIVE_REASONS.has(p.inactive));
  return inactiveOk && (p.findings === null || isPageFindings(p.findings));
}

/** Params of `getTabState`. */
export function isTabIdParams(p: unknown): p is Params<'getTabState'> {
  return isRecord(p) && typeof p.tabId === 'number' && Number.isInteger(p.tabId) && p.tabId >= 0;
}

// A hostname: letters, digits, dots, hyphens (and IPv6 brackets), at most 253 characters.
const HOST = /^[a-z0-9.\-[\]:]{1,253}$/i;

/** Params of `setSiteEnabled`. */
export function isSiteParams(p: unknown): p is Params<'setSiteEnabled'> {
  return isRecord(p) && typeof p.host === 'string' && HOST.test(p.host) && typeof p.enabled === 'boolean';
}

/** Params of `setPaused`. */
export function isPausedParams(p: unknown): p is Params<'setPaused'> {
  return isRecord(p) && typeof p.paused === 'boolean';
}

/** Params of messages that take none. */
export function isEmptyParams(p: unknown): p is Record<string, never> {
  return isRecord(p) && Object.keys(p).length === 0;
}
