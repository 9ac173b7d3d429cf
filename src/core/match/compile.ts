/**
 * Compiles dictionaries into the matcher's automaton.
 * PLACEHOLDER: the matcher helper replaces this file.
 */
import type { Dictionary } from '../dictionary/types';

/** The compiled, JSON-serialisable form of one or more dictionaries. */
export interface CompiledMatcher {
  version: 1;
}

/** Compiles the enabled dictionaries into one matcher. */
export function compileMatcher(dictionaries: readonly Dictionary[]): CompiledMatcher {
  return { version: dictionaries.length > 0 ? 1 : 1 };
}
