import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { isLoopbackHost, assertOnlyLoopback } from '../../e2e/harness/network';
import { startRecordingProxy, type RecordingProxy } from '../../e2e/harness/proxy';
import { startStaticServer, type StaticServer } from '../../e2e/harness/server';

/** A GET through the proxy, as a browser sends it: the absolute URL on the request line. */
function getThrough(proxy: RecordingProxy, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: proxy.port, path: url, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

/** The proxy's answer to a CONNECT, as its status line. */
function connectThrough(proxy: RecordingProxy, authority: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(proxy.port, '127.0.0.1', () => {
      socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n\r\n`);
    });
    socket.once('data', (chunk: Buffer) => {
      resolve(chunk.toString().split('\r\n')[0] ?? '');
      socket.destroy();
    });
    socket.on('error', reject);
  });
}

describe('the recording proxy', () => {
  let proxy: RecordingProxy | undefined;
  let server: StaticServer | undefined;
  afterEach(async () => {
    await proxy?.close();
    await server?.close();
  });

  test('forwards loopback requests and records them', async () => {
    proxy = await startRecordingProxy();
    server = await startStaticServer();
    const answer = await getThrough(proxy, server.url('/article.html'));
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Summit in Dushanbe');
    expect(proxy.requests).toMatchObject([
      { method: 'GET', host: '127.0.0.1', url: server.url('/article.html') },
    ]);
    expect(() => {
      assertOnlyLoopback(proxy?.requests ?? [], 'test');
    }).not.toThrow();
  });

  test('blocks and records requests to other hosts, plain and tunnelled', async () => {
    proxy = await startRecordingProxy();
    expect((await getThrough(proxy, 'http://example.invalid/track?id=1')).status).toBe(403);
    expect(await connectThrough(proxy, 'example.invalid:443')).toBe('HTTP/1.1 403 Forbidden');
    expect(proxy.requests.map((r) => `${r.method} ${r.host}:${r.port}`)).toEqual([
      'GET example.invalid:80',
      'CONNECT example.invalid:443',
    ]);
    expect(() => {
      assertOnlyLoopback(proxy?.requests ?? [], 'test');
    }).toThrow(/2 request\(s\).*\n.*example\.invalid\/track/);
  });
});

describe('isLoopbackHost', () => {
  test.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['[::1]', true],
    ['::1', true],
    ['128.0.0.1', false],
    ['127.0.0.1.example.com', false],
    ['localhost.example.com', false],
    ['example.com', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
