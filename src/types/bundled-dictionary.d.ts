/**
 * Types of the virtual module `backstory:bundled-dictionary`, which build.mjs
 * generates: the bundled dictionary, validated, and its matcher, compiled at
 * build time. tsconfig.json maps the module name to this file.
 */
import type { Dictionary } from '../core/dictionary/types';
import type { CompiledMatcher } from '../core/match/compile';

/** The bundled dictionary, validated at build time. */
export declare const dictionary: Dictionary;
/** Its matcher, compiled at build time. */
export declare const compiled: CompiledMatcher;
