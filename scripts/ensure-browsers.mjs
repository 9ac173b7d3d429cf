// Before `npm start` and `npm test`: installs Debian's Chromium and Firefox ESR
// when either is missing and this process may (root, with apt-get), so the
// README's two commands do all the set-up on a fresh Debian machine. Where it
// may not, it says what to run and lets the browser tests fail with the same
// instruction: they never skip.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const isExecutable = (/** @type {string} */ file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const missing = [];
if (
  !process.env.BACKSTORY_CHROMIUM &&
  !['/usr/lib/chromium/chromium', '/usr/bin/chromium'].some(isExecutable)
) {
  missing.push('chromium');
}
if (!process.env.BACKSTORY_FIREFOX && !isExecutable('/usr/bin/firefox-esr')) missing.push('firefox-esr');

if (missing.length > 0) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')} fonts-dejavu-core`;
  const canInstall = process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`Installing ${missing.join(' and ')} from Debian's packages…`);
    const result = spawnSync('sh', ['-c', command], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0)
      console.error(`Could not install ${missing.join(' and ')}; the browser steps will fail.`);
  } else {
    console.error(
      `${missing.join(' and ')} not found: run \`${command}\` as root. The browser steps will fail.`,
    );
  }
}
