/**
 * What the page mentions, for the background (badge) and the popup: each
 * entity with its count and its mentions in context, most mentioned first.
 */
import type { EntityFinding, MentionSnippet, PageFindings } from '../../shared/messages';
import type { FoundMention } from '../mentions/mention';
import { RUN_BREAK } from '../scan/text-walk';

/** Characters of context on each side of a mention. */
export const SNIPPET_CONTEXT = 60;
/** Snippets sent per entity; the count stays exact. Keeps a report of a huge page small. */
export const MAX_SNIPPETS_PER_ENTITY = 50;

const SPACES = /\s+/g;

function tidy(text: string): string {
  return text.replace(SPACES, ' ');
}

/** The words around a found mention, cut at the edges of its block of text. */
export function snippetOf(mention: FoundMention, index: number): MentionSnippet {
  const { source, start, end } = mention;
  let before = source.slice(Math.max(0, start - SNIPPET_CONTEXT), start);
  let after = source.slice(end, end + SNIPPET_CONTEXT);
  const breakBefore = before.lastIndexOf(RUN_BREAK);
  if (breakBefore >= 0) before = before.slice(breakBefore + 1);
  const breakAfter = after.indexOf(RUN_BREAK);
  if (breakAfter >= 0) after = after.slice(0, breakAfter);
  return {
    index,
    before: tidy(before).trimStart(),
    text: tidy(source.slice(start, end)),
    after: tidy(after).trimEnd(),
  };
}

/**
 * Builds the page's findings from the found mentions, leaving out hidden
 * types and the mentions that do not `speak` on the page (src/core/gate). A snippet's `index` is the mention's position among all found
 * mentions: the number `revealMention` takes.
 */
export function buildFindings(
  found: readonly FoundMention[],
  hiddenTypes: readonly string[],
  page: { url: string; title: string },
  speaks?: (mention: FoundMention) => boolean,
): PageFindings {
  const hidden = new Set(hiddenTypes);
  const byEntity = new Map<string, EntityFinding>();
  let total = 0;
  found.forEach((mention, index) => {
    if (hidden.has(mention.type) || speaks?.(mention) === false) return;
    total++;
    const key = `${mention.dictionaryId}\u0000${mention.entityId}`;
    let entry = byEntity.get(key);
    if (entry === undefined) {
      entry = { entityId: mention.entityId, dictionaryId: mention.dictionaryId, count: 0, snippets: [] };
      byEntity.set(key, entry);
    }
    entry.count++;
    if (entry.snippets.length < MAX_SNIPPETS_PER_ENTITY) entry.snippets.push(snippetOf(mention, index));
  });
  // Stable sort: ties keep the order of first mention.
  const entities = [...byEntity.values()].sort((a, b) => b.count - a.count);
  return { url: page.url, title: page.title, totalMentions: total, entities };
}
