/**
 * The scan: one pass of the automaton over a text, then leftmost-longest
 * selection of the whole-word hits in document order. The loop does two
 * typed-array reads per code unit (its class, then the transition) and
 * allocates nothing; where a hit starts in the original text is worked out
 * afterwards, only for hits.
 */
import { step, type Matcher } from './automaton';
import { isLeftBoundary, mentionEnd } from './boundary';
import { Candidates } from './candidates';
import { COMPLEX, MARK, SKIP, UNKNOWN } from './fold-table';
import { isWhitespace } from './normalise';
import { recordMention, resolvePattern } from './resolve';
import type { MatchState, Mention } from './types';

/** Reused between calls: the scan allocates nothing per character. */
const candidates = new Candidates();

/** The table value of a code unit, classifying it on first sight. */
function classOf(m: Matcher, code: number): number {
  const value = m.alphabet.table[code] ?? UNKNOWN;
  return value === UNKNOWN ? m.alphabet.classify(code) : value;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Where the `count` symbols that end at `end` begin: walks back, a whitespace run counting once. */
function symbolStart(m: Matcher, text: string, end: number, count: number): number {
  let remaining = count;
  let isInSpace = false;
  for (let i = end - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    const value = classOf(m, code);
    if (value === SKIP || value === MARK) continue;
    if (isWhitespace(code)) {
      if (isInSpace) continue;
      isInSpace = true;
      remaining--;
    } else {
      isInSpace = false;
      if (isLow(code) && i > 0 && isHigh(text.charCodeAt(i - 1))) i--;
      remaining -= value === COMPLEX || isHigh(text.charCodeAt(i)) ? m.alphabet.sequence(text, i).length : 1;
    }
    if (remaining <= 0) return i;
  }
  return 0;
}

/** Where a hit that ends at `end` really ends: past the folded diacritics that belong to its last character. */
function extendOverMarks(m: Matcher, text: string, end: number): number {
  let e = end;
  while (e < text.length && classOf(m, text.charCodeAt(e)) === MARK) e++;
  return e;
}

/** Records every whole-word hit that ends in `state`, its last character ending at `end`. */
function collect(m: Matcher, text: string, state: number, end: number): void {
  // Every hit here ends at `end`: its right edge is worked out once, when a left edge first passes.
  let matchEnd = -1;
  let fullEnd = -1;
  for (let node = m.output[state] ?? 0; node !== 0; node = m.nextOutput[node] ?? 0) {
    const start = symbolStart(m, text, end, m.depth[node] ?? 0);
    if (!isLeftBoundary(text, start)) continue;
    if (matchEnd < 0) {
      matchEnd = extendOverMarks(m, text, end);
      fullEnd = mentionEnd(text, matchEnd);
    }
    if (fullEnd < 0) return;
    candidates.push(start, matchEnd, fullEnd, node);
  }
}

/** Feeds a character that folds to several symbols (or a surrogate pair) at `index`; returns the new state. */
function feedComplex(m: Matcher, text: string, index: number, state: number): number {
  const sequence = m.alphabet.sequence(text, index);
  let s = state;
  for (let k = 0; k < sequence.length; k++) s = step(m, s, sequence[k] ?? 0);
  const end = isHigh(text.charCodeAt(index)) && isLow(text.charCodeAt(index + 1)) ? index + 2 : index + 1;
  if (sequence.length > 0 && (m.output[s] ?? 0) !== 0) collect(m, text, s, end);
  return s;
}

/** The fast scan, when every state has a dense row: the state is kept as its row offset. */
function scanDense(m: Matcher, text: string): void {
  const { dense, width } = m;
  const table = m.alphabet.table;
  const length = text.length;
  let row = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const cls = table[code] ?? UNKNOWN;
    if (cls >= 0) {
      const cell = dense[row + cls] ?? 0;
      if (cell >= 0) {
        row = cell;
      } else {
        row = ~cell;
        collect(m, text, row / width, i + 1);
      }
    } else if (cls === UNKNOWN) {
      m.alphabet.classify(code);
      i--; // Classified now: read it again.
    } else if (cls === COMPLEX) {
      row = feedComplex(m, text, i, row / width) * width;
      if (isHigh(code) && isLow(text.charCodeAt(i + 1))) i++;
    }
  }
}

/** The general scan, for automata too large for dense rows everywhere. */
function scanSparse(m: Matcher, text: string): void {
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = classOf(m, code);
    if (cls >= 0) {
      state = step(m, state, cls);
      if ((m.output[state] ?? 0) !== 0) collect(m, text, state, i + 1);
    } else if (cls === COMPLEX) {
      state = feedComplex(m, text, i, state);
      if (isHigh(code) && isLow(text.charCodeAt(i + 1))) i++;
    }
  }
}

/** Finds every mention in `text`, in order, leftmost-longest and without overlaps, updating `state`. */
export function findMentions(text: string, matcher: Matcher, state: MatchState): Mention[] {
  candidates.clear();
  if (matcher.denseStates === matcher.states) scanDense(matcher, text);
  else scanSparse(matcher, text);
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
