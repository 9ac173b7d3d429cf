/**
 * Why Backstory cannot run on a page, from its URL: browsers keep extensions
 * out of their own pages, their add-on stores and their PDF viewer, and
 * file:// pages need a permission the user grants by hand.
 */

/** Why a page cannot be annotated. */
export type UnsupportedReason =
  'browser-page' | 'store' | 'pdf' | 'file' | 'not-web' | 'no-content-script' | 'no-tab';

const BROWSER_SCHEMES =
  /^(?:about|chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|moz-extension|resource|view-source):/i;

/**
 * The reason Backstory cannot run at `url`, or `null` when it should be able
 * to; `restrictedHosts` are the add-on stores of this browser.
 */
export function unsupportedReason(url: string, restrictedHosts: readonly string[]): UnsupportedReason | null {
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (/^file:/i.test(url)) return 'file';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not-web';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'not-web';
  if (restrictedHosts.includes(parsed.hostname)) return 'store';
  // Both browsers show PDFs in a viewer that content scripts cannot enter; its URL is the PDF's.
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/** The message key that explains a reason to the user. */
export function unsupportedMessageKey(reason: UnsupportedReason): string {
  const keys: Record<UnsupportedReason, string> = {
    'browser-page': 'popupUnsupportedBrowserPage',
    store: 'popupUnsupportedStore',
    pdf: 'popupUnsupportedPdf',
    file: 'popupUnsupportedFile',
    'not-web': 'popupUnsupportedNotWeb',
    'no-content-script': 'popupUnsupportedNoContentScript',
    'no-tab': 'popupUnsupportedNoTab',
  };
  return keys[reason];
}
