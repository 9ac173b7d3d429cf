/**
 * Keeps every browser the harness starts on a short leash: each one is the
 * leader of its own process group, and that group is killed on every exit
 * path, including a worker that is killed outright (a detached watchdog
 * outlives it, kills the group and removes the browser's profile).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** Guarded groups, by leader pid, with the profile directory to remove once they are gone. */
const groups = new Map<number, string | undefined>();

/** Kills a process group (and removes its profile directory); a group that is already gone is fine. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone: nothing to kill.
  }
  const dir = groups.get(pid);
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  groups.delete(pid);
}

function killAll(): void {
  for (const pid of [...groups.keys()]) killGroup(pid);
}

let isHooked = false;

function hookProcessExit(): void {
  if (isHooked) return;
  isHooked = true;
  // Signals need no handler of ours: a process they kill leaves the watchdog to do it.
  process.on('exit', killAll);
}

// Runs in its own process: polls the test process and, once it is gone, kills
// the browser's group and removes its profile, so a SIGKILLed vitest worker
// leaves nothing behind. It ends by itself when the browser ends first.
const WATCHDOG = `
const [parent, group] = process.argv.slice(1, 3).map(Number);
const dir = process.argv[3];
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const timer = setInterval(() => {
  if (!alive(parent)) {
    try { process.kill(-group, 'SIGKILL'); } catch {}
    clearInterval(timer);
    if (dir) setTimeout(() => require('fs').rmSync(dir, { recursive: true, force: true }), 1000);
  } else if (!alive(group)) {
    clearInterval(timer);
  }
}, 500);
`;

/** Registers a browser's process group (its leader's pid) and profile directory for clean-up on every exit path. */
export function guardProcessGroup(pid: number, profileDir?: string): void {
  hookProcessExit();
  groups.set(pid, profileDir);
  const args = ['-e', WATCHDOG, String(process.pid), String(pid), ...(profileDir ? [profileDir] : [])];
  const watchdog = spawn(process.execPath, args, {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
}

/**
 * Stops removing `pid`'s profile directory when its group is killed, so the
 * next browser can start on it (a restart); the watchdog still removes it if
 * the test process dies while this browser runs.
 */
export function keepProfileOf(pid: number): void {
  if (groups.has(pid)) groups.set(pid, undefined);
}

/** Rejects when `promise` has not settled within `ms`, naming `what`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} took longer than ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
