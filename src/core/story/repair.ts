/**
 * Keeps a reader's story valid under the dictionary validator, whatever the
 * articles brought: aliases too broad or repeated are dropped, an alias two
 * entities share is marked ambiguous, links to removed entities go, and
 * sayings keep to plain text of the allowed length.
 */
import { aliasTextProblem } from '../dictionary/alias-rules';
import { aliasGroupKey } from '../dictionary/normalise';
import { plainTextProblem } from '../dictionary/text-rules';
import type { Alias, Dictionary, Entity, KeptArticle } from '../dictionary/types';
import { validateDictionary } from '../dictionary/validate';
import { ENTITY_LIMITS } from '../dictionary/validate-entity';
import { clip } from './ids';

const isPlain = (text: string): boolean => text.trim() !== '' && plainTextProblem(text) === undefined;

/** The entity's usable aliases, each once, standalone ones first when a text is listed both ways. */
function cleanAliases(aliases: readonly Alias[]): Alias[] {
  const sorted = [...aliases].sort(
    (a, b) => Number(b.match === 'standalone') - Number(a.match === 'standalone'),
  );
  const seen = new Set<string>();
  return sorted.filter((a) => {
    const key = aliasGroupKey(a.text);
    const usable =
      a.text.length <= ENTITY_LIMITS.alias &&
      aliasTextProblem(a.text, a.caseSensitive) === undefined &&
      isPlain(a.text);
    if (!usable || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutContext(alias: Alias): Alias {
  const copy = { ...alias };
  delete copy.context;
  return copy;
}

/** Marks every alias that several entities list as ambiguous (resolved by recency), as the validator asks. */
function markShared(entities: Entity[]): Entity[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entities)
    for (const a of e.aliases)
      owners.set(aliasGroupKey(a.text), (owners.get(aliasGroupKey(a.text)) ?? new Set()).add(e.id));
  return entities.map((e) => ({
    ...e,
    aliases: e.aliases.map((a): Alias => {
      if ((owners.get(aliasGroupKey(a.text))?.size ?? 0) < 2) return a;
      // An ambiguous alias resolves by recency alone: it cannot also carry a context.
      return { ...withoutContext(a), ambiguous: { resolve: 'most-recent' } };
    }),
  }));
}

function cleanEntities(entities: readonly Entity[]): Entity[] {
  const usable = entities
    .map((e) => ({
      ...e,
      name: clip(e.name, ENTITY_LIMITS.name),
      role: isPlain(e.role) ? clip(e.role, ENTITY_LIMITS.role) : '',
      aliases: cleanAliases(e.aliases),
    }))
    .filter((e) => isPlain(e.name) && e.aliases.some((a) => a.match === 'standalone'));
  const ids = new Set(usable.map((e) => e.id));
  const linked = usable.map((e) => ({
    ...e,
    related: [...new Set(e.related)].filter((id) => id !== e.id && ids.has(id)),
    aliases: e.aliases.map((a): Alias => {
      if (a.context === undefined) return a;
      const context = [...new Set(a.context)].filter((id) => id !== e.id && ids.has(id));
      return context.length === 0 ? withoutContext(a) : { ...a, context };
    }),
  }));
  return markShared(linked);
}

function cleanKept(kept: readonly KeptArticle[], ids: ReadonlySet<string>): KeptArticle[] {
  return kept.map((k) => {
    const optional = (value: string | undefined, max: number): string | undefined =>
      value !== undefined && isPlain(value) ? clip(value, max) : undefined;
    const site = optional(k.site, 200);
    const published = optional(k.published, 100);
    return {
      title: isPlain(k.title) ? clip(k.title, 300) : clip(k.url, 300),
      url: k.url,
      ...(site === undefined ? {} : { site }),
      ...(published === undefined ? {} : { published }),
      keptAt: k.keptAt,
      says: k.says.flatMap((s) => {
        if (!ids.has(s.entityId) || !isPlain(s.sentence)) return [];
        const role = s.role !== undefined && isPlain(s.role) ? clip(s.role, ENTITY_LIMITS.role) : undefined;
        const sentence = clip(s.sentence, ENTITY_LIMITS.quote);
        return [
          role === undefined ? { entityId: s.entityId, sentence } : { entityId: s.entityId, sentence, role },
        ];
      }),
    };
  });
}

/** The story made valid; throws when it still is not (a name the validator refuses, say), listing why. */
export function repairStory(story: Dictionary): Dictionary {
  const entities = cleanEntities(story.entities);
  const ids = new Set(entities.map((e) => e.id));
  const repaired: Dictionary = {
    ...story,
    name: clip(story.name, 200),
    entities,
    kept: cleanKept(story.kept ?? [], ids),
  };
  const checked = validateDictionary(repaired);
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return checked.dictionary;
}
