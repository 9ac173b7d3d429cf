// Measures the article names' two costs over the saved real pages
// ($BACKSTORY_PAGES or ../shared/pages): the content script's check and text
// collection (readArticleText, in jsdom, which is slower than a browser's
// DOM), and the background's drawing of the names (articleNames, on the same
// V8 as Chrome's service worker). Usage: node scripts/article-cost.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadCore } from './load-core.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.BACKSTORY_PAGES ?? path.resolve(root, '../shared/pages');
if (!fs.existsSync(dir)) {
  console.log(`no pages at ${dir}: nothing to measure`);
  process.exit(0);
}
const core = await loadCore({
  'src/content/article/article-text.ts': ['readArticleText'],
  'src/core/article/article-names.ts': ['articleNames'],
});
const bundled = JSON.parse(fs.readFileSync(path.join(root, 'assets/dictionary/backstory.json'), 'utf8'));

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const checks = [];
const draws = [];
let articles = 0;
const pages = fs
  .readdirSync(dir)
  .filter((n) => fs.existsSync(path.join(dir, n, 'source.html')))
  .sort();
for (const name of pages) {
  const html = fs.readFileSync(path.join(dir, name, 'source.html'), 'utf8');
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  core.readArticleText(document); // warm
  const t0 = performance.now();
  const read = core.readArticleText(document);
  checks.push(performance.now() - t0);
  if (!read.isArticle) continue;
  articles++;
  const request = { url: `http://x/${name}`, title: name, site: null, published: null, text: read.text };
  const t1 = performance.now();
  const names = core.articleNames(request, [bundled]);
  const ms = performance.now() - t1;
  draws.push({ name, ms, chars: read.text.length, entities: names.dictionary.entities.length });
}
for (const d of [...draws].sort((a, b) => b.ms - a.ms).slice(0, 3))
  console.log(`slowest: ${d.name} ${d.ms.toFixed(0)} ms for ${d.chars} characters`);
const perTenK = draws.map((d) => (d.ms * 10_000) / Math.max(1, d.chars));
console.log(`pages ${pages.length}, read as articles ${articles}`);
console.log(
  `check + text (jsdom): median ${median(checks).toFixed(2)} ms, max ${Math.max(...checks).toFixed(2)} ms`,
);
console.log(
  `drawing the names: median ${median(draws.map((d) => d.ms)).toFixed(1)} ms, max ${Math.max(...draws.map((d) => d.ms)).toFixed(1)} ms; ` +
    `median ${median(perTenK).toFixed(1)} ms per 10,000 characters; median ${median(draws.map((d) => d.entities))} entities`,
);
