/**
 * Drafts a dictionary from the plain text of any article, on the article
 * engine: its entities, their aliases under the dictionary's alias rules,
 * the role and sentences the article gives them, for a person to edit.
 */
import type { Alias, Dictionary, Entity } from '../dictionary/types';
import { countSentences, endsLikeSentence, plainTextProblem } from '../dictionary/text-rules';
import { aliasGroupKey } from '../dictionary/normalise';
import { aliasTextProblem } from '../dictionary/validate';
import { extractEntities, type ExtractedEntity } from './extract';

/** What to call the drafted dictionary. */
export interface DraftOptions {
  /** Kebab-case id of the dictionary; derived from `name` when absent. */
  id?: string;
  name: string;
  /** Most quotes kept per entity. */
  maxQuotes?: number;
  /** Most entities kept: the most often named, in text order; all when absent. */
  maxEntities?: number;
  /** Whether to pick each entity's background from its quotes (the default); the article layer shows none. */
  withBackground?: boolean;
}

/** The `max` most often named entities (the earlier first on a tie), in their text order. */
function mostNamed(extracted: readonly ExtractedEntity[], max: number): ExtractedEntity[] {
  if (extracted.length <= max) return [...extracted];
  const ranked = extracted
    .map((e, i) => ({ count: e.mentions.length, i }))
    .sort((a, b) => b.count - a.count || a.i - b.i)
    .slice(0, max);
  const chosen = new Set(ranked.map((r) => r.i));
  return extracted.filter((_, i) => chosen.has(i));
}

/** A drafted entity and what a person should check in it. */
export interface DraftNote {
  entityId: string;
  /** Whether the role was read from the article rather than guessed from the type. */
  hasRoleFromText: boolean;
}

/** The draft and the notes that go with it. */
export interface DraftResult {
  dictionary: Dictionary;
  notes: DraftNote[];
}

/** A kebab-case id from any name: "Akil Akilov" → "akil-akilov". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The article's sentences that name the entity, its introduction first, each once. */
function quotesOf(entity: ExtractedEntity, max: number): string[] {
  return [...new Set([entity.introduction, ...entity.sentences])]
    .filter((q) => q !== '' && plainTextProblem(q) === undefined)
    .slice(0, max);
}

/** The dictionary aliases of an entity: full name and acronyms standalone, short forms after the full name. */
function aliasesOf(e: ExtractedEntity, claimed: Set<string>, sharedShort: ReadonlySet<string>): Alias[] {
  const out: Alias[] = [];
  const add = (text: string, match: Alias['match'], caseSensitive: boolean): void => {
    const key = aliasGroupKey(text);
    if (claimed.has(key) || aliasTextProblem(text, caseSensitive) !== undefined) return;
    if (match === 'standalone') claimed.add(key);
    const alias: Alias = { text, match, caseSensitive };
    if (match === 'after-full-name' && sharedShort.has(key)) alias.ambiguous = { resolve: 'most-recent' };
    out.push(alias);
  };
  add(e.name, 'standalone', /^(?:\p{Lu}\.?){2,}$/u.test(e.name));
  for (const a of e.acronyms) add(a, 'standalone', true);
  for (const a of e.aliases)
    if (!e.acronyms.includes(a) && !e.shortForms.includes(a)) add(a, 'standalone', false);
  for (const a of e.shortForms)
    if (!out.some((x) => aliasGroupKey(x.text) === aliasGroupKey(a))) add(a, 'after-full-name', false);
  return out;
}

function backgroundFrom(quotes: readonly string[], fallback: string): string {
  // The cheap checks first: splitting a long quote into sentences is the dear one.
  return quotes.find((q) => !/[<>]/u.test(q) && endsLikeSentence(q) && countSentences(q) === 1) ?? fallback;
}

/** Drafts a dictionary from an article's plain text. */
export function draftDictionary(text: string, options: DraftOptions): DraftResult {
  const extracted = extractEntities(text);
  const shortOwners = new Map<string, number>();
  for (const e of extracted)
    for (const s of e.shortForms)
      shortOwners.set(aliasGroupKey(s), (shortOwners.get(aliasGroupKey(s)) ?? 0) + 1);
  const sharedShort = new Set([...shortOwners].filter(([, n]) => n > 1).map(([k]) => k));
  const claimed = new Set<string>();
  const ids = new Set<string>();
  const chosen = options.maxEntities === undefined ? extracted : mostNamed(extracted, options.maxEntities);
  const kept = chosen.flatMap((e) => {
    const aliases = aliasesOf(e, claimed, sharedShort);
    return aliases.some((a) => a.match === 'standalone')
      ? [{ e, aliases, id: uniqueId(slugify(e.name) || e.type, ids) }]
      : [];
  });
  const idOf = new Map(kept.map((k) => [k.e, k.id]));
  const notes: DraftNote[] = [];
  const entities = kept.map(({ e, aliases, id }): Entity => {
    const quotes = quotesOf(e, options.maxQuotes ?? 5);
    const described = `${e.type.charAt(0).toUpperCase()}${e.type.slice(1)} named in the article`;
    notes.push({ entityId: id, hasRoleFromText: e.role !== undefined });
    const related = e.cooccurring.slice(0, 5).flatMap((i) => {
      const other = extracted[i];
      const otherId = other ? idOf.get(other) : undefined;
      return otherId === undefined ? [] : [otherId];
    });
    return {
      id,
      type: e.type,
      name: e.name,
      aliases,
      role: e.role ?? described,
      background: options.withBackground === false ? '' : backgroundFrom(quotes, `${described}.`),
      quotes,
      related,
    };
  });
  return {
    dictionary: {
      schemaVersion: 1,
      id: options.id ?? (slugify(options.name) || 'draft'),
      name: options.name,
      entities,
    },
    notes,
  };
}
