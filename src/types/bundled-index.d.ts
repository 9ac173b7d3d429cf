/**
 * Types of the virtual module `backstory:bundled-index`, which build.mjs
 * generates for the content script's first load: only the bundled
 * dictionary's id. The automaton and the entities' ids and types come from
 * storage, where the background keeps them (src/background/matcher-builder.ts).
 * tsconfig.json maps the module name to this file.
 */

/** The bundled dictionary's id. */
export declare const bundledId: string;
