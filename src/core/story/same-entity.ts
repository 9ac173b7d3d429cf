/**
 * When an article's entity is one the story already holds: the same name or
 * alias, or, for a person, a shorter name whose every word the longer one has
 * ("Keir Starmer" and "Sir Keir Starmer"). And how two such entities become one.
 */
import { aliasGroupKey } from '../dictionary/normalise';
import type { Alias, Entity } from '../dictionary/types';

const keysOf = (e: Entity, standaloneOnly: boolean): Set<string> =>
  new Set(
    [e.name, ...e.aliases.filter((a) => !standaloneOnly || a.match === 'standalone').map((a) => a.text)].map(
      aliasGroupKey,
    ),
  );

const wordsOf = (name: string): string[] =>
  aliasGroupKey(name)
    .split(/[\s\-–—.]+/u)
    .filter((w) => w !== '');

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((k) => b.has(k));

/** Whether every word of the shorter of two person names (two words at least) is in the longer. */
function isShorterName(a: string, b: string): boolean {
  const [short, long] =
    wordsOf(a).length <= wordsOf(b).length ? [wordsOf(a), wordsOf(b)] : [wordsOf(b), wordsOf(a)];
  return short.length >= 2 && short.every((w) => long.includes(w));
}

/** Whether `a` and `b` name the same entity. */
export function isSameEntity(a: Entity, b: Entity): boolean {
  // A full name or other standalone alias in common is the same entity, whatever type the engine guessed.
  if (meets(keysOf(a, true), keysOf(b, true))) return true;
  if (a.type !== b.type) return false;
  // The same type: one's full name is a short form of the other's ("Starmer", after "Keir Starmer").
  if (meets(keysOf(a, true), keysOf(b, false)) || meets(keysOf(a, false), keysOf(b, true))) return true;
  return a.type === 'person' && isShorterName(a.name, b.name);
}

/** `into`'s aliases, then those of `from` it lacks; `from`'s name joins as a standalone alias. */
export function mergedAliases(into: Entity, from: Entity): Alias[] {
  const have = new Set(into.aliases.map((a) => aliasGroupKey(a.text)));
  const name: Alias = { text: from.name, match: 'standalone', caseSensitive: true };
  const extra = [name, ...from.aliases].filter((a) => {
    const key = aliasGroupKey(a.text);
    if (have.has(key)) return false;
    have.add(key);
    return true;
  });
  return [...into.aliases, ...extra];
}

/** `into` with what `from` adds: aliases, related ids, and a role when `into` has none. */
export function mergeEntity(into: Entity, from: Entity): Entity {
  return {
    ...into,
    aliases: mergedAliases(into, from),
    role: into.role === '' ? from.role : into.role,
    quotes: [...new Set([...into.quotes, ...from.quotes])],
    related: [...new Set([...into.related, ...from.related])],
  };
}
