/**
 * Types of the virtual module `backstory:bundled-dictionary`, which build.mjs
 * generates: the bundled dictionary, validated at build time. tsconfig.json
 * maps the module name to this file.
 */
import type { Dictionary } from '../core/dictionary/types';

/** The bundled dictionary, validated at build time. */
export declare const dictionary: Dictionary;
