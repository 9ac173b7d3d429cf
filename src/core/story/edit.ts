/**
 * What the options page does to a reader's story: rename it, remove an
 * entity, merge two entities into one, and export it as the dictionary JSON
 * the import accepts. Each result is valid under the dictionary validator.
 */
import type { Dictionary, Entity } from '../dictionary/types';
import { repairStory } from './repair';
import { mergeEntity } from './same-entity';

/** Whether a dictionary is a reader's own story (kept from articles), not one written and imported. */
export function isFollowedStory(dictionary: Dictionary): boolean {
  return dictionary.kept !== undefined;
}

/** The story under a new name; throws when the validator refuses the name (empty, HTML, too long). */
export function renameStory(story: Dictionary, name: string): Dictionary {
  const trimmed = name.replace(/\s+/gu, ' ').trim();
  if (trimmed === '') throw new Error('A story needs a name.');
  return repairStory({ ...story, name: trimmed });
}

/** The story without one entity, and without what its articles said of it. */
export function removeEntity(story: Dictionary, entityId: string): Dictionary {
  return repairStory({ ...story, entities: story.entities.filter((e) => e.id !== entityId) });
}

/** The story with `goneId` merged into `keepId`: one entity, both names and every saying of both. */
export function mergeEntities(story: Dictionary, keepId: string, goneId: string): Dictionary {
  const keep = story.entities.find((e) => e.id === keepId);
  const gone = story.entities.find((e) => e.id === goneId);
  if (keep === undefined || gone === undefined || keepId === goneId) return story;
  const point = (id: string): string => (id === goneId ? keepId : id);
  const merged = mergeEntity(keep, gone);
  const entities = story.entities.flatMap((e): Entity[] => {
    if (e.id === goneId) return [];
    const base = e.id === keepId ? merged : e;
    return [
      {
        ...base,
        related: base.related.map(point),
        aliases: base.aliases.map((a) =>
          a.context === undefined ? a : { ...a, context: a.context.map(point) },
        ),
      },
    ];
  });
  const kept = (story.kept ?? []).map((k) => ({
    ...k,
    says: k.says.map((s) => ({ ...s, entityId: point(s.entityId) })),
  }));
  return repairStory({ ...story, entities, kept });
}

/** The story as a file: the dictionary JSON that the options page's import reads back equal. */
export function exportStory(story: Dictionary): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}
