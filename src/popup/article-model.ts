/**
 * The article's own names in the popup's model: they join the dictionaries
 * as one more, and the list follows the reader's edits before the page has
 * reported again (a removed name leaves the list at once, a retyped one
 * moves to its new type's group).
 */
import { ARTICLE_DICTIONARY_ID } from '../core/article/limits';
import type { Dictionary } from '../core/dictionary/types';
import type { PageFindings } from '../shared/messages';
import type { PopupModel } from './model';

function withoutRemoved(findings: PageFindings, article: Dictionary): PageFindings {
  const ids = new Set(article.entities.map((e) => e.id));
  const kept = findings.entities.filter(
    (f) => f.dictionaryId !== ARTICLE_DICTIONARY_ID || ids.has(f.entityId),
  );
  if (kept.length === findings.entities.length) return findings;
  const totalMentions = kept.reduce((sum, f) => sum + f.count, 0);
  return { ...findings, entities: kept, totalMentions };
}

/**
 * `model` with `article` as its article's dictionary (`null`: the tab's page
 * has none); the findings of the article's names it no longer has are
 * dropped, so a removed name is not shown as one of no type meanwhile.
 */
export function withArticle(model: PopupModel, article: Dictionary | null): PopupModel {
  const dictionaries = [
    ...model.dictionaries.filter((d) => d.id !== ARTICLE_DICTIONARY_ID),
    ...(article === null ? [] : [article]),
  ];
  const findings = model.state?.findings;
  if (article === null || model.state === null || findings === null || findings === undefined)
    return { ...model, dictionaries };
  return { ...model, dictionaries, state: { ...model.state, findings: withoutRemoved(findings, article) } };
}
