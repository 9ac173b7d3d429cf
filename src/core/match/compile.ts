/**
 * Compiles dictionaries into the matcher's trie, as flat arrays. `createMatcher`
 * turns it into the Aho–Corasick automaton and `prebuildMatcher` into the form
 * shipped to pages (build.mjs for the bundled dictionary, the background for
 * imported ones), so no page does either.
 *
 * Precedence: when several dictionaries list an alias that the same text
 * matches, the dictionary listed earlier wins and the later ones' claims are
 * ignored there, unless the earliest claim is marked ambiguous; then every
 * dictionary's ambiguous claim takes part in `most-recent` resolution. Within
 * one dictionary, an alias shared by several entities must be ambiguous (the
 * validator refuses it otherwise); if it is not, the entity listed first wins.
 * The order of `patterns` (dictionary, entity, alias) carries this rule.
 * An alias's `context` ids name entities of its own dictionary only.
 */
import type { Dictionary } from '../dictionary/types';
import { foldSymbols } from './fold-table';
import { normaliseForCompare } from './normalise';

/** Pattern flag: the alias counts only after a standalone alias of its entity. */
export const AFTER_FULL_NAME = 1;
/** Pattern flag: the alias is compared case-sensitively. */
export const CASE_SENSITIVE = 2;
/** Pattern flag: diacritics are folded on both sides. */
export const FOLD_DIACRITICS = 4;
/** Pattern flag: the alias is shared and resolved to the most recently introduced entity. */
export const AMBIGUOUS_MOST_RECENT = 8;
/** The flags word holds, from this bit up, 1 + the offset of the pattern's context group in `contexts` (0: none). */
export const CONTEXT_SHIFT = 8;
/** Numbers per pattern in `CompiledMatcher.patterns`: trie node, entity, dictionary, flags. */
export const PATTERN_STRIDE = 4;

/** The compiled, JSON-serialisable form of one or more dictionaries. */
export interface CompiledMatcher {
  version: 1;
  /** Dictionary ids, in precedence order. */
  dictionaries: string[];
  /** Entity ids that patterns refer to by index. */
  entities: string[];
  /** Trie nodes after the root (node 0), breadth first: node i + 1 hangs under `parents[i]`. */
  parents: number[];
  /** The folded UTF-16 code unit on the edge into node i + 1 is `symbols[i]`. */
  symbols: string;
  /** `PATTERN_STRIDE` numbers per pattern (node, entity index, dictionary index, flags), in precedence order. */
  patterns: number[];
  /** Per pattern, the alias as `normaliseForCompare` gives it under the alias's own options. */
  keys: string[];
  /**
   * Context groups of `after-full-name` aliases, back to back: a count, then
   * that many entity indexes. Patterns with the same context share a group.
   */
  contexts: number[];
}

/** The part of a compiled matcher that the scan resolves hits against; the trie itself lives on in the automaton. */
export type MatcherPatterns = Pick<
  CompiledMatcher,
  'dictionaries' | 'entities' | 'patterns' | 'keys' | 'contexts'
>;

interface PendingPattern {
  symbols: string;
  entity: number;
  dictionary: number;
  flags: number;
  key: string;
}

/** Reads the flag bits of one alias. */
function aliasFlags(alias: Dictionary['entities'][number]['aliases'][number]): number {
  let flags = 0;
  if (alias.match === 'after-full-name') flags |= AFTER_FULL_NAME;
  if (alias.caseSensitive) flags |= CASE_SENSITIVE;
  if (alias.foldDiacritics === true) flags |= FOLD_DIACRITICS;
  if (alias.ambiguous?.resolve === 'most-recent') flags |= AMBIGUOUS_MOST_RECENT;
  return flags;
}

/** Shares context groups between patterns and lays them out back to back. */
class ContextGroups {
  readonly flat: number[] = [];
  private readonly offsets = new Map<string, number>();

  /** The flag bits that point a pattern at the group of `entities`, adding the group when it is new. */
  bits(entities: readonly number[]): number {
    if (entities.length === 0) return 0;
    const key = entities.join(',');
    let offset = this.offsets.get(key);
    if (offset === undefined) {
      offset = this.flat.length;
      this.flat.push(entities.length, ...entities);
      this.offsets.set(key, offset);
    }
    // Multiplied, not shifted: a 32-bit shift would overflow for very large context tables.
    return (offset + 1) * 2 ** CONTEXT_SHIFT;
  }
}

/** Lists every alias of every dictionary as a pattern, in precedence order. */
function collectPatterns(
  dictionaries: readonly Dictionary[],
  entities: string[],
  groups: ContextGroups,
): PendingPattern[] {
  const entityIndex = new Map<string, number>();
  for (const entity of dictionaries.flatMap((dictionary) => dictionary.entities)) {
    if (!entityIndex.has(entity.id)) entityIndex.set(entity.id, entities.push(entity.id) - 1);
  }
  const patterns: PendingPattern[] = [];
  dictionaries.forEach((dictionary, d) => {
    // Context ids resolve within the alias's own dictionary: an id another dictionary happens to define does not count.
    const own = new Set(dictionary.entities.map((entity) => entity.id));
    for (const entity of dictionary.entities) {
      const e = entityIndex.get(entity.id) ?? 0;
      for (const alias of entity.aliases) {
        const symbols = foldSymbols(alias.text);
        if (symbols.length === 0) continue;
        let flags = aliasFlags(alias);
        if ((flags & AFTER_FULL_NAME) !== 0 && (flags & AMBIGUOUS_MOST_RECENT) === 0) {
          const context = (alias.context ?? []).filter((id) => id !== entity.id && own.has(id));
          flags |= groups.bits([...new Set(context)].map((id) => entityIndex.get(id) ?? 0));
        }
        const key = normaliseForCompare(alias.text, {
          caseSensitive: (flags & CASE_SENSITIVE) !== 0,
          foldDiacritics: (flags & FOLD_DIACRITICS) !== 0,
        });
        patterns.push({ symbols, entity: e, dictionary: d, flags, key });
      }
    }
  });
  return patterns;
}

/** Compiles the enabled dictionaries, in precedence order, into one matcher. */
export function compileMatcher(dictionaries: readonly Dictionary[]): CompiledMatcher {
  const entities: string[] = [];
  const groups = new ContextGroups();
  const pending = collectPatterns(dictionaries, entities, groups);

  // Build the trie with maps, then number its nodes breadth first.
  type TrieNode = { children: Map<number, TrieNode>; id: number };
  const root: TrieNode = { children: new Map(), id: 0 };
  const ends = pending.map(({ symbols }) => {
    let node = root;
    for (let i = 0; i < symbols.length; i++) {
      const code = symbols.charCodeAt(i);
      let child = node.children.get(code);
      if (child === undefined) {
        child = { children: new Map(), id: -1 };
        node.children.set(code, child);
      }
      node = child;
    }
    return node;
  });
  const parents: number[] = [];
  let symbols = '';
  const queue: TrieNode[] = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (node === undefined) break;
    for (const [code, child] of [...node.children].sort((a, b) => a[0] - b[0])) {
      child.id = queue.length;
      parents.push(node.id);
      symbols += String.fromCharCode(code);
      queue.push(child);
    }
  }

  const patterns: number[] = [];
  pending.forEach((p, i) => {
    patterns.push(ends[i]?.id ?? 0, p.entity, p.dictionary, p.flags);
  });
  return {
    version: 1,
    dictionaries: dictionaries.map((d) => d.id),
    entities,
    parents,
    symbols,
    patterns,
    keys: pending.map((p) => p.key),
    contexts: groups.flat,
  };
}
