/** Options page entry point. */
import browser from 'webextension-polyfill';

document.title = browser.i18n.getMessage('extName');
