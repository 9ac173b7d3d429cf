/** Build-time constants and virtual modules that build.mjs provides. */

/** Which browser this bundle was built for; only src/shared/platform.ts reads it. */
declare const __BROWSER__: 'chrome' | 'firefox';

/** The extension version from manifest.json. */
declare const __VERSION__: string;

declare module 'backstory:bundled-dictionary' {
  import type { Dictionary } from './core/dictionary/types';
  import type { CompiledMatcher } from './core/match/compile';
  /** The bundled dictionary, validated at build time. */
  export const dictionary: Dictionary;
  /** Its matcher, compiled at build time. */
  export const compiled: CompiledMatcher;
}
