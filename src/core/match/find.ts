/**
 * The scan: one pass of the automaton over a text, then leftmost-longest
 * selection of the whole-word hits in document order.
 */
import { step, type Matcher } from './automaton';
import { isLeftBoundary, mentionEnd } from './boundary';
import { COMPLEX, MARK, SKIP, SPACE, UNKNOWN } from './fold-table';
import { Candidates } from './candidates';
import { recordMention, resolvePattern } from './resolve';
import type { MatchState, Mention } from './types';

/** Reused between calls: the scan allocates nothing per character. */
const candidates = new Candidates();
let ring = new Int32Array(64);

/** Where a hit ending at code unit `last` really ends: past the folded diacritics that belong to its last character. */
function extendOverMarks(m: Matcher, text: string, end: number): number {
  let e = end;
  while (e < text.length) {
    const code = text.charCodeAt(e);
    let value = m.alphabet.table[code] ?? UNKNOWN;
    if (value === UNKNOWN) value = m.alphabet.classify(code);
    if (value !== MARK) break;
    e++;
  }
  return e;
}

/** Records every whole-word hit ending in `state` with its last character ending before `end`. */
function collect(m: Matcher, text: string, state: number, symbols: number, end: number): void {
  for (let node = m.output[state] ?? 0; node !== 0; node = m.nextOutput[node] ?? 0) {
    const start = ring[(symbols - (m.depth[node] ?? 0)) & m.ringMask] ?? 0;
    if (!isLeftBoundary(text, start)) continue;
    const matchEnd = extendOverMarks(m, text, end);
    const fullEnd = mentionEnd(text, matchEnd);
    if (fullEnd >= 0) candidates.push(start, matchEnd, fullEnd, node);
  }
}

/** Runs the automaton over `text`, filling `candidates` with whole-word hits. */
function scan(m: Matcher, text: string): void {
  const { table } = m.alphabet;
  const { dense, width, denseStates, output, ringMask } = m;
  const spaceClass = m.alphabet.spaceClass;
  if (ring.length <= ringMask) ring = new Int32Array(ringMask + 1);
  const positions = ring;
  let state = 0;
  let symbols = 0;
  let wasSpace = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    let value = table[code] ?? UNKNOWN;
    let cls: number;
    if (value > 0) {
      cls = value - 1;
      wasSpace = false;
    } else if (value === SPACE) {
      if (wasSpace) continue;
      wasSpace = true;
      cls = spaceClass;
    } else if (value === SKIP || value === MARK) {
      continue;
    } else {
      if (value === UNKNOWN) value = m.alphabet.classify(code);
      if (value !== COMPLEX) {
        i--; // Classified now: take the ordinary path.
        continue;
      }
      // A character folding to several symbols, or a surrogate pair: feed all but the last here.
      const sequence = m.alphabet.sequence(text, i);
      const charStart = i;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) i++;
      wasSpace = false;
      if (sequence.length === 0) continue;
      for (let k = 0; k < sequence.length - 1; k++) {
        state = step(m, state, sequence[k] ?? 0);
        positions[symbols & ringMask] = charStart;
        symbols++;
      }
      cls = sequence[sequence.length - 1] ?? 0;
      state = step(m, state, cls);
      positions[symbols & ringMask] = charStart;
      symbols++;
      if (output[state] !== 0) collect(m, text, state, symbols, i + 1);
      continue;
    }
    state = state < denseStates ? (dense[state * width + cls] ?? 0) : step(m, state, cls);
    positions[symbols & ringMask] = i;
    symbols++;
    if (output[state] !== 0) collect(m, text, state, symbols, i + 1);
  }
}

/** Finds every mention in `text`, in order, leftmost-longest and without overlaps, updating `state`. */
export function findMentions(text: string, matcher: Matcher, state: MatchState): Mention[] {
  candidates.clear();
  scan(matcher, text);
  const mentions: Mention[] = [];
  if (candidates.size === 0) return mentions;
  candidates.sort();
  let taken = 0;
  for (let k = 0; k < candidates.size; k++) {
    const c = candidates.order[k] ?? 0;
    const start = candidates.start[c] ?? 0;
    if (start < taken) continue;
    const end = candidates.matchEnd[c] ?? 0;
    const pattern = resolvePattern(matcher, text, start, end, candidates.node[c] ?? 0, state);
    if (pattern < 0) continue;
    const fullEnd = candidates.fullEnd[c] ?? end;
    mentions.push({ start, end: fullEnd, entityId: recordMention(matcher, pattern, state) });
    taken = fullEnd;
  }
  return mentions;
}
