import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { pageHtml } from '../../../src/content/page/page-html';
import { extractArticle as extractFromPage, parsePage } from '../../../src/popup/article/extract';

const paragraph = (n: number): string =>
  `<p>Paragraph ${n} tells how the delegations met in Dushanbe, what the ministers said about the border, ` +
  `and why the talks on drug trafficking mattered to Russia, Tajikistan and their neighbours in Central Asia.</p>`;

const ARTICLE = `<!doctype html><html><head><title>Border talks | News</title></head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Border talks</h1>
    ${[1, 2, 3].map(paragraph).join('')}
    <figure><img src="a.jpg" alt=""><figcaption>Delegates arrive at the summit hall.</figcaption></figure>
    ${[4, 5, 6].map(paragraph).join('')}
    <pre>GET /api/border HTTP/1.1</pre>
    <ol class="references"><li>^ "Border talks resume". Archived from the original.</li></ol>
  </article>
  <footer>© 2010 News. All rights reserved.</footer>
</body></html>`;

function documentOf(html: string): Document {
  return new JSDOM(html, { url: 'https://news.example/border' }).window.document;
}

const { DOMParser } = new JSDOM().window;

/** The path the summary takes: the content script serialises the page, the popup parses and extracts. */
function extractArticle(document: Document): ReturnType<typeof extractFromPage> {
  const page = pageHtml(document);
  if (page.kind !== 'page') throw new Error('The fixture is too large.');
  return extractFromPage(page, new DOMParser());
}

describe('extractArticle', () => {
  test('returns the title and the prose, one paragraph a line', () => {
    const article = extractArticle(documentOf(ARTICLE));
    expect(article?.title).toMatch(/^Border talks/);
    const lines = article?.text.split('\n') ?? [];
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^Paragraph 1 tells/);
    expect(lines[5]).toMatch(/^Paragraph 6 tells/);
  });

  test('leaves out captions, code, reference lists, navigation and the footer', () => {
    const text = extractArticle(documentOf(ARTICLE))?.text ?? '';
    expect(text).not.toMatch(/Delegates arrive|GET \/api|Archived|Home|All rights reserved/);
  });

  test("resolves the parsed page against its own address, not the popup's", () => {
    const doc = parsePage({ html: ARTICLE, url: 'https://news.example/border', title: '' }, new DOMParser());
    expect(doc.querySelector('a')?.href).toBe('https://news.example/');
  });

  test('a page past the cap is sent as its size only', () => {
    const document = documentOf(ARTICLE);
    const whole = pageHtml(document);
    expect(whole.kind === 'page' && whole.html.startsWith('<!DOCTYPE html><html>')).toBe(true);
    const chars = whole.kind === 'page' ? whole.html.length : 0;
    expect(pageHtml(document, chars - 1)).toEqual({ kind: 'too-large', chars });
  });

  test('never changes the page', () => {
    const document = documentOf(ARTICLE);
    const before = document.documentElement.outerHTML;
    extractArticle(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test.each([
    ['a page of links', '<body><nav>' + '<a href="/x">Link</a> '.repeat(40) + '</nav></body>'],
    ['a sign-in form', '<body><form><label>Email <input></label><button>Sign in</button></form></body>'],
    [
      'a short teaser',
      '<body><article><p>Talks resume in Dushanbe on Monday, officials said.</p></article></body>',
    ],
  ])('%s is not an article', (_name, body) => {
    expect(
      extractArticle(documentOf(`<!doctype html><html><head><title>x</title></head>${body}</html>`)),
    ).toBeNull();
  });
});
