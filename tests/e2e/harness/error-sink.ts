/**
 * Firefox's WebDriver BiDi reports no errors from moz-extension:// pages, so
 * the harness listens inside each extension page it opens and the page posts
 * its uncaught errors here, a tiny server on 127.0.0.1. Errors thrown before
 * the page finished loading are not seen this way.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import type { PageError } from './session';

/** A running sink: where pages post their errors. */
export interface ErrorSink {
  url: string;
  close: () => Promise<void>;
}

/** Starts a sink that hands every reported error to `onError`. */
export async function startErrorSink(onError: (error: PageError) => void): Promise<ErrorSink> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      try {
        const { url, message } = JSON.parse(body) as PageError;
        if (typeof url === 'string' && typeof message === 'string') onError({ url, message });
      } catch {
        // Not a report of ours.
      }
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Makes a loaded page post its uncaught errors and unhandled rejections to `sink`, filed under `pageUrl`. */
export async function reportErrorsTo(page: Page, sink: ErrorSink, pageUrl: string): Promise<void> {
  await page.evaluate(
    // No named functions in here: esbuild's keepNames would wrap them in a
    // helper that does not exist in the page.
    (sinkUrl, url) => {
      addEventListener('error', (event) => {
        navigator.sendBeacon(sinkUrl, JSON.stringify({ url, message: `Uncaught ${event.message}` }));
      });
      addEventListener('unhandledrejection', (event) => {
        const reason: unknown = event.reason;
        const message = `Uncaught (in promise) ${reason instanceof Error ? reason.message : String(reason)}`;
        navigator.sendBeacon(sinkUrl, JSON.stringify({ url, message }));
      });
    },
    sink.url,
    pageUrl,
  );
}
