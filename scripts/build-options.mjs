// The esbuild options of the extension's bundles, shared by build.mjs and the
// tests and reports that bundle exactly what it ships (tests/unit/build,
// scripts/bundle-report.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './load-core.mjs';
import { libraryPatchesPlugin } from './library-patches.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The bundles: name to entry point. */
export const ENTRY_POINTS = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  // The card (tooltip, its libraries, the bundled entities' texts): injected by the background on first need.
  card: 'src/content/tooltip/card-script.ts',
  // The article layer (reads the article, asks for its names): injected by the background once the page is idle.
  article: 'src/content/article/article-script.ts',
  popup: 'src/popup/index.ts',
  options: 'src/options/index.ts',
};
/** @returns {{ version: string }} */
const manifestSource = () => JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));

/** @param {unknown} error */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/** Loads the build-time half of the core: the validator. */
function loadCoreForBuild() {
  return loadCore({
    'src/core/dictionary/validate.ts': ['validateDictionary', 'formatIssues'],
  });
}

/**
 * Validates the bundled dictionary and builds its automaton; exits on an invalid one.
 * `index` is only the dictionary's id: the content script's first load reads the automaton
 * and the entities' ids and types from storage (the background stores them), and the card
 * (card.js) brings the texts.
 * @param {'dictionary' | 'index'} kind
 */
async function bundledDictionaryModule(kind) {
  const core = await loadCoreForBuild();
  const file = path.join(root, 'assets/dictionary/backstory.json');
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.relative(root, file)} is not valid JSON: ${messageOf(error)}`);
  }
  const checked = core.validateDictionary(json);
  if (!checked.ok) {
    throw new Error(`${path.relative(root, file)} is invalid:\n${core.formatIssues(checked.issues)}`);
  }
  // Embedded as JSON.parse of a string, not as object literals: V8 parses JSON faster than JavaScript
  // (https://v8.dev/blog/cost-of-javascript-2019#json), and content.js is evaluated on every page.
  const asJson = (/** @type {unknown} */ value) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  if (kind === 'dictionary') return `export const dictionary = ${asJson(checked.dictionary)};\n`;
  return `export const bundledId = ${JSON.stringify(checked.dictionary.id)};\n`;
}

/**
 * Serves `backstory:bundled-dictionary` (the whole dictionary) and `backstory:bundled-index`
 * (its id) to the bundles.
 * @returns {import('esbuild').Plugin}
 */
function dictionaryPlugin() {
  return {
    name: 'backstory-dictionary',
    setup(build) {
      build.onResolve({ filter: /^backstory:bundled-(dictionary|index)$/ }, (a) => ({
        path: a.path,
        namespace: 'backstory',
      }));
      build.onLoad({ filter: /.*/, namespace: 'backstory' }, async (a) => ({
        contents: await bundledDictionaryModule(a.path.endsWith('index') ? 'index' : 'dictionary'),
        loader: 'js',
        // Every file the build-time validator and compiler may import, so `--watch` rebuilds on any of them.
        watchFiles: [
          path.join(root, 'assets/dictionary/backstory.json'),
          ...['src/core/dictionary', 'src/core/match'].flatMap((dir) =>
            fs
              .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
              .filter((entry) => entry.isFile())
              .map((entry) => path.join(entry.parentPath, entry.name)),
          ),
        ],
      }));
    },
  };
}

/**
 * The bundles that run in web pages (in the content script's isolated world): they use the browser's own
 * API through src/shared/native-browser.ts instead of webextension-polyfill, which every page would parse.
 */
export const PAGE_BUNDLES = ['content', 'card', 'article'];

/**
 * The options of the production (or, with `dev`, development) build of the bundles `names` for `target`.
 * The bundles of one build are all page bundles or none: the polyfill is swapped per build.
 * @param {'chrome' | 'firefox'} target
 * @param {readonly string[]} names
 * @returns {import('esbuild').BuildOptions & { entryPoints: Record<string, string> }}
 */
export function bundleOptions(target, names, dev = false) {
  const inPages = names.filter((name) => PAGE_BUNDLES.includes(name));
  if (inPages.length !== 0 && inPages.length !== names.length) {
    throw new Error(`page and extension bundles are built apart: ${names.join(', ')}`);
  }
  return {
    entryPoints: Object.fromEntries(
      names.map((name) => {
        const file = /** @type {Record<string, string | undefined>} */ (ENTRY_POINTS)[name];
        if (file === undefined) throw new Error(`no bundle "${name}"`);
        return [name, path.join(root, file)];
      }),
    ),
    outdir: path.join(root, 'dist', target),
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    define: {
      __BROWSER__: JSON.stringify(target),
      __VERSION__: JSON.stringify(manifestSource().version),
    },
    alias:
      inPages.length > 0 ? { 'webextension-polyfill': path.join(root, 'src/shared/native-browser.ts') } : {},
    // AMO's linter flags innerHTML assignments, bundled libraries' too: see scripts/library-patches.mjs.
    plugins: [dictionaryPlugin(), libraryPatchesPlugin()],
    logLevel: 'warning',
  };
}

/**
 * The builds that make every bundle for `target`: the page bundles, then the extension's own.
 * @param {'chrome' | 'firefox'} target
 */
export function esbuildBuilds(target, dev = false) {
  const names = Object.keys(ENTRY_POINTS);
  return [
    bundleOptions(target, PAGE_BUNDLES, dev),
    bundleOptions(
      target,
      names.filter((name) => !PAGE_BUNDLES.includes(name)),
      dev,
    ),
  ];
}
