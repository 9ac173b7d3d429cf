/**
 * The card's index over the store (`MentionIndex`): which painted mention
 * covers a point of a text node, found by a map look-up and a binary search in
 * that node's mentions, which the store keeps sorted by offset. In card.js; the
 * first-load script only keeps the lists.
 */
import type { FoundMention, PaintedMention } from './mention';
import type { MentionIndex } from './mention-index';
import type { MentionStore } from './mention-store';

/** Where a found mention starts inside one of its text nodes. */
export function startIn(mention: FoundMention, node: Text): number {
  return node === mention.startNode ? mention.startOffset : 0;
}

/** Where a found mention ends inside one of its text nodes. */
function endIn(mention: FoundMention, node: Text): number {
  return node === mention.endNode ? mention.endOffset : node.data.length;
}

/** The painted mention among `list` (one node's, sorted by offset) that covers `offset` in `node`, or `null`. */
export function mentionAt(
  list: readonly FoundMention[] | undefined,
  node: Text,
  offset: number,
): PaintedMention | null {
  if (list === undefined) return null;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const mention = list[middle];
    if (mention === undefined) break;
    if (offset < startIn(mention, node)) high = middle - 1;
    else if (offset >= endIn(mention, node)) low = middle + 1;
    else return mention.painted;
  }
  return null;
}

/** The index the tooltip reads over `store`. */
export function storeIndex(store: MentionStore): MentionIndex {
  return {
    at: (node, offset) => mentionAt(store.mentionsIn(node), node as Text, offset),
    all: () => store.all(),
    isEmpty: () => store.isEmpty(),
    onChange: (listener) => store.onChange(listener),
  };
}
