/**
 * Tests of the harness itself, so that the suite's checks can fail: a page
 * that reaches for the internet is recorded by the proxy (and blocked), and
 * the fixture server adds the headers a test asks for, page errors are kept.
 */
import { describe, expect, test } from 'vitest';
import { assertOnlyLoopback, BROWSERS, externalRequests, pollFor } from './harness';
import { useBrowser } from './harness/vitest';

describe.each(BROWSERS)('the harness in %s', (name) => {
  // This browser leaks on purpose, so the suite-wide check leaves it out.
  const fixture = useBrowser(name, { isExtensionLoaded: false, isSuiteChecked: false });

  test('records and blocks requests to other hosts, over HTTP and HTTPS', async () => {
    const page = await fixture.session.openPage(fixture.server.url('/article.html'));
    await page.evaluate(async () => {
      for (const url of ['http://leak.invalid/plain', 'https://leak.invalid/tls']) {
        await fetch(url, { mode: 'no-cors' }).catch(() => undefined);
      }
    });
    const hosts = externalRequests(fixture.session.proxy.requests).map(
      (r) => `${r.method} ${r.host}:${r.port}`,
    );
    expect(hosts).toEqual(expect.arrayContaining(['GET leak.invalid:80', 'CONNECT leak.invalid:443']));
    expect(() => {
      assertOnlyLoopback(fixture.session.proxy.requests, name);
    }).toThrow(/leak\.invalid/);
  });

  test('serves fixture pages with the headers a test sets', async () => {
    fixture.server.setHeaders('/article.html', { 'content-security-policy': "default-src 'none'" });
    const page = await fixture.session.browser.newPage();
    const response = await page.goto(fixture.server.url('/article.html'));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe("default-src 'none'");
    expect(await page.title()).toBe('Summit in Dushanbe');
  });

  test('records uncaught errors of the pages it opens', async () => {
    await fixture.session.openPage(fixture.server.url('/throws.html'));
    await pollFor(
      () => Promise.resolve(fixture.session.pageErrors.length > 0 ? true : undefined),
      5000,
      'the page error',
    );
    expect(fixture.session.pageErrors).toEqual([
      { url: fixture.server.url('/throws.html'), message: expect.stringContaining('thrown on purpose') },
    ]);
  });
});

describe.each(BROWSERS)('the harness with Backstory in %s', (name) => {
  const fixture = useBrowser(name);

  test('records uncaught errors of extension pages', async () => {
    const page = await fixture.session.openExtensionPage('options.html');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('thrown on purpose in an extension page');
      }, 0);
    });
    await pollFor(
      () => Promise.resolve(fixture.session.pageErrors.length > 0 ? true : undefined),
      5000,
      'the extension page error',
    );
    expect(fixture.session.pageErrors).toEqual([
      {
        url: `${fixture.session.extensionBaseUrl}options.html`,
        message: expect.stringContaining('thrown on purpose in an extension page'),
      },
    ]);
  });
});
