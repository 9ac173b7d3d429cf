/**
 * Turns a compiled trie into an Aho–Corasick automaton with a dense
 * transition table over a compressed alphabet, so that the scan loop does one
 * table read per character whatever the number of aliases.
 */
import { PATTERN_STRIDE, type CompiledMatcher } from './compile';
import { ScanAlphabet } from './fold-table';

/** Dense transition rows are kept for at most this many cells (4 bytes each); deeper states step by failure links. */
const DENSE_CELLS = 1 << 21;

/** A compiled matcher, rehydrated for scanning; create it once per page with `createMatcher`. */
export interface Matcher {
  readonly alphabet: ScanAlphabet;
  /** Number of symbol classes: the width of a dense row. */
  readonly width: number;
  /** States below this have dense rows in `dense`. */
  readonly denseStates: number;
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
  /** Sparse children for states without dense rows: `childStart[s] .. childStart[s + 1]` into the two arrays below. */
  readonly childStart: Int32Array;
  readonly childClass: Int32Array;
  readonly childState: Int32Array;
  /** Length of the ring buffer of symbol positions: a power of two above the longest pattern. */
  readonly ringMask: number;
  readonly compiled: CompiledMatcher;
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

/** Rehydrates a compiled matcher: failure links, dense rows, output chains. Linear in the trie's size. */
export function createMatcher(compiled: CompiledMatcher): Matcher {
  const states = compiled.parents.length + 1;
  const classOf = new Map<number, number>();
  for (let i = 0; i < compiled.symbols.length; i++) {
    const code = compiled.symbols.charCodeAt(i);
    if (!classOf.has(code)) classOf.set(code, classOf.size + 1);
  }
  const width = classOf.size + 1;
  const edgeClass = (i: number): number => classOf.get(compiled.symbols.charCodeAt(i)) ?? 0;
  const parentOf = (i: number): number => compiled.parents[i] ?? 0;

  // Children, grouped by parent; nodes are breadth first, so each group is contiguous and ordered.
  const childStart = prefixStarts(states, parentOf, compiled.parents.length);
  const childClass = new Int32Array(compiled.parents.length);
  const childState = new Int32Array(compiled.parents.length);
  const depth = new Int32Array(states);
  for (let i = 0; i < compiled.parents.length; i++) {
    childClass[i] = edgeClass(i);
    childState[i] = i + 1;
    depth[i + 1] = (depth[parentOf(i)] ?? 0) + 1;
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

  const denseStates = Math.max(1, Math.min(states, Math.floor(DENSE_CELLS / width)));
  const dense = new Int32Array(denseStates * width);
  const fail = new Int32Array(states);
  const output = new Int32Array(states);
  const nextOutput = new Int32Array(states);
  const matcher: Matcher = {
    alphabet: new ScanAlphabet(classOf),
    width,
    denseStates,
    dense,
    output,
    nextOutput,
    depth,
    patternStart,
    patternOrder,
    fail,
    childStart,
    childClass,
    childState,
    ringMask: (1 << Math.ceil(Math.log2(depth.reduce((a, b) => Math.max(a, b), 0) + 2))) - 1,
    compiled,
  };
  // Breadth first, a state's failure target is always numbered lower, hence already complete.
  for (let s = 0; s < states; s++) {
    const hasPatterns = (patternStart[s + 1] ?? 0) > (patternStart[s] ?? 0);
    const f = fail[s] ?? 0;
    nextOutput[s] = s === 0 ? 0 : (output[f] ?? 0);
    output[s] = hasPatterns ? s : (nextOutput[s] ?? 0);
    for (let c = childStart[s] ?? 0; c < (childStart[s + 1] ?? 0); c++) {
      const child = childState[c] ?? 0;
      fail[child] = s === 0 ? 0 : step(matcher, f, childClass[c] ?? 0);
    }
    if (s < denseStates) {
      for (let cls = 0; cls < width; cls++) {
        dense[s * width + cls] = s === 0 ? 0 : (dense[f * width + cls] ?? 0);
      }
      for (let c = childStart[s] ?? 0; c < (childStart[s + 1] ?? 0); c++) {
        dense[s * width + (childClass[c] ?? 0)] = childState[c] ?? 0;
      }
    }
  }
  return matcher;
}

/** The automaton's transition from `state` on symbol class `cls`. */
export function step(m: Matcher, state: number, cls: number): number {
  let s = state;
  while (s >= m.denseStates) {
    const end = m.childStart[s + 1] ?? 0;
    for (let c = m.childStart[s] ?? 0; c < end; c++) {
      if (m.childClass[c] === cls) return m.childState[c] ?? 0;
    }
    s = m.fail[s] ?? 0;
  }
  return m.dense[s * m.width + cls] ?? 0;
}
