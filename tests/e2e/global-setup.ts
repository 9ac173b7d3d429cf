/**
 * Suite-wide setup of the browser suite: checks the extension is built and
 * gives every browser session a place to leave its request log; the teardown
 * fails the run when any browser, over the whole suite, sent a request to a
 * host other than loopback.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { externalRequests, readRequestLogs, REQUEST_LOG_DIR_ENV } from './harness/network';
import { ROOT } from './harness/server';

/** Prepares the request log directory; returns the teardown that checks it. */
export default function setup(): () => void {
  for (const target of ['chrome', 'firefox']) {
    if (!fs.existsSync(path.join(ROOT, 'dist', target, 'manifest.json'))) {
      throw new Error(`dist/${target} is missing: run \`node build.mjs\` first.`);
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-requests-'));
  process.env[REQUEST_LOG_DIR_ENV] = dir;

  return () => {
    const logs = readRequestLogs(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    const total = logs.reduce((sum, log) => sum + log.requests.length, 0);
    const external = logs.flatMap((log) =>
      externalRequests(log.requests).map((r) => `  ${log.label}: ${r.method} ${r.url}`),
    );
    console.log(
      `e2e network: ${logs.length} browser session(s), ${total} proxied request(s), ${external.length} to hosts other than loopback`,
    );
    if (external.length > 0) {
      throw new Error(`Requests left the machine during the suite:\n${external.join('\n')}`);
    }
  };
}
