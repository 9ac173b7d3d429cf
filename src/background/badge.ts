/**
 * The toolbar badge: how many entities the tab mentions, per tab. The browser
 * keeps badge text itself, so it survives the service worker being stopped.
 */

/** The part of `browser.action` the badge uses. */
export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** Shows and clears a tab's badge. */
export interface Badge {
  show(tabId: number, entityCount: number): Promise<void>;
  clear(tabId: number): Promise<void>;
}

// The accent of the icon, dark enough for white badge text (contrast 7:1).
const BADGE_COLOR = '#1d4e89';

/** The badge text for a number of entities: empty for none, capped so it fits the badge. */
export function badgeText(entityCount: number): string {
  if (entityCount <= 0) return '';
  return entityCount > 99 ? '99+' : String(entityCount);
}

/** A badge over `action`; failures (the tab closed meanwhile) are ignored, as there is nothing left to show. */
export function createBadge(action: ActionLike): Badge {
  const ignore = (): void => undefined;
  return {
    async show(tabId, entityCount) {
      const text = badgeText(entityCount);
      if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(ignore);
      await action.setBadgeText({ tabId, text }).catch(ignore);
    },
    async clear(tabId) {
      await action.setBadgeText({ tabId, text: '' }).catch(ignore);
    },
  };
}
