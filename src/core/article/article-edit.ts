/**
 * What a reader changes of an article's own names in the popup: a name that
 * is none (or that the reader does not want) is removed, a name of the wrong
 * type gets another. Applied to the names the background keeps, and again to
 * a fresh draw of the same page, so a reload keeps them. Pure.
 */
import { prebuildFor } from '../match';
import type { ArticleNames } from './article-names';

/** The types a reader can give an article's name: the three the engine draws. */
export const ARTICLE_TYPES = ['person', 'place', 'organisation'] as const;

/** One of `ARTICLE_TYPES`. */
export type ArticleType = (typeof ARTICLE_TYPES)[number];

/** One change to an article's names. */
export type ArticleEdit =
  { kind: 'remove'; entityId: string } | { kind: 'retype'; entityId: string; type: ArticleType };

/** Whether `value` is an `ArticleEdit` (it crosses contexts as a message's params). */
export function isArticleEdit(value: unknown): value is ArticleEdit {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.entityId !== 'string') return false;
  if (v.kind === 'remove') return true;
  return v.kind === 'retype' && (ARTICLE_TYPES as readonly unknown[]).includes(v.type);
}

/** Whether `edit` changes anything in `names` (its entity is one of the article's own). */
export function canApply(names: ArticleNames, edit: ArticleEdit): boolean {
  return names.dictionary.entities.some((e) => e.id === edit.entityId);
}

/**
 * `names` with `edits` applied in order, its automaton rebuilt for the new
 * dictionary; edits of entities it does not have are skipped (a fresh draw
 * of a changed page may not name them).
 */
export function applyArticleEdits(names: ArticleNames, edits: readonly ArticleEdit[]): ArticleNames {
  let entities = names.dictionary.entities;
  let notes = names.notes;
  for (const edit of edits) {
    const entity = entities.find((e) => e.id === edit.entityId);
    if (entity === undefined) continue;
    if (edit.kind === 'retype') {
      entities = entities.map((e) => (e === entity ? { ...e, type: edit.type } : e));
      continue;
    }
    entities = entities.filter((e) => e !== entity);
    // Gone from the page, and from what the article's other names are said to appear with.
    notes = notes
      .filter((n) => n.entityId !== entity.id)
      .map((n) =>
        n.with.includes(entity.name) ? { ...n, with: n.with.filter((w) => w !== entity.name) } : n,
      );
  }
  if (entities === names.dictionary.entities) return names;
  const dictionary = { ...names.dictionary, entities };
  return { ...names, dictionary, notes, prebuilt: prebuildFor([dictionary]) };
}
