/** Build-time constants and virtual modules that build.mjs provides. */

/** Which browser this bundle was built for; only src/shared/platform.ts reads it. */
declare const __BROWSER__: 'chrome' | 'firefox';

/** The extension version from manifest.json. */
declare const __VERSION__: string;
