/**
 * Computes the page's summary in the popup: the content script sends the
 * page's markup, Readability extracts the article here (article/extract.ts)
 * and the pure core picks its sentences, weighing the names the installed
 * dictionaries know.
 */
import type { Dictionary } from '../core/dictionary/types';
import { summarise } from '../core/summary/summarise';
import type { ArticleText, PageHtml } from '../shared/messages';
import { extractArticle } from './article/extract';
import type { PopupModel, SummaryState } from './model';

/** Every alias of every installed dictionary, as written. */
export function entityNames(dictionaries: readonly Dictionary[]): string[] {
  return dictionaries.flatMap((d) => d.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]));
}

/** The summary state for `model`, asking the page for its markup through `getPageHtml`. */
export async function loadSummary(
  model: PopupModel,
  getPageHtml: (tabId: number) => Promise<PageHtml>,
  parser?: Pick<DOMParser, 'parseFromString'>,
): Promise<SummaryState> {
  if (model.tabId === null || model.unsupported !== null) return { kind: 'unavailable' };
  let article: ArticleText | null;
  try {
    const page = await getPageHtml(model.tabId);
    if (page.kind === 'too-large') return { kind: 'too-large' };
    // Readability is third-party code on whatever the page holds: its failure is a failed summary, not a broken popup.
    article = extractArticle(page, parser);
  } catch {
    return { kind: 'failed' };
  }
  if (article === null) return { kind: 'not-article' };
  const result = summarise(article, { entityNames: entityNames(model.dictionaries) });
  return result.kind === 'summary' ? { kind: 'summary', sentences: result.sentences } : { kind: 'too-short' };
}
