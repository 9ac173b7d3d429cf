/**
 * The build-time patches of bundled libraries (scripts/library-patches.mjs):
 * the libraries are bundled here through the same esbuild plugin as the
 * extension, and the patched copies must give exactly what the originals give.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Readability as OriginalReadability } from '@mozilla/readability';
import originalPurify from 'dompurify';
import * as esbuild from 'esbuild';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyPatch, LIBRARY_PATCHES, libraryPatchesPlugin } from '../../../scripts/library-patches.mjs';
import { describeSavedPages } from '../../support/saved-pages-suite';

type ReadabilityClass = typeof OriginalReadability;
type Purify = typeof originalPurify;

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-patches-'));
afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

/** Bundles `contents` with the patches, as build.mjs does. */
async function bundle(contents: string): Promise<esbuild.BuildResult & { text: string }> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    plugins: [libraryPatchesPlugin()],
  });
  return { ...result, text: result.outputFiles[0]?.text ?? '' };
}

let patched: { code: string; Readability: ReadabilityClass; purify: Purify };
beforeAll(async () => {
  const { text } = await bundle(
    `export { Readability } from '@mozilla/readability'; export { default as purify } from 'dompurify';`,
  );
  const file = path.join(outDir, 'patched.cjs');
  fs.writeFileSync(file, text);
  const module = createRequire(import.meta.url)(file) as { Readability: ReadabilityClass; purify: Purify };
  patched = { code: text, ...module };
});

const URL = 'https://news.example/border';
const paragraph = (n: number): string =>
  `<p>Paragraph ${n} tells how the delegations met in Dushanbe, what the ministers said about the border, ` +
  `and why the talks on drug trafficking mattered to Russia, Tajikistan and their neighbours.</p>\n`;
const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Border talks</title></head><body>\n  ${body}\n</body></html>`;
const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

const FIXTURES: [string, string][] = [
  [
    'a noscript image behind a placeholder',
    page(`<article><h1>Border talks</h1>${paragraph(1)}${paragraph(2)}
      <figure><img src="${PLACEHOLDER}" alt="" class="lazy"><noscript><img src="/real.jpg" alt="The border post"></noscript></figure>
      ${paragraph(3)}${paragraph(4)}</article>`),
  ],
  // The first attempt strips "unlikely" blocks, finds too little, restores the page and tries again.
  [
    'a retry: the article sits in a sidebar',
    page(`<div class="sidebar">${[1, 2, 3, 4, 5].map(paragraph).join('')}</div>`),
  ],
  // Every attempt finds too little: the page is restored after each, and the longest attempt wins.
  [
    'a retry of every pass: a short story',
    page(`<div class="comment"> <b>Talks resume</b> ${paragraph(1)}</div>`),
  ],
];

interface Parsed {
  title: string | null | undefined;
  content: string | null | undefined;
  textContent: string | null | undefined;
}

function parseWith(Readability: ReadabilityClass, html: string): Parsed | null {
  const dom = new JSDOM(html, { url: URL });
  try {
    const article = new Readability(dom.window.document).parse();
    return article && { title: article.title, content: article.content, textContent: article.textContent };
  } finally {
    dom.window.close();
  }
}

describe('the patched Readability', () => {
  test('has no innerHTML assignment left', () => {
    expect(patched.code).toContain('backstoryParseBody');
    expect(patched.code).not.toMatch(/\.innerHTML\s*=[^=]/);
  });

  test.each(FIXTURES)('%s: the same article as the original', (_name, html) => {
    const original = parseWith(OriginalReadability, html);
    expect(original?.textContent).toMatch(/Paragraph 1 tells/);
    expect(parseWith(patched.Readability, html)).toEqual(original);
  });

  test('the noscript image replaces its placeholder', () => {
    const content = parseWith(patched.Readability, FIXTURES[0]?.[1] ?? '')?.content ?? '';
    expect(content).toContain('src="https://news.example/real.jpg"');
    expect(content).not.toContain('<noscript');
  });
});

describeSavedPages('the patched Readability on saved pages', (savedPages) => {
  // A spread of the saved pages, every page with BACKSTORY_ALL_PAGES: the machine is shared.
  const pages = savedPages.filter((_, i) => process.env.BACKSTORY_ALL_PAGES || i % 8 === 0);

  test.each(pages)(
    'saved page $name: the same article as the original',
    ({ file }) => {
      const html = fs.readFileSync(file, 'utf8');
      expect(parseWith(patched.Readability, html)).toEqual(parseWith(OriginalReadability, html));
      // Two parses of a large page under jsdom take seconds on a busy machine: no timing assertion.
    },
    60_000,
  );
});

describe('the patched DOMPurify', () => {
  test('has no innerHTML assignment left', () => {
    expect(patched.code).toContain('backstoryParseXmlChildren');
    expect(patched.code).not.toMatch(/\.innerHTML\s*=[^=]/);
  });

  // A NAMESPACE other than HTML's takes the branch that was patched: an XML document's fragment.
  test.each([
    ['<circle r="2"/><a href="javascript:alert(1)">x</a><text onclick="x()">hi</text>'],
    ['<g><title>T</title></g>'],
    ['<unclosed>'],
    [''],
  ])('sanitises %j in the SVG namespace as the original does', (dirty) => {
    const { window } = new JSDOM('');
    const options = { NAMESPACE: 'http://www.w3.org/2000/svg' };
    expect(patched.purify(window).sanitize(dirty, options)).toBe(
      originalPurify(window).sanitize(dirty, options),
    );
  });
});

describe('patching', () => {
  const readability = LIBRARY_PATCHES[0];

  test('fails loudly when a library no longer matches', () => {
    if (readability === undefined) throw new Error('no patches');
    expect(() => applyPatch(readability, 'function Readability(doc, options) {}')).toThrow(
      /expected "page\.innerHTML = pageCacheHtml;" once, found it 0 times/,
    );
  });

  test('fails the build when a patched package is bundled from another file', async () => {
    await expect(bundle(`import 'dompurify/dist/purify.js';`)).rejects.toThrow(
      /dompurify\/ is bundled from another file/,
    );
  });
});
