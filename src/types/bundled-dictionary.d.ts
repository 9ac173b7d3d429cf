/**
 * Types of the virtual module `backstory:bundled-dictionary`, which build.mjs
 * generates: the bundled dictionary, validated, and its matcher's automaton,
 * built at build time. tsconfig.json maps the module name to this file.
 */
import type { Dictionary } from '../core/dictionary/types';
import type { PrebuiltMatcher } from '../core/match/prebuilt';

/** The bundled dictionary, validated at build time. */
export declare const dictionary: Dictionary;
/** Its matcher's automaton, built at build time. */
export declare const prebuilt: PrebuiltMatcher;
