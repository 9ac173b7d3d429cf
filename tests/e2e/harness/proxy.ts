/**
 * A logging forward proxy on 127.0.0.1 that both browsers are pointed at.
 * It records every request that reaches it and forwards only those to
 * loopback; anything else is answered with 403 and never leaves the machine.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { isLoopbackHost } from './network';

/** One request the browser made through the proxy. */
export interface RecordedRequest {
  /** `CONNECT` for a tunnel (HTTPS, WebSocket over TLS), else the HTTP method. */
  method: string;
  /** Host name without port or brackets. */
  host: string;
  port: number;
  /** The full URL for plain HTTP; `host:port` for a tunnel. */
  url: string;
  /** Milliseconds since the proxy started. */
  at: number;
}

/** A running proxy and what it has seen. */
export interface RecordingProxy {
  port: number;
  /** Every request so far, in order. */
  readonly requests: readonly RecordedRequest[];
  close: () => Promise<void>;
}

function splitHostPort(authority: string, defaultPort: number): { host: string; port: number } {
  const match = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(authority);
  const host = match?.[1] ?? authority;
  return { host: host.toLowerCase(), port: match?.[2] ? Number(match[2]) : defaultPort };
}

/** Starts a recording proxy on a random loopback port. */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const started = Date.now();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<net.Socket>();

  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const { host, port } = splitHostPort(target.host, 80);
    requests.push({ method: req.method ?? 'GET', host, port, url, at: Date.now() - started });
    if (!isLoopbackHost(host)) {
      res.writeHead(403).end('Blocked by the Backstory test proxy.');
      return;
    }
    const upstream = http.request(
      { host, port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });

  server.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
    const { host, port } = splitHostPort(req.url ?? '', 443);
    requests.push({ method: 'CONNECT', host, port, url: req.url ?? '', at: Date.now() - started });
    client.on('error', () => client.destroy());
    if (!isLoopbackHost(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}
