// The pure matcher (src/core/match), bundled for Node and imported: both
// benchmarks compile the dictionary with the extension's own code.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Bundles the matcher for Node and imports it.
 * @returns {Promise<typeof import('../../src/core/match/index.ts')>}
 */
export async function loadMatcher() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/core/match/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  // eslint-disable-next-line no-unsanitized/method -- the module is our own bundle, built just above.
  return import(url);
}
