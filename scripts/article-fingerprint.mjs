// Fingerprints what articleNames draws for each saved page ($BACKSTORY_PAGES or
// ../shared/pages): one SHA-256 of its JSON per page read as an article, then
// one of them all. Run it before and after a change that should not change the
// results (a speed-up) and diff the two outputs. Usage:
//   node scripts/article-fingerprint.mjs > before.txt
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadCore } from './load-core.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.BACKSTORY_PAGES ?? path.resolve(root, '../shared/pages');
if (!fs.existsSync(dir)) {
  console.log(`no pages at ${dir}: nothing to fingerprint`);
  process.exit(0);
}
const core = await loadCore({
  'src/content/article/article-text.ts': ['readArticleText'],
  'src/core/article/article-names.ts': ['articleNames'],
});
const bundled = JSON.parse(fs.readFileSync(path.join(root, 'assets/dictionary/backstory.json'), 'utf8'));
const sha = (/** @type {string} */ text) => crypto.createHash('sha256').update(text).digest('hex');
const all = crypto.createHash('sha256');
const pages = fs
  .readdirSync(dir)
  .filter((n) => fs.existsSync(path.join(dir, n, 'source.html')))
  .sort();
for (const name of pages) {
  const html = fs.readFileSync(path.join(dir, name, 'source.html'), 'utf8');
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  const read = core.readArticleText(document);
  if (!read.isArticle) continue;
  const request = { url: `http://x/${name}`, title: name, site: null, published: null, text: read.text };
  const json = JSON.stringify(core.articleNames(request, [bundled]));
  all.update(json);
  console.log(`${sha(json).slice(0, 16)} ${name}`);
}
console.log(`${all.digest('hex').slice(0, 16)} all`);
