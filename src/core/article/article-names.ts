/**
 * An article's own names, as the page paints them: the engine's entities
 * turned into one more dictionary (compiled for the matcher), what the
 * article says of each, and which are the same as a dictionary's entity
 * (those keep the dictionary's card, with the article's sentence added).
 * Pure: the background runs it, off the page's thread.
 */
import type { Dictionary, Entity } from '../dictionary/types';
import { aliasGroupKey } from '../dictionary/normalise';
import { prebuildFor, type PrebuiltMatcher } from '../match';
import { draftDictionary } from '../ner/draft-dictionary';

import { ARTICLE_DICTIONARY_ID, MAX_ARTICLE_CHARS, MAX_ARTICLE_ENTITIES } from './limits';

export { ARTICLE_DICTIONARY_ID, MAX_ARTICLE_CHARS, MAX_ARTICLE_ENTITIES } from './limits';

/** What the page says about itself: its address, title and metadata. */
export interface ArticleMeta {
  url: string;
  title: string;
  /** og:site_name or the like; `null` when the page says none. */
  site: string | null;
  /** article:published_time or the like, as the page writes it; `null` when none. */
  published: string | null;
}

/** The article's text and metadata, as the content script collected them. */
export interface ArticleRequest extends ArticleMeta {
  /** Paragraph text, paragraphs separated by blank lines. */
  text: string;
  /** The length of the page's text before the content script cut it, when it did. */
  fullLength?: number;
}

/** What the article says of one entity (its own, or a dictionary's it is the same as). */
export interface ArticleNote {
  dictionaryId: string;
  entityId: string;
  /** The role as the article gives it; `null` when it gives none. */
  role: string | null;
  /** The sentence that introduces it. */
  sentence: string;
  /** Names it appears with, most shared first. */
  with: string[];
}

/** The article's names, ready for the content script. */
export interface ArticleNames {
  url: string;
  /** The article's own entities, as a dictionary with `ARTICLE_DICTIONARY_ID`. */
  dictionary: Dictionary;
  /** Its matcher's automaton, built here: the page only loads it. */
  prebuilt: PrebuiltMatcher;
  notes: ArticleNote[];
  /** "BBC News, 2015-07-24": the site and date of the article, or `null` when the page says neither. */
  source: string | null;
  /** The length of the text when it was cut at `MAX_ARTICLE_CHARS`, else `null`. */
  cutFrom: number | null;
}

/** The text cut at `max` characters, at the last paragraph break before it when there is one. */
export function cutArticle(text: string, max = MAX_ARTICLE_CHARS): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf('\n\n', max);
  return text.slice(0, at > max / 2 ? at : max);
}

/** "site, date" from the metadata; the date is kept to its day when it is ISO. */
export function sourceOf(meta: Pick<ArticleMeta, 'site' | 'published'>): string | null {
  const day = meta.published?.match(/^\d{4}-\d{2}-\d{2}/u)?.[0] ?? meta.published;
  const parts = [meta.site, day].filter((p): p is string => p !== null && p.trim() !== '');
  return parts.length === 0 ? null : parts.map((p) => p.trim()).join(', ');
}

type KnownEntity = { dictionaryId: string; entityId: string };

/**
 * Each dictionary's standalone aliases by group key, made once per dictionary
 * object: the bundled one is the same object for every article, and keying
 * its hundreds of aliases cost more than drawing a short article's names.
 */
const keyedAliases = new WeakMap<Dictionary, Map<string, KnownEntity>>();

function aliasesByKey(d: Dictionary): Map<string, KnownEntity> {
  let out = keyedAliases.get(d);
  if (out === undefined) {
    out = new Map();
    for (const e of d.entities)
      for (const text of [e.name, ...e.aliases.filter((a) => a.match === 'standalone').map((a) => a.text)]) {
        const key = aliasGroupKey(text);
        if (!out.has(key)) out.set(key, { dictionaryId: d.id, entityId: e.id });
      }
    keyedAliases.set(d, out);
  }
  return out;
}

/** The entity of the known dictionaries that a group key names (the first dictionary wins), looked up without merging their tables. */
function knownNames(known: readonly Dictionary[]): (key: string) => KnownEntity | undefined {
  const tables = known.map(aliasesByKey);
  return (key) => {
    for (const table of tables) {
      const entity = table.get(key);
      if (entity !== undefined) return entity;
    }
    return undefined;
  };
}

/** Draws an article's names from its text; `known` are the enabled dictionaries, whose entities keep their cards. */
export function articleNames(request: ArticleRequest, known: readonly Dictionary[]): ArticleNames {
  const text = cutArticle(request.text);
  const { dictionary, notes: drafted } = draftDictionary(text, {
    id: ARTICLE_DICTIONARY_ID,
    name: request.title,
    maxEntities: MAX_ARTICLE_ENTITIES,
    // The card shows what the article says, never a background.
    withBackground: false,
  });
  const fromText = new Set(drafted.filter((n) => n.hasRoleFromText).map((n) => n.entityId));
  const nameOf = new Map(dictionary.entities.map((e) => [e.id, e.name]));
  const knownAs = knownNames(known);
  const notes: ArticleNote[] = [];
  const own: Entity[] = [];
  for (const e of dictionary.entities) {
    const standalone = e.aliases.filter((a) => a.match === 'standalone').map((a) => a.text);
    const same = [e.name, ...standalone].map((t) => knownAs(aliasGroupKey(t))).find((x) => x !== undefined);
    // Ids of its own get a prefix: a page's matcher state and the recogniser key entities by id alone.
    const entityId = same?.entityId ?? `${ARTICLE_DICTIONARY_ID}-${e.id}`;
    notes.push({
      dictionaryId: same?.dictionaryId ?? ARTICLE_DICTIONARY_ID,
      entityId,
      role: fromText.has(e.id) ? e.role : null,
      sentence: e.quotes[0] ?? '',
      with: e.related.flatMap((id) => nameOf.get(id) ?? []),
    });
    // Nothing of the draft is shown as background: the card shows what the article says, marked as such.
    // Case-sensitive on the page: the article writes its names capitalised, and
    // "Mocha" the name is not "mocha" the word a few lines further down.
    const aliases = e.aliases.map((a) => ({ ...a, caseSensitive: true }));
    if (same === undefined)
      own.push({ ...e, id: entityId, aliases, role: '', background: '', quotes: [], related: [] });
  }
  const article: Dictionary = { ...dictionary, entities: own };
  return {
    url: request.url,
    dictionary: article,
    prebuilt: prebuildFor([article]),
    notes,
    source: sourceOf(request),
    cutFrom:
      text.length < (request.fullLength ?? request.text.length)
        ? (request.fullLength ?? request.text.length)
        : null,
  };
}
