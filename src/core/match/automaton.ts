/**
 * Turns a compiled trie into an Aho–Corasick automaton with a dense
 * transition table over a compressed alphabet, so that the scan loop does one
 * table read per character whatever the number of aliases.
 *
 * Dense cells hold the target state's row offset (state × width), bitwise
 * negated when patterns end in that state: the scan loop needs no multiply
 * and no second lookup to know it has a hit. A run of whitespace is one
 * space: a state entered by a space loops on further spaces (aliases never
 * hold two spaces in a row).
 */
import { PATTERN_STRIDE, type CompiledMatcher, type MatcherPatterns } from './compile';
import { ScanAlphabet } from './fold-table';

/** Dense rows are kept for at most this many cells (4 bytes each) by default; past it, deep states step by failure links. */
const DENSE_CELLS = 1 << 21;

/** A compiled matcher's automaton, ready to scan: built by `createMatcher`, or loaded from its prebuilt form. */
export interface Matcher {
  readonly alphabet: ScanAlphabet;
  /** Number of symbol classes: the width of a dense row. */
  readonly width: number;
  /** States below this have dense rows; when it is every state, the fast scan runs. */
  readonly denseStates: number;
  readonly states: number;
  readonly dense: Int32Array;
  /** Per state: the deepest state on its failure chain (itself included) where patterns end, or 0. */
  readonly output: Int32Array;
  /** Per state with patterns: the next state with patterns on its failure chain, or 0. */
  readonly nextOutput: Int32Array;
  /** Per state: its depth, the length in symbols of the patterns that end there. */
  readonly depth: Int32Array;
  /** Patterns ending at state s are `patternOrder[patternStart[s] .. patternStart[s + 1]]`. */
  readonly patternStart: Int32Array;
  readonly patternOrder: Int32Array;
  readonly fail: Int32Array;
  /** Per state: whether the edge into it is a space (such a state loops on whitespace). */
  readonly isAfterSpace: Uint8Array;
  /** Sparse children: `childStart[s] .. childStart[s + 1]` into the two arrays below (child states are i + 1). */
  readonly childStart: Int32Array;
  readonly childClass: Int32Array;
  /** What hits resolve against: the compiled patterns, their keys and entities. */
  readonly compiled: MatcherPatterns;
}

/** Counts per key and turns the counts into start offsets (a counting sort's first half). */
function prefixStarts(count: number, keyOf: (i: number) => number, items: number): Int32Array {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < items; i++) {
    const slot = keyOf(i) + 1;
    start[slot] = (start[slot] ?? 0) + 1;
  }
  for (let s = 0; s < count; s++) start[s + 1] = (start[s + 1] ?? 0) + (start[s] ?? 0);
  return start;
}

/** Numbers the symbols the aliases use: class 0 is every other symbol. */
export function symbolClasses(symbols: string): Map<number, number> {
  const classOf = new Map<number, number>();
  for (let i = 0; i < symbols.length; i++) {
    const code = symbols.charCodeAt(i);
    if (!classOf.has(code)) classOf.set(code, classOf.size + 1);
  }
  return classOf;
}

/** Builds the automaton of a compiled matcher: failure links, dense rows, output chains. Linear in the trie's size. */
export function createMatcher(compiled: CompiledMatcher, denseCells = DENSE_CELLS): Matcher {
  const states = compiled.parents.length + 1;
  const classOf = symbolClasses(compiled.symbols);
  const width = classOf.size + 1;
  const alphabet = new ScanAlphabet(classOf);
  const parentOf = (i: number): number => compiled.parents[i] ?? 0;

  // Nodes are numbered breadth first, so each parent's children are contiguous, and states i + 1.
  const childStart = prefixStarts(states, parentOf, compiled.parents.length);
  const childClass = new Int32Array(compiled.parents.length);
  const depth = new Int32Array(states);
  const isAfterSpace = new Uint8Array(states);
  for (let i = 0; i < compiled.parents.length; i++) {
    childClass[i] = classOf.get(compiled.symbols.charCodeAt(i)) ?? 0;
    depth[i + 1] = (depth[parentOf(i)] ?? 0) + 1;
    isAfterSpace[i + 1] = compiled.symbols.charCodeAt(i) === 0x20 ? 1 : 0;
  }

  const patternCount = Math.floor(compiled.patterns.length / PATTERN_STRIDE);
  const nodeOf = (p: number): number => compiled.patterns[p * PATTERN_STRIDE] ?? 0;
  const patternStart = prefixStarts(states, nodeOf, patternCount);
  const patternOrder = new Int32Array(patternCount);
  const fill = patternStart.slice(0, states);
  for (let p = 0; p < patternCount; p++) {
    const node = nodeOf(p);
    const slot = fill[node] ?? 0;
    patternOrder[slot] = p;
    fill[node] = slot + 1;
  }

  const denseStates = Math.max(1, Math.min(states, Math.floor(denseCells / width)));
  const m: Matcher = {
    alphabet,
    width,
    denseStates,
    states,
    dense: new Int32Array(denseStates * width),
    output: new Int32Array(states),
    nextOutput: new Int32Array(states),
    depth,
    patternStart,
    patternOrder,
    fail: new Int32Array(states),
    isAfterSpace,
    childStart,
    childClass,
    compiled,
  };
  linkFailures(m);
  encodeDense(m);
  return m;
}

/**
 * Failure links, output chains and dense rows (holding plain state numbers
 * here), breadth first: a state's failure target is numbered lower, so its row
 * is already complete.
 */
function linkFailures(m: Matcher): void {
  const { dense, width, fail, output, nextOutput, patternStart, childStart, childClass } = m;
  const plainStep = (state: number, cls: number): number => {
    let s = state;
    while (s >= m.denseStates) {
      for (let c = childStart[s] ?? 0; c < (childStart[s + 1] ?? 0); c++)
        if (childClass[c] === cls) return c + 1;
      s = fail[s] ?? 0;
    }
    return dense[s * width + cls] ?? 0;
  };
  for (let s = 0; s < m.states; s++) {
    const f = fail[s] ?? 0;
    nextOutput[s] = s === 0 ? 0 : (output[f] ?? 0);
    output[s] = (patternStart[s + 1] ?? 0) > (patternStart[s] ?? 0) ? s : (nextOutput[s] ?? 0);
    for (let c = childStart[s] ?? 0; c < (childStart[s + 1] ?? 0); c++) {
      fail[c + 1] = s === 0 ? 0 : plainStep(f, childClass[c] ?? 0);
    }
    if (s < m.denseStates) {
      const row = s * width;
      // A row starts as its failure target's row: one native copy, cheap even before the JIT warms up.
      if (s !== 0) dense.copyWithin(row, f * width, f * width + width);
      for (let c = childStart[s] ?? 0; c < (childStart[s + 1] ?? 0); c++)
        dense[row + (childClass[c] ?? 0)] = c + 1;
    }
  }
}

/**
 * Rebuilds the dense rows in the encoding described at the top of this file,
 * now that every state's outputs are known; again row copies plus one cell
 * per trie edge. It also runs on every page that loads a prebuilt automaton,
 * mostly before the JIT has warmed up: hence one flat loop and no closures.
 */
export function encodeDense(m: Matcher): void {
  const { dense, width, output, fail, childStart, childClass, isAfterSpace, denseStates } = m;
  const spaceClass = m.alphabet.spaceClass;
  dense.fill(0, 0, width);
  let c = 0;
  for (let s = 0, row = 0; s < denseStates; s++, row += width) {
    if (s !== 0) {
      const failRow = (fail[s] ?? 0) * width;
      dense.copyWithin(row, failRow, failRow + width);
    }
    for (const end = childStart[s + 1] ?? 0; c < end; c++) {
      const target = (c + 1) * width;
      dense[row + (childClass[c] ?? 0)] = output[c + 1] === 0 ? target : ~target;
    }
    if (spaceClass !== 0 && isAfterSpace[s] === 1) dense[row + spaceClass] = output[s] === 0 ? row : ~row;
  }
}

/** The automaton's transition from state `state` on symbol class `cls` (a state number, not a row). */
export function step(m: Matcher, state: number, cls: number): number {
  let s = state;
  if (cls !== 0 && cls === m.alphabet.spaceClass && m.isAfterSpace[s] === 1) return s;
  while (s >= m.denseStates) {
    const end = m.childStart[s + 1] ?? 0;
    for (let c = m.childStart[s] ?? 0; c < end; c++) {
      if (m.childClass[c] === cls) return c + 1;
    }
    s = m.fail[s] ?? 0;
  }
  const cell = m.dense[s * m.width + cls] ?? 0;
  return (cell < 0 ? ~cell : cell) / m.width;
}
