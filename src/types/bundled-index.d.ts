/**
 * Types of the virtual module `backstory:bundled-index`, which build.mjs
 * generates for the content script's first load: the bundled dictionary's
 * entity ids and types, without their texts, and its matcher's automaton,
 * built at build time. tsconfig.json maps the module name to this file.
 */
import type { DictionaryIndex } from '../core/dictionary/types';
import type { PrebuiltMatcher } from '../core/match/prebuilt';

/** The bundled dictionary's id and its entities' ids and types. */
export declare const index: DictionaryIndex;
/** Its matcher's automaton, built at build time. */
export declare const prebuilt: PrebuiltMatcher;
