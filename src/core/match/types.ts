/**
 * The matcher's public shapes. The matcher is pure: text in, offsets out.
 */

/** One mention of an entity, as offsets into the text that was searched. */
export interface Mention {
  /** UTF-16 offset of the first character of the mention in the original text. */
  start: number;
  /** UTF-16 offset just past the mention (past the possessive, when there is one). */
  end: number;
  entityId: string;
}

/**
 * What the matcher remembers between calls on one page, so that text searched
 * in document order, block by block, behaves as one text: which entities have
 * had their full name mentioned (for `after-full-name` aliases) and which was
 * mentioned most recently (for ambiguous aliases). Create one per page scan.
 */
export interface MatchState {
  /** Entity ids whose `standalone` alias has occurred so far (an ambiguous alias introduces no one: it only refers back). */
  introduced: Set<string>;
  /** Order in which entities were last introduced, for `most-recent` resolution: id to a rising counter. */
  lastSeen: Map<string, number>;
  /** The counter behind `lastSeen`. */
  clock: number;
}

/** A fresh state for a new page scan. */
export function createMatchState(): MatchState {
  return { introduced: new Set(), lastSeen: new Map(), clock: 0 };
}

/** A copy of `state` to go back to: a text read again must not count twice. */
export function copyMatchState(state: MatchState): MatchState {
  return { introduced: new Set(state.introduced), lastSeen: new Map(state.lastSeen), clock: state.clock };
}
