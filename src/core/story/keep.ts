/**
 * "Keep these names": an article's entities saved into a story of the
 * reader's, a dictionary of the usual format with `kept`. A second article
 * merges into the same story by name and alias, and what it says is added
 * with its title, site, date and address. Pure: the background runs it.
 */
import type { ArticleMeta, ArticleNote } from '../article/article-names';
import { ARTICLE_DICTIONARY_ID } from '../article/limits';
import { aliasGroupKey } from '../dictionary/normalise';
import type { Dictionary, Entity, KeptSaying } from '../dictionary/types';
import { clip, slugOf, uniqueId } from './ids';
import { repairStory } from './repair';
import { isSameEntity, mergeEntity } from './same-entity';

/** What is kept of one article: its own names (a dictionary), what it says of each, and its page's metadata. */
export interface KeptInput {
  /** The article's own entities (`ArticleNames.dictionary`). */
  dictionary: Dictionary;
  notes: readonly ArticleNote[];
  meta: ArticleMeta;
  /** When it is kept, as an ISO date-time. */
  keptAt: string;
}

/** The page's title without the site's name that pages add to it ("Strike ends | Coastal Post" → "Strike ends"). */
export function articleTitle(title: string, site: string | null): string {
  const trimmed = title.trim();
  if (site === null || site.trim() === '') return trimmed;
  const suffix = new RegExp(`\\s+[|\\-–—·:]\\s+${site.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u');
  const bare = trimmed.replace(suffix, '');
  return bare === '' ? trimmed : bare;
}

/** A new, empty story of the reader's. */
export function newStory(id: string, name: string): Dictionary {
  return { schemaVersion: 1, id, name: clip(name, 200), entities: [], kept: [] };
}

/** The article entity as a story entity: its own id (without the page's prefix), no written background. */
function asStoryEntity(e: Entity, note: ArticleNote | undefined, taken: Set<string>): Entity {
  const bare = e.id.startsWith(`${ARTICLE_DICTIONARY_ID}-`)
    ? e.id.slice(ARTICLE_DICTIONARY_ID.length + 1)
    : e.id;
  return {
    id: uniqueId(slugOf(bare, e.type), taken),
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    role: note?.role ?? '',
    background: '',
    quotes: [],
    related: [],
  };
}

/** `story` with the article kept into it (the same address kept again replaces what it said then); valid. */
export function keepArticle(story: Dictionary, input: KeptInput): Dictionary {
  const entities = [...story.entities];
  const taken = new Set(entities.map((e) => e.id));
  const noteOf = new Map(input.notes.map((n) => [`${n.dictionaryId}\n${n.entityId}`, n]));
  // Which story entity each note speaks of: its own names merged or added, and the story's, met on the page.
  const target = new Map<ArticleNote, string>();
  for (const e of input.dictionary.entities) {
    const note = noteOf.get(`${input.dictionary.id}\n${e.id}`);
    const at = entities.findIndex((s) => isSameEntity(s, e));
    const incoming = asStoryEntity(e, note, at === -1 ? taken : new Set(taken));
    if (at === -1) entities.push(incoming);
    else entities[at] = mergeEntity(entities[at] as Entity, incoming);
    if (note !== undefined) target.set(note, at === -1 ? incoming.id : (entities[at] as Entity).id);
  }
  for (const note of input.notes)
    if (note.dictionaryId === story.id && taken.has(note.entityId)) target.set(note, note.entityId);

  const byName = new Map(entities.map((e) => [aliasGroupKey(e.name), e.id]));
  const says: KeptSaying[] = [];
  const related = new Map<string, string[]>();
  for (const [note, entityId] of target) {
    if (note.sentence !== '' && !says.some((s) => s.entityId === entityId && s.sentence === note.sentence))
      says.push(
        note.role === null
          ? { entityId, sentence: note.sentence }
          : { entityId, sentence: note.sentence, role: note.role },
      );
    const others = note.with.flatMap((name) => byName.get(aliasGroupKey(name)) ?? []);
    related.set(entityId, [...(related.get(entityId) ?? []), ...others]);
  }
  const linked = entities.map((e) => {
    const fresh = says.findLast((s) => s.entityId === e.id && s.role !== undefined);
    return {
      ...e,
      // The newest article's role is the one shown: roles change, and the reader follows the story as it goes.
      role: fresh?.role ?? e.role,
      related: [...new Set([...e.related, ...(related.get(e.id) ?? [])])],
    };
  });
  const { url, title, site, published } = input.meta;
  const article = {
    title: title.trim() === '' ? url : articleTitle(title, site),
    url,
    ...(site === null || site.trim() === '' ? {} : { site }),
    ...(published === null || published.trim() === '' ? {} : { published }),
    keptAt: input.keptAt,
    says,
  };
  const kept = [...(story.kept ?? []).filter((k) => k.url !== url), article];
  return repairStory({ ...story, entities: linked, kept });
}
