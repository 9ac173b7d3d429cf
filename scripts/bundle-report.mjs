// What a bundle is made of: bundles it as build.mjs does (production, Chrome)
// with esbuild's metafile and prints each input's minified bytes, heaviest
// first, grouped by package or source folder.
//
//   node scripts/bundle-report.mjs [content|background|popup|options] [--files]
import * as esbuild from 'esbuild';
import { ENTRY_POINTS, bundleOptions } from './build-options.mjs';

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('--')) ?? 'content';
if (!(name in ENTRY_POINTS)) throw new Error(`no bundle "${name}": ${Object.keys(ENTRY_POINTS).join(', ')}`);

/**
 * The group of an input path: its npm package, its source folder, or the virtual module.
 * @param {string} input
 */
function groupOf(input) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(input);
  if (pkg) return pkg[1] ?? input;
  if (input.startsWith('backstory:')) return input.replace(/^backstory:/u, '');
  return input.split('/').slice(0, 3).join('/');
}

const result = await esbuild.build({
  ...bundleOptions('chrome', [name]),
  write: false,
  metafile: true,
});
const [output] = Object.values(result.metafile.outputs).filter((o) => o.entryPoint !== undefined);
if (output === undefined) throw new Error('esbuild gave no output');
const inputs = Object.entries(output.inputs).map(([file, info]) => ({ file, bytes: info.bytesInOutput }));
/** @type {Map<string, number>} */
const groups = new Map();
for (const { file, bytes } of inputs) groups.set(groupOf(file), (groups.get(groupOf(file)) ?? 0) + bytes);
const kb = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1).padStart(7);
console.log(`${name}.js: ${kb(output.bytes)} KB minified (${output.bytes} bytes)`);
/** @type {Array<[string, number]>} */
const rows = args.includes('--files') ? inputs.map((i) => [i.file, i.bytes]) : [...groups];
for (const [label, bytes] of rows.sort((a, b) => b[1] - a[1])) console.log(`${kb(bytes)} KB  ${label}`);
