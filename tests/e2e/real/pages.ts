/**
 * How the suite serves the saved real pages (found by tests/support/saved-pages.mjs):
 * from the fixture server on 127.0.0.1, under a CSP that lets no page script
 * run and no page resource load, in both the run with Backstory and the run
 * without it.
 */
import fs from 'node:fs';
import { type StaticServer } from '../harness';

/**
 * Page scripts would make the two runs differ (clocks, ads, random ids) and
 * cost time; page resources would leave the machine. Inline styles stay, so
 * that pages keep their hidden parts hidden.
 */
export const REAL_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * What the CSP cannot stop: Chromium connects (through the harness's proxy,
 * which refuses) to the origin of a frame before the CSP blocks the frame,
 * and to `preconnect` hints. The served copy, the same in both runs, keeps
 * those attributes under other names; the text Backstory reads is untouched.
 */
export function defuseConnections(html: string): string {
  return html
    .replace(/<i?frame\b[^>]*>/gi, (tag) => tag.replace(/(\s)src\s*=/gi, '$1data-defused-src='))
    .replace(/(<link\b[^>]*\brel\s*=\s*["']?)(preconnect|dns-prefetch)/gi, '$1defused-$2');
}

/** One saved page. */
export interface RealPage {
  name: string;
  file: string;
}

/** The path a page is served at. */
export function realPagePath(page: RealPage): string {
  return `/real/${encodeURIComponent(page.name)}/`;
}

/** Serves every page of `pages` from `server` under `REAL_PAGE_CSP`, its connections defused. */
export function serveRealPages(server: StaticServer, pages: readonly RealPage[]): void {
  for (const page of pages) {
    server.setRoute(realPagePath(page), (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': REAL_PAGE_CSP,
      });
      // latin1 both ways keeps the saved bytes as they are, whatever their encoding.
      res.end(defuseConnections(fs.readFileSync(page.file, 'latin1')), 'latin1');
    });
  }
}
