// Loads pure core modules (TypeScript under src/core) into a Node script without
// a TypeScript loader: esbuild bundles them in memory and the bundle is
// imported from a data: URL. Used by build.mjs and scripts/dict.mjs, so both
// run exactly the code the extension runs.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles `exports` (a map of module path, relative to the repository, to the
 * names it should export) and returns the loaded module.
 * @param {Record<string, string[]>} exports
 */
export async function loadCore(exports) {
  const contents = Object.entries(exports)
    .map(([file, names]) => `export { ${names.join(', ')} } from './${file}';`)
    .join('\n');
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const [bundle] = result.outputFiles;
  if (bundle === undefined) throw new Error('esbuild wrote no bundle');
  const url = `data:text/javascript;base64,${Buffer.from(bundle.text).toString('base64')}`;
  return import(/* no-unsanitized: trusted, built from this repository */ url); // eslint-disable-line no-unsanitized/method
}
