/**
 * Computes the page's summary in the popup: the content script extracts the
 * article (Readability, on a copy of the page) and the pure core picks its
 * sentences, weighing the names the installed dictionaries know.
 */
import type { Dictionary } from '../core/dictionary/types';
import { summarise } from '../core/summary/summarise';
import type { ArticleText } from '../shared/messages';
import type { PopupModel, SummaryState } from './model';

/** Every alias of every installed dictionary, as written. */
export function entityNames(dictionaries: readonly Dictionary[]): string[] {
  return dictionaries.flatMap((d) => d.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]));
}

/** The summary state for `model`, asking the page for its article through `extract`. */
export async function loadSummary(
  model: PopupModel,
  extract: (tabId: number) => Promise<ArticleText | null>,
): Promise<SummaryState> {
  if (model.tabId === null || model.unsupported !== null) return { kind: 'unavailable' };
  let article: ArticleText | null;
  try {
    article = await extract(model.tabId);
  } catch {
    return { kind: 'failed' };
  }
  if (article === null) return { kind: 'not-article' };
  const result = summarise(article, { entityNames: entityNames(model.dictionaries) });
  return result.kind === 'summary' ? { kind: 'summary', sentences: result.sentences } : { kind: 'too-short' };
}
