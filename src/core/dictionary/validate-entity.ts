/**
 * Checks one entity and its aliases, field by field. Checks that look across
 * entities (duplicate ids, dangling related ids, shared aliases) live in
 * `validate-links.ts`.
 */
import { aliasTextProblem } from './alias-rules';
import { describe, indexPath, type IssueList, type JsonObject, memberPath } from './issues';
import { backgroundMarkupProblem, countSentences, endsLikeSentence, isKebabCase } from './text-rules';

/** Length limits for entity fields; generous for real prose, small enough to refuse abuse. */
export const ENTITY_LIMITS = {
  name: 200,
  alias: 120,
  role: 300,
  background: 1200,
  quote: 2000,
} as const;

const ENTITY_FIELDS = ['id', 'type', 'name', 'aliases', 'role', 'background', 'quotes', 'related'] as const;
const ALIAS_MATCHES = ['standalone', 'after-full-name'];

/** Checks a kebab-case identifier field. */
export function checkKebab(list: IssueList, value: unknown, path: string): void {
  if (list.string(value, path, 100) && !isKebabCase(value)) {
    list.add(path, `must be kebab-case (lower-case letters, digits, single hyphens), got ${describe(value)}`);
  }
}

function checkAmbiguity(list: IssueList, value: unknown, path: string): void {
  if (value === undefined || !list.object(value, path, ['resolve'])) return;
  if (value.resolve !== undefined && value.resolve !== 'most-recent') {
    list.add(memberPath(path, 'resolve'), `must be "most-recent", got ${describe(value.resolve)}`);
  }
}

/** Checks an alias's `context` on its own; that its ids resolve is checked across entities. */
function checkContext(list: IssueList, alias: JsonObject, path: string): void {
  if (alias.context === undefined) return;
  // A standalone alias needs no introduction, and an ambiguous one resolves by recency alone.
  if (alias.match !== 'after-full-name') {
    list.add(path, 'is only allowed on an "after-full-name" alias');
  } else if (alias.ambiguous !== undefined) {
    list.add(path, 'cannot be combined with "ambiguous"');
  }
  if (!list.array(alias.context, path, 1)) return;
  const seen = new Map<string, number>();
  alias.context.forEach((id, i) => {
    const at = indexPath(path, i);
    checkKebab(list, id, at);
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else list.add(at, `repeats the entity id "${id}" of ${indexPath(path, first)}`);
  });
}

function checkAlias(list: IssueList, alias: unknown, path: string): boolean {
  const optional = ['foldDiacritics', 'ambiguous', 'context'];
  if (!list.object(alias, path, ['text', 'match', 'caseSensitive'], optional)) return false;
  const textPath = memberPath(path, 'text');
  if (typeof alias.text === 'string' && alias.text.trim() !== '') {
    const problem = aliasTextProblem(alias.text, alias.caseSensitive === true);
    if (problem !== undefined) list.add(textPath, problem);
    else list.plainText(alias.text, textPath, ENTITY_LIMITS.alias);
  } else if (typeof alias.text === 'string') {
    list.add(textPath, 'alias must not be empty');
  } else {
    list.string(alias.text, textPath, ENTITY_LIMITS.alias);
  }
  if (alias.match !== undefined && !ALIAS_MATCHES.includes(alias.match as string)) {
    list.add(
      memberPath(path, 'match'),
      `must be "standalone" or "after-full-name", got ${describe(alias.match)}`,
    );
  }
  list.boolean(alias.caseSensitive, memberPath(path, 'caseSensitive'));
  list.boolean(alias.foldDiacritics, memberPath(path, 'foldDiacritics'));
  checkAmbiguity(list, alias.ambiguous, memberPath(path, 'ambiguous'));
  checkContext(list, alias, memberPath(path, 'context'));
  return alias.match === 'standalone';
}

function checkBackground(list: IssueList, value: unknown, path: string): void {
  if (!list.string(value, path, ENTITY_LIMITS.background)) return;
  const markup = backgroundMarkupProblem(value);
  if (markup !== undefined) {
    list.add(path, markup);
    return;
  }
  const sentences = countSentences(value);
  if (sentences < 1 || sentences > 3) list.add(path, `must be 1 to 3 sentences, got ${sentences}`);
  else if (!endsLikeSentence(value)) list.add(path, 'must end with a full stop, "!" or "?"');
}

function checkStrings(
  list: IssueList,
  value: unknown,
  path: string,
  check: (item: unknown, at: string) => void,
): void {
  if (!list.array(value, path)) return;
  value.forEach((item, i) => {
    check(item, indexPath(path, i));
  });
}

/** Checks the fields of the entity at `path` (role and background may be empty when `mayBeBlank`); cross-entity checks are separate. */
export function checkEntity(list: IssueList, entity: unknown, path: string, mayBeBlank = false): void {
  if (!list.object(entity, path, ENTITY_FIELDS)) return;
  checkKebab(list, entity.id, memberPath(path, 'id'));
  checkKebab(list, entity.type, memberPath(path, 'type'));
  list.plainText(entity.name, memberPath(path, 'name'), ENTITY_LIMITS.name);
  // `mayBeBlank`: a reader's story, whose entities nobody described; an empty string only, never a missing field.
  if (!(mayBeBlank && entity.role === ''))
    list.plainText(entity.role, memberPath(path, 'role'), ENTITY_LIMITS.role);
  if (!(mayBeBlank && entity.background === ''))
    checkBackground(list, entity.background, memberPath(path, 'background'));

  const aliasesPath = memberPath(path, 'aliases');
  if (list.array(entity.aliases, aliasesPath, 1)) {
    const standalone = entity.aliases.map((alias, i) => checkAlias(list, alias, indexPath(aliasesPath, i)));
    // An after-full-name alias waits for a standalone one of the same entity: without any, nothing ever matches.
    if (!standalone.includes(true)) list.add(aliasesPath, 'must include at least one "standalone" alias');
  }
  checkStrings(list, entity.quotes, memberPath(path, 'quotes'), (quote, at) => {
    list.plainText(quote, at, ENTITY_LIMITS.quote);
  });
  checkStrings(list, entity.related, memberPath(path, 'related'), (id, at) => {
    checkKebab(list, id, at);
  });
}
