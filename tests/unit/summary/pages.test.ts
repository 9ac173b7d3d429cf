/**
 * The summariser on real saved pages: serialised as the content script does,
 * extracted with Readability from a parsed copy as the popup does (under
 * jsdom), then summarised. A summary quotes the article,
 * in order, and never the page's navigation, captions or furniture.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { pageHtml } from '../../../src/content/page/page-html';
import { extractArticle } from '../../../src/popup/article/extract';
import { summarise } from '../../../src/core/summary/summarise';

const PAGES = process.env.BACKSTORY_PAGES ?? path.resolve(import.meta.dirname, '../../../../shared/pages');
const hasPages = fs.existsSync(PAGES);
if (!hasPages && process.env.CI) {
  throw new Error(`The saved pages are missing: expected them at ${PAGES} (set BACKSTORY_PAGES).`);
}
if (!hasPages) console.warn(`Skipping the page summaries: no saved pages at ${PAGES} (set BACKSTORY_PAGES).`);

const names = hasPages
  ? fs
      .readdirSync(PAGES)
      .filter((name) => fs.existsSync(path.join(PAGES, name, 'source.html')))
      .sort()
  : [];

// Every page when asked for, otherwise a fixed spread of them: the machine is shared.
const chosen = process.env.BACKSTORY_ALL_PAGES ? names : names.filter((_, i) => i % 4 === 0);

// Phrases of page furniture, written independently of the summariser's own list.
const FURNITURE =
  /©|\b(?:share on|subscribe|sign up|newsletter|advertisement|all rights reserved|read more|click here|cookies?)\b|^\^|archived from/i;

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Texts of the page's own furniture: navigation, asides, captions, the site's
 * header and footer. A header that holds the page's h1 heads the article (its
 * standfirst is story), and so do headers and footers inside the article.
 */
function furnitureTexts(document: Document): string[] {
  const selector =
    'nav, header, footer, aside, figcaption, [role="navigation"], [role="banner"], [role="contentinfo"]';
  const isArticlePart = (e: Element): boolean =>
    /^(?:HEADER|FOOTER)$/.test(e.tagName) &&
    (e.querySelector('h1') !== null || e.parentElement?.closest('article, main') != null);
  return [...document.querySelectorAll(selector)]
    .filter((e) => !isArticlePart(e))
    .map((e) => squash(e.textContent))
    .filter((t) => t.length > 0);
}

describe.skipIf(!hasPages)('summaries of saved pages', () => {
  test('there are pages to test', () => {
    expect(chosen.length).toBeGreaterThan(10);
  });

  test.each(chosen)('%s', (name) => {
    const html = fs.readFileSync(path.join(PAGES, name, 'source.html'), 'utf8');
    const dom = new JSDOM(html, { url: 'https://news.example/' });
    try {
      const before = dom.serialize();
      const page = pageHtml(dom.window.document);
      // The content script only reads: the page is exactly as it was.
      expect(dom.serialize()).toBe(before);
      if (page.kind !== 'page') throw new Error(`${name} is past the size cap (${page.chars} chars).`);
      const article = extractArticle(page, new dom.window.DOMParser());
      if (article === null) return;
      const result = summarise(article);
      if (result.kind === 'too-short') return;

      const { sentences } = result;
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      expect(sentences.length).toBeLessThanOrEqual(5);
      const text = squash(article.text);
      const furniture = furnitureTexts(dom.window.document);
      let last = -1;
      for (const sentence of sentences) {
        expect(sentence, 'furniture in the summary').not.toMatch(FURNITURE);
        expect(
          furniture.some((f) => f.includes(sentence)),
          `"${sentence}" comes from the page's navigation, header, footer or a caption`,
        ).toBe(false);
        // Extractive: the words are the article's (citation marks aside), in the article's order.
        const probe = sentence.slice(0, 40);
        const at = text.indexOf(probe, last + 1);
        expect(at, `"${probe}" is not in the article after the previous sentence`).toBeGreaterThan(last);
        last = at;
      }
    } finally {
      dom.window.close();
    }
  });
});
