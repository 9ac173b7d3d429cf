/**
 * The matcher's public face: compile dictionaries (at build time), rehydrate
 * once per page, then find mentions block by block with one `MatchState`.
 */
export { compileMatcher, type CompiledMatcher } from './compile';
export { createMatcher, type Matcher } from './automaton';
export { findMentions } from './find';
export { normaliseForCompare, type CompareOptions } from './normalise';
export { copyMatchState, createMatchState, type MatchState, type Mention } from './types';
