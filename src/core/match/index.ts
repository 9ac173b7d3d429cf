/**
 * The matcher's public face: compile dictionaries and prebuild their automaton
 * (at build time, or in the background for imports), load it on the page,
 * then find mentions block by block with one `MatchState`.
 */
export { compileMatcher, type CompiledMatcher } from './compile';
export { createMatcher, type Matcher } from './automaton';
export { findMentions } from './find';
export {
  isCurrentPrebuilt,
  loadMatcher,
  prebuildFor,
  prebuildMatcher,
  PREBUILT_FORMAT,
  type PrebuiltMatcher,
} from './prebuilt';
export { normaliseForCompare, type CompareOptions } from './normalise';
export { copyMatchState, createMatchState, type MatchState, type Mention } from './types';
