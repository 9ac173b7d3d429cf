/**
 * A mention found on the page: where it is (text nodes and offsets) and what
 * it names. Found mentions are what the scanner produces; the painter decides
 * which of them are painted under the current settings.
 */
import type { Mention } from '../../core/match/types';
import type { FoundMention } from '../mentions/mention';
import { nearestBlock } from './skip-rules';
import type { TextChunk } from './text-walk';

/** What the scanner needs to know of an entity. */
export interface EntityInfo {
  type: string;
  dictionaryId: string;
}

/**
 * Turns a chunk's mentions (offsets into `chunk.text`) into found mentions
 * with text nodes and offsets. One merge pass: mentions and nodes are both in
 * text order. Mentions of unknown entities are dropped.
 */
export function locateMentions(
  chunk: TextChunk,
  mentions: readonly Mention[],
  entity: (entityId: string) => EntityInfo | undefined,
): FoundMention[] {
  const { nodes, starts, text } = chunk;
  const sorted = isSorted(mentions) ? mentions : [...mentions].sort((a, b) => a.start - b.start);
  const found: FoundMention[] = [];
  let i = 0;
  let lastParent: Node | null = null;
  let block: Element | null = null;
  // Mentions in the same single text node share one (read-only) `nodes` array: one allocation fewer each.
  let single: readonly Text[] = [];
  for (const mention of sorted) {
    const info = entity(mention.entityId);
    if (info === undefined || mention.end <= mention.start) continue;
    // The node holding the mention's first character.
    while (i + 1 < nodes.length && (starts[i + 1] ?? Infinity) <= mention.start) i++;
    // The node holding its last character.
    let j = i;
    while (j + 1 < nodes.length && (starts[j + 1] ?? Infinity) < mention.end) j++;
    const startNode = nodes[i];
    const endNode = nodes[j];
    const first = starts[i];
    const last = starts[j];
    if (!startNode || !endNode || first === undefined || last === undefined) continue;
    if (startNode.parentNode !== lastParent) {
      lastParent = startNode.parentNode;
      block = blockOf(startNode);
    }
    if (block === null) continue;
    found.push({
      entityId: mention.entityId,
      dictionaryId: info.dictionaryId,
      type: info.type,
      startNode,
      startOffset: mention.start - first,
      endNode,
      endOffset: Math.min(mention.end - last, endNode.data.length),
      block,
      nodes: i !== j ? nodes.slice(i, j + 1) : single[0] === startNode ? single : (single = [startNode]),
      source: text,
      start: mention.start,
      end: mention.end,
      painted: null,
      paintedRange: null,
    });
  }
  return found;
}

function isSorted(mentions: readonly Mention[]): boolean {
  for (let k = 1; k < mentions.length; k++) {
    if ((mentions[k]?.start ?? 0) < (mentions[k - 1]?.start ?? 0)) return false;
  }
  return true;
}

/** The element a text node's mention is watched by: its block if that is an element, else its parent or shadow host. */
function blockOf(node: Text): Element | null {
  const parent = node.parentNode;
  if (parent === null) return null;
  const block = nearestBlock(parent);
  if (block.nodeType === 1) return block as Element;
  return node.parentElement ?? (parent as Partial<ShadowRoot>).host ?? null;
}
