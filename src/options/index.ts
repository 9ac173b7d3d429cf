/** Options page entry point: wires the browser's services into the page. */
import browser from 'webextension-polyfill';
import { dictionary as bundled } from 'backstory:bundled-dictionary';
import { SHORTCUTS_PAGE, isFirefox } from '../shared/platform';
import type { OptionsDeps } from './context';
import { mountOptionsPage } from './page';
import { logError } from '../shared/log';

/** Saves a blob through a temporary <a download>, the one way a page can offer a file without permissions. */
function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoked after the click has been handled; revoking at once can cancel the download in Firefox.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

const deps: OptionsDeps = {
  t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
  bundled,
  getCommands: () => browser.commands.getAll(),
  shortcuts: {
    page: SHORTCUTS_PAGE,
    // Firefox refuses to open about: pages for extensions; it gets written instructions instead.
    ...(isFirefox
      ? {}
      : {
          open: async () => {
            await browser.tabs.create({ url: SHORTCUTS_PAGE });
          },
        }),
  },
  download,
};

mountOptionsPage(document, deps).then(
  (teardown) => {
    window.addEventListener('pagehide', teardown, { once: true });
  },
  (error: unknown) => {
    logError('options', 'the page failed to load', error);
  },
);
