import net from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../e2e/harness/server';

/** A raw request line, so that `..` reaches the server unnormalised. */
function rawGet(server: StaticServer, requestPath: string): Promise<string> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => {
      socket.write(`GET ${requestPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('end', () => {
      resolve(text.split('\r\n')[0] ?? '');
    });
    socket.on('error', reject);
  });
}

describe('the fixture server', () => {
  let server: StaticServer | undefined;
  afterEach(async () => {
    await server?.close();
  });

  test('serves fixtures at / and the demo page at /demo/, on loopback', async () => {
    server = await startStaticServer();
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const fixture = await fetch(server.url('/article.html'));
    expect(fixture.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await fixture.text()).toContain('<title>Summit in Dushanbe</title>');
    const demo = await fetch(server.url('/demo/'));
    expect(await demo.text()).toContain('Russian Presence on Tajik Border');
    expect(server.served).toEqual(['/article.html', '/demo/']);
  });

  test('adds the headers a test sets, to that path only', async () => {
    server = await startStaticServer();
    server.setHeaders('/article.html', { 'content-security-policy': "default-src 'none'" });
    const strict = await fetch(server.url('/article.html'));
    expect(strict.headers.get('content-security-policy')).toBe("default-src 'none'");
    const other = await fetch(server.url('/throws.html'));
    expect(other.headers.get('content-security-policy')).toBeNull();
  });

  test('answers a path from code when a test sets a route', async () => {
    server = await startStaticServer();
    server.setRoute('/generated.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>made by the test</p>');
    });
    expect(await (await fetch(server.url('/generated.html'))).text()).toBe('<p>made by the test</p>');
  });

  test('answers 404 for missing files and paths that climb out of its folders', async () => {
    server = await startStaticServer();
    expect((await fetch(server.url('/no-such-page.html'))).status).toBe(404);
    expect(await rawGet(server, '/../../../package.json')).toBe('HTTP/1.1 404 Not Found');
    expect(await rawGet(server, '/demo/../../harness/server.ts')).toBe('HTTP/1.1 404 Not Found');
    // An encoded slash survives URL parsing and is decoded afterwards: the folder check catches it.
    expect(await rawGet(server, '/..%2f..%2f..%2fpackage.json')).toBe('HTTP/1.1 404 Not Found');
    expect(await rawGet(server, '/demo/..%2f..%2fmanifest.json')).toBe('HTTP/1.1 404 Not Found');
  });
});
