/**
 * Drafts a dictionary from the plain text of any article: candidate names,
 * their guessed types, roles read from the text and the sentences that
 * mention them, written out in the dictionary format for a person to edit.
 */
import type { Alias, Dictionary, Entity } from '../dictionary/types';
import { countSentences, endsLikeSentence, plainTextProblem } from '../dictionary/text-rules';
import { aliasGroupKey } from '../dictionary/normalise';
import { aliasTextProblem } from '../dictionary/validate';
import { gatherCandidates, type Occurrence } from './candidates';
import { classifyCandidates, type DraftEntity } from './classify';
import { firstRole, hasPersonRole } from './roles';
import { readArticle, type ArticleText } from './text';

/** What to call the drafted dictionary. */
export interface DraftOptions {
  /** Kebab-case id of the dictionary; derived from `name` when absent. */
  id?: string;
  name: string;
  /** Most quotes kept per entity. */
  maxQuotes?: number;
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

/** The article's sentences that hold these occurrences, verbatim, each once, in text order. */
function quotesOf(article: ArticleText, occurrences: readonly Occurrence[], max: number): string[] {
  const indexes = [...new Set(occurrences.map((o) => o.sentence))].sort((a, b) => a - b);
  const texts = indexes
    .map((i) => article.sentences[i]?.text ?? '')
    .filter((t) => t !== '' && plainTextProblem(t) === undefined);
  return [...new Set(texts)].slice(0, max);
}

/** A first sentence for `background`: an article sentence that reads as one, for the editor to replace. */
function backgroundFrom(quotes: readonly string[], fallback: string): string {
  const sentence = quotes.find((q) => countSentences(q) === 1 && endsLikeSentence(q) && !/[<>]/u.test(q));
  return sentence ?? fallback;
}

function aliasesOf(entity: DraftEntity, sharedShortForms: ReadonlySet<string>): Alias[] {
  const seen = new Set<string>();
  return entity.aliases.flatMap((a): Alias[] => {
    const key = a.caseSensitive ? a.text : a.text.toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    const alias: Alias = {
      text: a.text,
      match: a.isShortForm ? 'after-full-name' : 'standalone',
      caseSensitive: a.caseSensitive,
    };
    if (a.isShortForm && sharedShortForms.has(key)) alias.ambiguous = { resolve: 'most-recent' };
    return [alias];
  });
}

/**
 * Drops the aliases the validator would refuse: those that match almost
 * anywhere ("K.", "Is", "Have I": initials and words capitalised only at the
 * start of a question), and names an earlier entity already claims ("DataStore"
 * after "Datastore"); then the entities left without a standalone alias.
 */
function usableAliasesOnly(entities: readonly DraftEntity[]): DraftEntity[] {
  const claimed = new Set<string>();
  const shortForms = new Set(
    entities.flatMap((e) => e.aliases.filter((a) => a.isShortForm).map((a) => aliasGroupKey(a.text))),
  );
  return entities.flatMap((e) => {
    const aliases = e.aliases.filter((a) => {
      const key = aliasGroupKey(a.text);
      if (aliasTextProblem(a.text, a.caseSensitive) !== undefined || claimed.has(key)) return false;
      // A surname several people share is marked ambiguous later; a standalone name may not be one.
      return a.isShortForm || !shortForms.has(key);
    });
    if (!aliases.some((a) => !a.isShortForm)) return [];
    for (const a of aliases) if (!a.isShortForm) claimed.add(aliasGroupKey(a.text));
    return [{ ...e, aliases }];
  });
}

/** Surnames that several drafted people share ("Karim Halili" and "Ali Halili"), lower case. */
function sharedShortForms(entities: readonly DraftEntity[]): Set<string> {
  const owners = new Map<string, number>();
  for (const e of entities)
    for (const a of e.aliases.filter((x) => x.isShortForm))
      owners.set(a.text.toLowerCase(), (owners.get(a.text.toLowerCase()) ?? 0) + 1);
  return new Set([...owners].filter(([, n]) => n > 1).map(([text]) => text));
}

/** Drafts a dictionary from an article's plain text. */
export function draftDictionary(text: string, options: DraftOptions): DraftResult {
  const article = readArticle(text);
  const drafted = usableAliasesOnly(
    classifyCandidates(gatherCandidates(article), (c) => hasPersonRole(article, c.occurrences)),
  );
  const shared = sharedShortForms(drafted);
  const ids = new Set<string>();
  const idByKey = new Map(drafted.map((e) => [e.key, uniqueId(slugify(e.name) || e.type, ids)]));
  const notes: DraftNote[] = [];
  const entities = drafted.map((e): Entity => {
    const id = idByKey.get(e.key) ?? e.key;
    const all = [...e.occurrences, ...e.shortOccurrences].sort((a, b) => a.start - b.start);
    const quotes = quotesOf(article, all, options.maxQuotes ?? 5);
    const role = firstRole(article, e.occurrences, e.type);
    notes.push({ entityId: id, hasRoleFromText: role !== undefined });
    const described = `${e.type.charAt(0).toUpperCase()}${e.type.slice(1).replace(/-/gu, ' ')} named in the article`;
    return {
      id,
      type: e.type,
      name: e.name,
      aliases: aliasesOf(e, shared),
      role: role ?? described,
      background: backgroundFrom(quotes, `${described}.`),
      quotes,
      related: relatedIds(e, drafted, idByKey, role),
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

/** Entities named inside this one's role ("Director of the CIS department at the Russian Foreign Ministry"). */
function relatedIds(
  entity: DraftEntity,
  all: readonly DraftEntity[],
  idByKey: ReadonlyMap<string, string>,
  role: string | undefined,
): string[] {
  if (role === undefined) return [];
  const lower = role.toLowerCase().replace(/[’`]/gu, "'");
  return all
    .filter(
      (other) =>
        other !== entity &&
        other.aliases.some(
          (a) =>
            !a.isShortForm &&
            new RegExp(`(?:^|[^\\p{L}])${escape(a.text.toLowerCase())}(?:$|[^\\p{L}])`, 'u').test(lower),
        ),
    )
    .map((other) => idByKey.get(other.key) ?? other.key);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
