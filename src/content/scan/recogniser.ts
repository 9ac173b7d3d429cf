/**
 * Builds the annotator's recogniser from dictionaries and their matcher's
 * automaton (built by the build for the bundled dictionary, by the background
 * for imported ones): the matcher finds, the dictionaries say what was found.
 */
import type { DictionaryIndex } from '../../core/dictionary/types';
import { findMentions, loadMatcher, type PrebuiltMatcher } from '../../core/match';
import type { Recogniser } from './annotator';
import type { EntityInfo } from './locate-mentions';

/** A recogniser over `dictionaries`, matching with `prebuilt` (built from the same dictionaries). */
export function createRecogniser(
  dictionaries: readonly DictionaryIndex[],
  prebuilt: PrebuiltMatcher,
): Recogniser {
  const matcher = loadMatcher(prebuilt);
  const entities = new Map<string, EntityInfo>();
  for (const dictionary of dictionaries) {
    for (const entity of dictionary.entities) {
      // The first dictionary to define an id wins, as the matcher's compile order does.
      if (!entities.has(entity.id))
        entities.set(entity.id, { type: entity.type, dictionaryId: dictionary.id });
    }
  }
  return {
    find: (text, state) => findMentions(text, matcher, state),
    entity: (entityId) => entities.get(entityId),
  };
}

/** Recognises nothing: a page's recogniser until the stored automaton is read. */
export const nothingRecognised: Recogniser = {
  find: () => [],
  entity: () => undefined,
};
