/**
 * The page's markup for the popup's summary. The content script only reads
 * and serialises the document; Readability runs in the popup on an inert
 * copy parsed from this string, so its 35 KB are not loaded into every page
 * and the page is never touched.
 */
import type { PageHtml } from '../../shared/messages';

/** The most markup sent for a summary: about 10 MB of UTF-16, far past any article, short of what a message should carry. */
export const MAX_PAGE_CHARS = 5_000_000;

/** The markup, address and title of `doc`, or its size when it is past `maxChars`. */
export function pageHtml(doc: Document, maxChars = MAX_PAGE_CHARS): PageHtml {
  const markup = doc.documentElement.outerHTML;
  // outerHTML leaves out the doctype; without it the popup would parse the page in quirks mode.
  const html = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>${markup}` : markup;
  if (html.length > maxChars) return { kind: 'too-large', chars: html.length };
  return { kind: 'page', html, url: doc.URL, title: doc.title };
}
