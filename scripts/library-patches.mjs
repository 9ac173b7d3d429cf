// Build-time patches of bundled libraries, applied by build.mjs through an
// esbuild plugin and by the tests through the same plugin.
//
// Why: addons.mozilla.org's linter (web-ext lint) warns on every assignment to
// innerHTML (UNSAFE_VAR_ASSIGNMENT), and a bundled library's are ours once
// bundled. Each patch swaps one assignment for a DOM-safe equivalent that
// parses the same markup with DOMParser (an inert document: no script runs,
// nothing loads) and moves the nodes in, so the library behaves as before.
// Every patch is an exact string replacement that must match exactly once:
// an upgraded library that no longer matches fails the build loudly instead
// of shipping unpatched.
import fs from 'node:fs';
import path from 'node:path';

// Parses `html` as the children of a <body>, as `body.innerHTML = html` would; the leading
// <body> tag keeps leading white space, which the parser drops before the body starts.
const PARSE_BODY = `function backstoryParseBody(doc, html) {
  var Parser = (doc.defaultView && doc.defaultView.DOMParser) || DOMParser;
  return Array.from(new Parser().parseFromString("<body>" + html, "text/html").body.childNodes);
}
`;

// Parses `markup` as the children of an element in `namespace` of an XML document, as innerHTML
// on such an element would (the XML fragment parser); markup that is not well-formed throws.
const PARSE_XML_CHILDREN = `function backstoryParseXmlChildren(namespace, markup) {
  var ns = String(namespace).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  var parsed = new DOMParser().parseFromString('<template xmlns="' + ns + '">' + markup + "</template>", "application/xml");
  if (parsed.getElementsByTagName("parsererror").length > 0) throw new SyntaxError("The markup is not well-formed.");
  return Array.from(parsed.documentElement.childNodes);
}
`;

/**
 * @typedef {{ module: string, replacements: { find: string, replace: string }[] }} LibraryPatch
 */

/**
 * The patches, by the module file they apply to (a path ending).
 * @type {LibraryPatch[]}
 */
export const LIBRARY_PATCHES = [
  {
    module: '@mozilla/readability/Readability.js',
    replacements: [
      {
        find: 'function Readability(doc, options) {',
        replace: `${PARSE_BODY}function Readability(doc, options) {`,
      },
      // A grab attempt that finds too little text restores the page from markup cached before it.
      {
        find: 'page.innerHTML = pageCacheHtml;',
        replace: 'page.replaceChildren(...backstoryParseBody(doc, pageCacheHtml));',
      },
      // A noscript image is parsed from the noscript's markup, to replace its placeholder.
      {
        find: 'tmp.innerHTML = noscript.innerHTML;',
        replace: 'tmp.replaceChildren(...backstoryParseBody(doc, noscript.innerHTML));',
      },
    ],
  },
  {
    module: 'dompurify/dist/purify.es.mjs',
    replacements: [
      {
        find: 'const _initDocument = function _initDocument(dirty) {',
        replace: `${PARSE_XML_CHILDREN}const _initDocument = function _initDocument(dirty) {`,
      },
      // Only reached for a non-HTML NAMESPACE option (Backstory sets none), or where DOMParser throws: an XML
      // document's fragment parse, with DOMPurify's own window's DOMParser. Where DOMParser throws outright the
      // sanitised result is now empty instead of parsed; every browser Backstory supports has it.
      {
        find: 'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
        replace:
          'doc.documentElement.replaceChildren(...backstoryParseXmlChildren(NAMESPACE, IS_EMPTY_INPUT ? emptyHTML : dirtyPayload));',
      },
    ],
  },
];

const toPosix = (/** @type {string} */ file) => file.split(path.sep).join('/');

/**
 * The patch for `file`, or undefined when none applies.
 * @param {string} file
 */
export function patchFor(file) {
  const posix = toPosix(file);
  return LIBRARY_PATCHES.find((patch) => posix.endsWith(`/node_modules/${patch.module}`));
}

/**
 * `source` with every replacement of `patch` made; throws when one does not match exactly once.
 * @param {LibraryPatch} patch
 * @param {string} source
 */
export function applyPatch(patch, source) {
  let out = source;
  for (const { find, replace } of patch.replacements) {
    const count = out.split(find).length - 1;
    if (count !== 1) {
      throw new Error(
        `library patch of ${patch.module}: expected "${find}" once, found it ${count} times; ` +
          'the library changed, so update scripts/library-patches.mjs',
      );
    }
    out = out.replace(find, () => replace);
  }
  return out;
}

// A module path as a pattern that matches either path separator.
const pathPattern = (/** @type {string} */ module) =>
  module
    .split('/')
    .map((/** @type {string} */ part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\\\/]');
// Only the patched files go through JavaScript; esbuild loads every other file itself.
const PATCHED_FILES = new RegExp(
  `[\\\\/]node_modules[\\\\/](?:${LIBRARY_PATCHES.map((patch) => pathPattern(patch.module)).join('|')})$`,
);

/** The package folder of a module path: `@mozilla/readability/`, `dompurify/`. */
const packageOf = (/** @type {string} */ module) =>
  `${module
    .split('/')
    .slice(0, module.startsWith('@') ? 2 : 1)
    .join('/')}/`;

/**
 * The esbuild plugin that patches the libraries. A bundle that takes any other
 * file of a patched package (a new entry file after an upgrade) fails.
 * @returns {import('esbuild').Plugin}
 */
export function libraryPatchesPlugin() {
  return {
    name: 'backstory-library-patches',
    setup(build) {
      // The inputs tell which packages the bundle took.
      build.initialOptions.metafile = true;
      /** @type {Set<string>} */
      const patched = new Set();
      build.onStart(() => {
        patched.clear();
      });
      build.onLoad({ filter: PATCHED_FILES }, async (args) => {
        const patch = patchFor(args.path);
        if (patch === undefined) return undefined;
        patched.add(patch.module);
        const source = await fs.promises.readFile(args.path, 'utf8');
        return { contents: applyPatch(patch, source), loader: 'js' };
      });
      build.onEnd((result) => {
        const inputs = Object.keys(result.metafile?.inputs ?? {}).map(toPosix);
        const unpatched = LIBRARY_PATCHES.filter(
          (patch) =>
            !patched.has(patch.module) &&
            inputs.some((input) => input.includes(`node_modules/${packageOf(patch.module)}`)),
        );
        if (unpatched.length === 0) return undefined;
        return {
          errors: unpatched.map((patch) => ({
            text: `${packageOf(patch.module)} is bundled from another file than ${patch.module}, which is the one patched; update scripts/library-patches.mjs`,
          })),
        };
      });
    },
  };
}
