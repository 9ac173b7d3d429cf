/**
 * The browser's own extension API, which the build puts in place of
 * webextension-polyfill in the bundles that run in web pages (content.js,
 * card.js and article.js; scripts/build-options.mjs): the polyfill weighs 10 KB that every
 * page would parse, and both browsers' MV3 APIs already return promises.
 * Chrome's is `chrome` (a page element with id "browser" shows through the
 * isolated world's `window`, so that name is not read there); Firefox's is
 * `browser`. The one difference the polyfill hid, a promise returned by an
 * `onMessage` listener, is handled where the content script listens
 * (src/content/page/routes.ts answers with `sendResponse`).
 */
import type { Browser } from 'webextension-polyfill';
import { isFirefox } from './platform';

type Globals = Record<'browser' | 'chrome', Browser | undefined>;

const globals = globalThis as unknown as Globals;

/** The extension API of this browser. */
const api = (isFirefox ? globals.browser : globals.chrome) as Browser;

export default api;
