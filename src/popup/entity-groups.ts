/**
 * Groups a page's findings by entity type for the "This page" list: types
 * with the most mentions first, and within a type the most mentioned entity
 * first (ties keep the page's order).
 */
import type { Dictionary, Entity } from '../core/dictionary/types';
import type { EntityFinding, PageFindings } from '../shared/messages';

/** One entity found on the page, with its dictionary entry when it is still installed. */
export interface FoundEntity {
  finding: EntityFinding;
  entity: Entity | null;
}

/** The entities of one type. */
export interface EntityGroup {
  type: string;
  mentions: number;
  entities: FoundEntity[];
}

/** Finds an entity in the installed dictionaries. */
export function lookupEntity(
  dictionaries: readonly Dictionary[],
  dictionaryId: string,
  entityId: string,
): Entity | null {
  return dictionaries.find((d) => d.id === dictionaryId)?.entities.find((e) => e.id === entityId) ?? null;
}

// An entity whose dictionary has been removed since the page was scanned still counts; it has no type.
const UNKNOWN_TYPE = 'other';

/** The findings grouped by type, most mentioned type first. */
export function groupFindings(findings: PageFindings, dictionaries: readonly Dictionary[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const finding of findings.entities) {
    const entity = lookupEntity(dictionaries, finding.dictionaryId, finding.entityId);
    const type = entity?.type ?? UNKNOWN_TYPE;
    let group = groups.get(type);
    if (!group) {
      group = { type, mentions: 0, entities: [] };
      groups.set(type, group);
    }
    group.mentions += finding.count;
    group.entities.push({ finding, entity });
  }
  const sorted = [...groups.values()].sort((a, b) => b.mentions - a.mentions);
  for (const group of sorted) group.entities.sort((a, b) => b.finding.count - a.finding.count);
  return sorted;
}
