/**
 * Decides which entity, if any, a whole-word hit of the automaton names:
 * checks the stricter options of each alias that folds to the hit (case,
 * diacritics), then applies the alias rules and dictionary precedence.
 */
import type { Matcher } from './automaton';
import {
  AFTER_FULL_NAME,
  AMBIGUOUS_MOST_RECENT,
  CASE_SENSITIVE,
  CONTEXT_SHIFT,
  FOLD_DIACRITICS,
  PATTERN_STRIDE,
} from './compile';
import { isWhitespace, normaliseForCompare } from './normalise';
import type { MatchState } from './types';

/** Whether `text[start, end)` equals a pattern's key under the pattern's options. */
function verify(text: string, start: number, end: number, key: string, flags: number): boolean {
  const caseSensitive = (flags & CASE_SENSITIVE) !== 0;
  // Fast path for ASCII spans, without allocating: whitespace runs, backticks and ASCII case.
  let k = 0;
  let wasSpace = false;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) return slowVerify(text, start, end, key, flags);
    if (isWhitespace(code)) {
      if (wasSpace) continue;
      wasSpace = true;
      code = 0x20;
    } else {
      wasSpace = false;
      if (code === 0x60) code = 0x27;
      else if (!caseSensitive && code >= 0x41 && code <= 0x5a) code += 0x20;
    }
    if (key.charCodeAt(k) !== code)
      return hasNonAscii(text, i + 1, end) && slowVerify(text, start, end, key, flags);
    k++;
  }
  return k === key.length;
}

/** Whether `text[from, end)` has a character beyond ASCII, such as a combining mark that changes the one before it. */
function hasNonAscii(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) >= 0x80) return true;
  return false;
}

/** The general comparison, for spans with characters beyond ASCII. */
function slowVerify(text: string, start: number, end: number, key: string, flags: number): boolean {
  const options = {
    caseSensitive: (flags & CASE_SENSITIVE) !== 0,
    foldDiacritics: (flags & FOLD_DIACRITICS) !== 0,
  };
  return normaliseForCompare(text.slice(start, end), options) === key;
}

/** Whether an entity of the pattern's context group, if it has one, has been introduced. */
function isContextIntroduced(m: Matcher, flags: number, state: MatchState): boolean {
  const group = Math.floor(flags / 2 ** CONTEXT_SHIFT);
  if (group === 0) return false;
  const { contexts, entities } = m.compiled;
  const count = contexts[group - 1] ?? 0;
  for (let i = group; i < group + count; i++) {
    if (state.introduced.has(entities[contexts[i] ?? 0] ?? '')) return true;
  }
  return false;
}

/**
 * The pattern a hit at `text[start, end)` ending in trie state `node` stands
 * for, or -1 when none applies here. The first pattern that verifies decides
 * (precedence order, see compile.ts): a plain alias names its entity if its
 * rule allows; an ambiguous one names the most recently introduced entity
 * among every ambiguous pattern that verifies.
 */
export function resolvePattern(
  m: Matcher,
  text: string,
  start: number,
  end: number,
  node: number,
  state: MatchState,
): number {
  const { patterns, keys, entities } = m.compiled;
  let best = -1;
  let bestSeen = -1;
  let isPooling = false;
  const last = m.patternStart[node + 1] ?? 0;
  for (let o = m.patternStart[node] ?? 0; o < last; o++) {
    const p = m.patternOrder[o] ?? 0;
    const flags = patterns[p * PATTERN_STRIDE + 3] ?? 0;
    const isAmbiguous = (flags & AMBIGUOUS_MOST_RECENT) !== 0;
    // Once the first claim is ambiguous, later plain claims lose to it.
    if (isPooling && !isAmbiguous) continue;
    if (!verify(text, start, end, keys[p] ?? '', flags)) continue;
    const entity = entities[patterns[p * PATTERN_STRIDE + 1] ?? 0] ?? '';
    if (!isAmbiguous) {
      const isAllowed =
        (flags & AFTER_FULL_NAME) === 0 ||
        state.introduced.has(entity) ||
        isContextIntroduced(m, flags, state);
      return isAllowed ? p : -1;
    }
    isPooling = true;
    const seen = state.lastSeen.get(entity);
    if (seen !== undefined && seen > bestSeen) {
      best = p;
      bestSeen = seen;
    }
  }
  return best;
}

/** Records a mention in the state: a plain standalone alias introduces its entity and makes it the most recent. */
export function recordMention(m: Matcher, pattern: number, state: MatchState): string {
  const { patterns, entities } = m.compiled;
  const flags = patterns[pattern * PATTERN_STRIDE + 3] ?? 0;
  const entity = entities[patterns[pattern * PATTERN_STRIDE + 1] ?? 0] ?? '';
  if ((flags & (AFTER_FULL_NAME | AMBIGUOUS_MOST_RECENT)) === 0) {
    state.introduced.add(entity);
    state.clock++;
    state.lastSeen.set(entity, state.clock);
  }
  return entity;
}
