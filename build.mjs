// Builds Backstory for Chrome and Firefox from one source.
//
//   node build.mjs            production build: dist/chrome, dist/firefox and a zip of each
//   node build.mjs --dev      unminified, with inline source maps (never zipped)
//   node build.mjs --watch    dev build that rebuilds on every change
//
// The bundled dictionary is validated here, at build time; an invalid dictionary
// fails the build with the JSON path and reason. Its automaton is built by the
// background at install and stored for pages (src/background/matcher-builder.ts).
import * as esbuild from 'esbuild';
import { Resvg } from '@resvg/resvg-js';
import { zipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildBuilds } from './scripts/build-options.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = watch || args.has('--dev');
/** @typedef {'chrome' | 'firefox'} Target */
/** @type {Target[]} */
const TARGETS = ['chrome', 'firefox'];
const ICON_SIZES = [16, 32, 48, 96, 128];
const FIREFOX_ID = 'backstory@backstory.invalid';

// Extension pages: HTML and CSS copied beside the bundles.
const PAGE_FILES = [
  'src/popup/popup.html',
  'src/popup/popup.css',
  'src/options/options.html',
  'src/options/options.css',
];

/** @typedef {{ version: string, background: Record<string, unknown>, [key: string]: unknown }} Manifest */
/** @returns {Manifest} */
const manifestSource = () => JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));

/**
 * The per-browser transform of the one source manifest.
 * @param {Target} target
 */
function manifestFor(target) {
  const manifest = manifestSource();
  if (target === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    manifest.background = { scripts: [manifest.background.service_worker] };
    manifest.browser_specific_settings = {
      gecko: {
        id: FIREFOX_ID,
        strict_min_version: '140.0',
        // Backstory collects nothing: https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learnt data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

/** @param {unknown} error */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @param {string} outDir */
function renderIcons(outDir) {
  const svg = fs.readFileSync(path.join(root, 'assets/icons/icon.svg'));
  fs.mkdirSync(path.join(outDir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    fs.writeFileSync(path.join(outDir, 'icons', `icon-${size}.png`), png);
  }
}

/**
 * Everything that is not a bundle: manifest, locales, pages, icons.
 * @param {Target} target
 */
function copyStatic(target) {
  const outDir = path.join(root, 'dist', target);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifestFor(target), null, 2)}\n`);
  fs.cpSync(path.join(root, 'assets/_locales'), path.join(outDir, '_locales'), { recursive: true });
  for (const file of PAGE_FILES) {
    const from = path.join(root, file);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(outDir, path.basename(file)));
  }
  renderIcons(outDir);
}

/**
 * All files of a directory, relative paths to contents, without source maps.
 * @param {string} dir
 * @returns {Record<string, Uint8Array>}
 */
function filesOf(dir, prefix = '') {
  /** @type {Record<string, Uint8Array>} */
  const out = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, filesOf(path.join(dir, entry.name), rel));
    else if (!entry.name.endsWith('.map'))
      out[rel] = new Uint8Array(fs.readFileSync(path.join(dir, entry.name)));
  }
  return out;
}

/** @param {Target} target */
function zip(target) {
  const { version } = manifestSource();
  const file = path.join(root, 'dist', `backstory-${version}-${target}.zip`);
  // A fixed date keeps the zips reproducible.
  const mtime = new Date('2010-11-29T00:00:00Z');
  const files = Object.fromEntries(
    Object.entries(filesOf(path.join(root, 'dist', target))).map(([k, v]) => [
      k,
      /** @type {[Uint8Array, { mtime: Date }]} */ ([v, { mtime }]),
    ]),
  );
  fs.writeFileSync(file, zipSync(files, { level: 9 }));
  return file;
}

async function buildOnce() {
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  for (const target of TARGETS) {
    copyStatic(target);
    for (const options of esbuildBuilds(target, dev)) await esbuild.build(options);
  }
  if (!dev) for (const target of TARGETS) console.log(`built ${path.relative(root, zip(target))}`);
  console.log(`built dist/chrome and dist/firefox (${dev ? 'development' : 'production'})`);
}

async function buildWatch() {
  await buildOnce();
  for (const target of TARGETS) {
    for (const options of esbuildBuilds(target, dev)) {
      const context = await esbuild.context(options);
      await context.watch();
    }
  }
  // esbuild watches the bundles; this watches what is copied.
  for (const dir of ['assets', 'src/popup', 'src/options']) {
    fs.watch(path.join(root, dir), { recursive: true }, () => {
      for (const target of TARGETS) {
        try {
          copyStatic(target);
        } catch (error) {
          console.error(messageOf(error));
        }
      }
    });
  }
  fs.watch(path.join(root, 'manifest.json'), () => {
    TARGETS.forEach(copyStatic);
  });
  console.log('watching for changes…');
}

try {
  await (watch ? buildWatch() : buildOnce());
} catch (error) {
  console.error(`build failed: ${messageOf(error)}`);
  process.exit(1);
}
