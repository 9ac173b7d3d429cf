/**
 * Browser differences, all in one place. Nothing else checks which browser
 * it runs in; the build sets `__BROWSER__` for each bundle.
 */

/** The browser this bundle was built for. */
export const BROWSER: 'chrome' | 'firefox' = __BROWSER__;

/** Whether this bundle runs in Firefox. */
export const isFirefox = BROWSER === 'firefox';

/** Where users change the extension's keyboard shortcuts (shown as text: extensions cannot open these pages in Firefox). */
export const SHORTCUTS_PAGE = isFirefox ? 'about:addons' : 'chrome://extensions/shortcuts';

/** URL schemes and hosts where browsers do not let extensions run content scripts. */
export const RESTRICTED_HOSTS: readonly string[] = isFirefox
  ? ['addons.mozilla.org', 'accounts-static.cdn.mozilla.net', 'accounts.firefox.com']
  : ['chrome.google.com', 'chromewebstore.google.com'];
