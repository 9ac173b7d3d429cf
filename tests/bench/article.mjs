// The article's own names in the built extension (headless Chromium): over the
// saved pages ($BACKSTORY_PAGES or ../shared/pages; without them, one
// synthetic article), the time the service worker's engine takes to draw them
// (extractArticle's own `ms`, read from storage.session) and the time the
// page's thread takes to check for an article and read its text (the content
// script's own measure, getArticleProgress), each per 10,000 characters,
// beside the engine's budget of 10 ms per 10,000 characters. Pages are served
// under a CSP that runs none of their scripts. Used by run.mjs; alone:
//   node tests/bench/article.mjs [--extension DIR] [--pages N]
/* global chrome -- evaluated in the extension's page */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, median } from './startup.mjs';
import { savedPages, skipLine } from '../support/saved-pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUDGET_PER_10K = 10;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One synthetic article of about 20,000 characters, for a clone without the saved pages. */
function syntheticArticle() {
  const people = ['Ingrid Solberg', 'Tomas Brekke', 'Maren Aas', 'Olav Lind', 'Sigrid Holm'];
  const paragraphs = Array.from({ length: 60 }, (_, i) => {
    const a = people[i % people.length];
    const b = people[(i + 2) % people.length];
    return `<p>${a} met ${b} in Valdmark on the ${i + 1}th day of the strike, said the Harbour Gazette, and the two could not agree on the new shift rota that the port authority wants before the summer season begins.</p>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>Strike</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
}

/** What a CSP cannot stop: Chromium's connections to frames' and preconnect hints' origins (tests/e2e/real/pages.ts). */
function defuseConnections(html) {
  return html
    .replace(/<i?frame\b[^>]*>/gi, (tag) => tag.replace(/(\s)src\s*=/gi, '$1data-defused-src='))
    .replace(/(<link\b[^>]*\brel\s*=\s*["']?)(preconnect|dns-prefetch)/gi, '$1defused-$2');
}

function startServer(pages) {
  const server = http.createServer((request, response) => {
    const page = pages.get(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1)));
    response.writeHead(page === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // As the real-page suite serves them (tests/e2e/real/pages.ts): no page script, no page resource.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
    response.end(page ?? '', 'latin1');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        url: (name) => `http://127.0.0.1:${port}/${encodeURIComponent(name)}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => {
              done(undefined);
            });
          }),
      });
    });
  });
}

/** Asks, from the extension page `ext`, what the tab showing `url` did with its article; null until decided. */
function articleOf(ext, url) {
  return ext.evaluate(async (address) => {
    // Host permissions let the extension see its tabs' addresses.
    const tab = (await chrome.tabs.query({})).find((t) => t.url === address);
    if (tab?.id === undefined) return null;
    const reply = await chrome.tabs
      .sendMessage(tab.id, { backstory: 1, type: 'getArticleProgress', params: {} }, { frameId: 0 })
      .catch(() => null);
    const progress = reply?.result;
    if (progress === undefined || !['off', 'not-article', 'drawn'].includes(progress.state)) return null;
    const key = `article:${tab.id}`;
    const stored = (await chrome.storage.session.get(key))[key];
    return { ...progress, extractMs: progress.state === 'drawn' ? (stored?.answer?.ms ?? null) : null };
  }, url);
}

/** Visits every page in turn; returns one row per page read as an article. */
export async function measureArticles({ extensionDir, pageLimit = Infinity }) {
  const saved = savedPages().slice(0, pageLimit);
  if (saved.length === 0) console.warn(skipLine('the article bench (one synthetic article instead)'));
  const pages = new Map(
    saved.length > 0
      ? saved.map(({ name, file }) => [name, defuseConnections(fs.readFileSync(file, 'latin1'))])
      : [['synthetic', syntheticArticle()]],
  );
  const server = await startServer(pages);
  const session = await launch(extensionDir);
  const rows = [];
  try {
    const ext = await session.browser.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const tab = await session.browser.newPage();
    for (const name of pages.keys()) {
      const url = server.url(name);
      await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
      let result = null;
      for (const deadline = Date.now() + 20_000; result === null && Date.now() < deadline;) {
        await sleep(50);
        result = await articleOf(ext, url);
      }
      if (result?.state === 'drawn' && result.chars > 0) rows.push({ name, ...result });
    }
  } finally {
    await session.close();
    await server.close();
  }
  return { pages: pages.size, rows };
}

/** The bench's lines for `measureArticles`' result. */
export function articleReport({ pages, rows }) {
  const per10k = (ms, r) => (ms * 10_000) / r.chars;
  const extract = rows.filter((r) => r.extractMs !== null).map((r) => per10k(r.extractMs, r));
  const read = rows.filter((r) => r.readMs !== null).map((r) => per10k(r.readMs, r));
  const total = rows
    .filter((r) => r.extractMs !== null && r.readMs !== null)
    .map((r) => per10k(Number(r.extractMs) + Number(r.readMs), r));
  const fmt = (list) =>
    list.length === 0 ? '–' : `median ${median(list).toFixed(1)}, worst ${Math.max(...list).toFixed(1)}`;
  const worstOf = (pick) => {
    const timed = rows.filter((r) => pick(r) !== null);
    const worst = timed.sort((a, b) => per10k(pick(b), b) - per10k(pick(a), a))[0];
    return worst === undefined
      ? ''
      : ` (${worst.name}: ${pick(worst).toFixed(1)} ms for ${worst.chars} characters)`;
  };
  const within = extract.filter((v) => v <= BUDGET_PER_10K).length;
  return [
    `${rows.length} of ${pages} pages read as articles with names drawn; ms per 10,000 characters:`,
    `  extraction in the service worker   ${fmt(extract)}${worstOf((r) => r.extractMs)}; the budget is ${BUDGET_PER_10K}, met on ${within} of ${extract.length}`,
    `  the text read in the page          ${fmt(read)}${worstOf((r) => r.readMs)}`,
    `  both                               ${fmt(total)}`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--extension');
  const pagesAt = args.indexOf('--pages');
  const result = await measureArticles({
    extensionDir: at >= 0 ? path.resolve(args[at + 1]) : path.join(root, 'dist/chrome'),
    pageLimit: pagesAt >= 0 ? Number(args[pagesAt + 1]) : Infinity,
  });
  for (const line of articleReport(result)) console.log(line);
}
