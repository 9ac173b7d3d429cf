/**
 * Opens an entity in the popup's full view, in a new tab beside the page
 * whose tooltip asked: `popup.html?tab=<tabId>&entity=<id>&dictionary=<id>`.
 * The popup reads `entity` (and `dictionary`) to open that entity's details.
 */
import browser from 'webextension-polyfill';
import type { BackgroundApi } from '../shared/messages';
import type { Route } from '../shared/router';

type Params = BackgroundApi['openEntityView']['params'];

// Ids are short kebab-case strings; anything far longer is not one of ours.
const MAX_ID_LENGTH = 200;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

/** Whether a message's params are an entity reference. */
export function isEntityViewParams(params: unknown): params is Params {
  if (typeof params !== 'object' || params === null) return false;
  const { dictionaryId, entityId } = params as Record<string, unknown>;
  return isId(dictionaryId) && isId(entityId);
}

/** The full view's address for an entity of the page in tab `tabId`; `popupUrl` is the extension's popup.html. */
export function entityViewUrl(popupUrl: string, tabId: number, params: Params): string {
  const query = new URLSearchParams({
    tab: String(tabId),
    entity: params.entityId,
    dictionary: params.dictionaryId,
  });
  return `${popupUrl}?${query.toString()}`;
}

/** The `openEntityView` route: content scripts only, and only for their own tab. */
export const openEntityViewRoute: Route<Params, null> = {
  from: 'content',
  isParams: isEntityViewParams,
  async handle(params, sender) {
    const tab = sender.tab;
    if (tab?.id === undefined) throw new Error('openEntityView comes from a tab.');
    await browser.tabs.create({
      url: entityViewUrl(browser.runtime.getURL('popup.html'), tab.id, params),
      index: tab.index + 1,
      openerTabId: tab.id,
      windowId: tab.windowId,
    });
    return null;
  },
};
