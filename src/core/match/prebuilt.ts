/**
 * The automaton in the form it is shipped and stored: `createMatcher`'s
 * output as plain JSON (built once, by build.mjs for the bundled dictionary
 * and by the background for imported ones), so that a page only wraps arrays
 * and builds nothing.
 *
 * Every array is stored except the dense rows: they hold states × classes
 * cells (187 KB for the bundled dictionary, against 14 KB for all the rest)
 * and each row is its failure target's row plus one cell per trie edge, so
 * `encodeDense` restores them with one native row copy per state.
 */
import type { Dictionary } from '../dictionary/types';
import { createMatcher, encodeDense, symbolClasses, type Matcher } from './automaton';
import { compileMatcher, type MatcherPatterns } from './compile';
import { ScanAlphabet } from './fold-table';

/** Bumped whenever the shape below or the meaning of its arrays changes: stored automata of another format are rebuilt. */
export const PREBUILT_FORMAT = 1;

/** A matcher's automaton, JSON-serialisable; `loadMatcher` wraps it for scanning. */
export interface PrebuiltMatcher {
  format: typeof PREBUILT_FORMAT;
  /** What hits resolve against (see `CompiledMatcher`). */
  patterns: MatcherPatterns;
  /** The symbol of each class, class 1 first: the alphabet. */
  classes: string;
  /** The alphabet's table values of code units 0–127 (see `ScanAlphabet`). */
  ascii: number[];
  states: number;
  denseStates: number;
  fail: number[];
  output: number[];
  nextOutput: number[];
  depth: number[];
  patternStart: number[];
  patternOrder: number[];
  childStart: number[];
  childClass: number[];
  /** States entered by a space. */
  afterSpace: number[];
}

/** The shippable form of an automaton `createMatcher` built. */
export function prebuildMatcher(m: Matcher): PrebuiltMatcher {
  const classes = [...m.alphabet.symbols()].map((code) => String.fromCharCode(code)).join('');
  const afterSpace: number[] = [];
  m.isAfterSpace.forEach((flag, state) => {
    if (flag === 1) afterSpace.push(state);
  });
  const { dictionaries, entities, patterns, keys, contexts } = m.compiled;
  return {
    format: PREBUILT_FORMAT,
    patterns: { dictionaries, entities, patterns, keys, contexts },
    classes,
    ascii: m.alphabet.asciiValues(),
    states: m.states,
    denseStates: m.denseStates,
    fail: Array.from(m.fail),
    output: Array.from(m.output),
    nextOutput: Array.from(m.nextOutput),
    depth: Array.from(m.depth),
    patternStart: Array.from(m.patternStart),
    patternOrder: Array.from(m.patternOrder),
    childStart: Array.from(m.childStart),
    childClass: Array.from(m.childClass),
    afterSpace,
  };
}

/** Compiles validated dictionaries, in precedence order, and builds their automaton in its shipped form. */
export function prebuildFor(dictionaries: readonly Dictionary[]): PrebuiltMatcher {
  return prebuildMatcher(createMatcher(compileMatcher(dictionaries)));
}

/** Whether a stored value is a prebuilt automaton of the current format (a cheap check of its header only). */
export function isCurrentPrebuilt(value: unknown): value is PrebuiltMatcher {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Partial<PrebuiltMatcher>).format === PREBUILT_FORMAT &&
    Array.isArray((value as Partial<PrebuiltMatcher>).fail)
  );
}

/**
 * Dense rows a page builds at most (4 bytes each): 256 KB. The bundled dictionary needs about 47,000
 * cells and gets them all (the fast scan); a large import's automaton would fill 8 MB on every page, so
 * its deep states step by failure links instead (the rows are rebuilt from the other arrays, so a page may
 * build fewer than the builder did).
 */
export const PAGE_DENSE_CELLS = 1 << 16;

/** The scanning matcher of a prebuilt automaton: typed copies of its arrays and the dense rows refilled. */
export function loadMatcher(p: PrebuiltMatcher, denseCells = PAGE_DENSE_CELLS): Matcher {
  const classOf = symbolClasses(p.classes);
  const width = classOf.size + 1;
  const isAfterSpace = new Uint8Array(p.states);
  for (const state of p.afterSpace) isAfterSpace[state] = 1;
  // Failure targets are numbered lower than their states, so any prefix of the states can be dense.
  const denseStates = Math.max(1, Math.min(p.denseStates, Math.floor(denseCells / width)));
  // `new Int32Array(array)` copies a plain array natively; `Int32Array.from` goes through its iterator.
  const m: Matcher = {
    alphabet: new ScanAlphabet(classOf, p.ascii),
    width,
    denseStates,
    states: p.states,
    dense: new Int32Array(denseStates * width),
    output: new Int32Array(p.output),
    nextOutput: new Int32Array(p.nextOutput),
    depth: new Int32Array(p.depth),
    patternStart: new Int32Array(p.patternStart),
    patternOrder: new Int32Array(p.patternOrder),
    fail: new Int32Array(p.fail),
    isAfterSpace,
    childStart: new Int32Array(p.childStart),
    childClass: new Int32Array(p.childClass),
    compiled: p.patterns,
  };
  encodeDense(m);
  return m;
}
