/**
 * The no-request-leaves-the-machine check: which hosts count as loopback,
 * the assertion over a browser's recorded requests, and the suite-wide log
 * that the global teardown checks once more over every browser the suite ran.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RecordedRequest } from './proxy';

/** Whether a host name or address is this machine. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/** The requests among `requests` that went to a host other than loopback. */
export function externalRequests(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => !isLoopbackHost(request.host));
}

/** Throws, listing them, when any of `requests` went to a host other than loopback. */
export function assertOnlyLoopback(requests: readonly RecordedRequest[], label: string): void {
  const external = externalRequests(requests);
  if (external.length === 0) return;
  const lines = external.map((r) => `  ${r.method} ${r.url}`).join('\n');
  throw new Error(`${label} made ${external.length} request(s) to hosts other than loopback:\n${lines}`);
}

/** Environment variable naming the directory where each browser session leaves its request log. */
export const REQUEST_LOG_DIR_ENV = 'BACKSTORY_E2E_REQUEST_LOG_DIR';

/** Writes a session's requests where the global teardown will check them (when the suite set a directory). */
export function saveRequestLog(label: string, requests: readonly RecordedRequest[]): void {
  const dir = process.env[REQUEST_LOG_DIR_ENV];
  if (dir === undefined || dir === '') return;
  const file = path.join(dir, `${label.replace(/[^\w.-]+/g, '-')}-${process.pid}-${Date.now()}.json`);
  fs.writeFileSync(file, JSON.stringify({ label, requests }, null, 1));
}

/** Reads every session log in `dir`. */
export function readRequestLogs(dir: string): { label: string; requests: RecordedRequest[] }[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map(
      (name) =>
        JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as {
          label: string;
          requests: RecordedRequest[];
        },
    );
}
