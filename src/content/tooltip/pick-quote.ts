/**
 * Chooses which of an entity's article sentences the tooltip shows: the one
 * closest to the text around the hovered mention, so on the article itself
 * the card quotes the sentence being read, and elsewhere the most related one.
 */

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

/** The quote sharing the most words with `context`; the first quote on a tie; `null` when there are none. */
export function pickQuote(quotes: readonly string[], context: string): string | null {
  let best: string | null = null;
  let bestScore = -1;
  const around = words(context);
  for (const quote of quotes) {
    const own = words(quote);
    let shared = 0;
    for (const word of own) if (around.has(word)) shared += 1;
    // A share, not a count: a long quote does not win merely by being long.
    const score = own.size === 0 ? 0 : shared / own.size;
    if (score > bestScore) {
      best = quote;
      bestScore = score;
    }
  }
  return best;
}

/** The text around a mention: its block's text, at most `limit` characters each side. */
export function mentionContext(range: Range, limit = 400): string {
  const start = range.startContainer;
  const element = start instanceof Element ? start : start.parentElement;
  const block =
    element?.closest('p, li, blockquote, dd, td, th, h1, h2, h3, h4, h5, h6, figcaption') ?? element;
  if (!block) return '';
  const text = block.textContent;
  // Where this mention starts in the block (the same words may occur earlier in it).
  const before = range.cloneRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const at = before.toString().length;
  return text.slice(Math.max(0, at - limit), at + range.toString().length + limit);
}
