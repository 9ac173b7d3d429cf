/**
 * Keeps every browser the harness starts on a short leash: each one is the
 * leader of its own process group, and that group is killed on every exit
 * path, including a worker that is killed outright (a detached watchdog
 * outlives it and kills the group).
 */
import { spawn } from 'node:child_process';

const groups = new Set<number>();

/** Kills a process group; a group that is already gone is fine. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone: nothing to kill.
  }
  groups.delete(pid);
}

function killAll(): void {
  for (const pid of groups) killGroup(pid);
}

let isHooked = false;

function hookProcessExit(): void {
  if (isHooked) return;
  isHooked = true;
  // Signals need no handler of ours: a process they kill leaves the watchdog to do it.
  process.on('exit', killAll);
}

// Runs in its own process: polls the test process and kills the browser's
// group once it is gone, so a SIGKILLed vitest worker leaves no browser behind.
const WATCHDOG = `
const [parent, group] = process.argv.slice(1).map(Number);
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const timer = setInterval(() => {
  if (!alive(group)) { clearInterval(timer); return; }
  if (!alive(parent)) { try { process.kill(-group, 'SIGKILL'); } catch {} clearInterval(timer); }
}, 500);
`;

/** Registers a browser's process group (its leader's pid) for killing on every exit path. */
export function guardProcessGroup(pid: number): void {
  hookProcessExit();
  groups.add(pid);
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), String(pid)], {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
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
