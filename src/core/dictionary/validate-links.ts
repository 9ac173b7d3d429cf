/**
 * Checks that look across entities: duplicate ids, related and context ids
 * that point nowhere, and aliases that two entities share without saying how the
 * ambiguity resolves. Runs on whatever parts of the entities are well formed.
 */
import { indexPath, isJsonObject, type IssueList, memberPath } from './issues';
import { aliasesOverlap, aliasGroupKey } from './normalise';

interface AliasSite {
  entity: number;
  entityId: string;
  path: string;
  text: string;
  caseSensitive: boolean;
  foldDiacritics: boolean;
  resolve: string | undefined;
}

function collectAliases(entities: readonly unknown[]): Map<string, AliasSite[]> {
  const groups = new Map<string, AliasSite[]>();
  entities.forEach((entity, e) => {
    if (!isJsonObject(entity) || !Array.isArray(entity.aliases)) return;
    const entityId = typeof entity.id === 'string' ? entity.id : `#${e}`;
    entity.aliases.forEach((alias, a) => {
      if (!isJsonObject(alias) || typeof alias.text !== 'string' || alias.text.trim() === '') return;
      const ambiguous = alias.ambiguous;
      const site: AliasSite = {
        entity: e,
        entityId,
        path: indexPath(`$.entities[${e}].aliases`, a),
        text: alias.text,
        caseSensitive: alias.caseSensitive === true,
        foldDiacritics: alias.foldDiacritics === true,
        resolve:
          isJsonObject(ambiguous) && typeof ambiguous.resolve === 'string' ? ambiguous.resolve : undefined,
      };
      const key = aliasGroupKey(alias.text);
      groups.set(key, [...(groups.get(key) ?? []), site]);
    });
  });
  return groups;
}

function checkSharedAliases(list: IssueList, entities: readonly unknown[]): void {
  for (const sites of collectAliases(entities).values()) {
    sites.forEach((site, i) => {
      for (const other of sites.slice(i + 1)) {
        if (!aliasesOverlap(site, other)) continue;
        const otherPath = memberPath(other.path, 'text');
        if (site.entity === other.entity) {
          list.add(otherPath, `repeats the alias "${site.text}" of ${site.path}`);
        } else if (site.resolve === undefined || other.resolve === undefined) {
          const unmarked = other.resolve === undefined ? other : site;
          const marked = unmarked === site ? other : site;
          list.add(
            memberPath(unmarked.path, 'text'),
            `alias "${unmarked.text}" is also an alias of "${marked.entityId}" (${marked.path}); ` +
              'mark it "ambiguous" with the same resolution in every entity that lists it',
          );
        } else if (site.resolve !== other.resolve) {
          list.add(
            memberPath(other.path, 'ambiguous'),
            `resolves the shared alias "${other.text}" differently from ${site.path} ("${site.entityId}")`,
          );
        }
      }
    });
  }
}

/** Checks that each alias's context ids name other entities of this dictionary. */
function checkContextIds(list: IssueList, entities: readonly unknown[], ids: Map<string, number>): void {
  entities.forEach((entity, e) => {
    if (!isJsonObject(entity) || !Array.isArray(entity.aliases)) return;
    entity.aliases.forEach((alias, a) => {
      if (!isJsonObject(alias) || !Array.isArray(alias.context)) return;
      alias.context.forEach((id, c) => {
        if (typeof id !== 'string') return;
        const path = `$.entities[${e}].aliases[${a}].context[${c}]`;
        if (!ids.has(id)) list.add(path, `refers to an unknown entity id "${id}"`);
        else if (id === entity.id) list.add(path, 'an alias needs no context naming its own entity');
      });
    });
  });
}

/** Checks ids, related ids, context ids and shared aliases across the entities of one dictionary. */
export function checkLinks(list: IssueList, entities: readonly unknown[]): void {
  const firstIndex = new Map<string, number>();
  entities.forEach((entity, e) => {
    if (!isJsonObject(entity) || typeof entity.id !== 'string') return;
    const first = firstIndex.get(entity.id);
    if (first === undefined) firstIndex.set(entity.id, e);
    else list.add(`$.entities[${e}].id`, `duplicates the id "${entity.id}" of $.entities[${first}]`);
  });
  entities.forEach((entity, e) => {
    if (!isJsonObject(entity) || !Array.isArray(entity.related)) return;
    entity.related.forEach((id, r) => {
      if (typeof id !== 'string') return;
      const path = `$.entities[${e}].related[${r}]`;
      if (!firstIndex.has(id)) list.add(path, `refers to an unknown entity id "${id}"`);
      else if (id === entity.id) list.add(path, 'an entity cannot be related to itself');
    });
  });
  checkContextIds(list, entities, firstIndex);
  checkSharedAliases(list, entities);
}
