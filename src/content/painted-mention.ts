/**
 * The painted form of a found mention, as the tooltip and the popup see it.
 * Its live `Range` is made on first use only: a live range costs the browser
 * work on every DOM change, and most mentions are never hovered.
 */
import type { FoundMention } from './found-mention';
import type { PaintedMention } from './mention-index';

/** A painted mention whose live range is created lazily from its found mention. */
export class LazyPaintedMention implements PaintedMention {
  readonly entityId: string;
  readonly dictionaryId: string;
  /** Position among painted mentions; the painter renumbers after each repaint. */
  index = 0;
  private live: Range | null = null;

  constructor(private readonly found: FoundMention) {
    this.entityId = found.entityId;
    this.dictionaryId = found.dictionaryId;
  }

  /** The entity type, for styles and the tooltip. */
  get type(): string {
    return this.found.type;
  }

  get range(): Range {
    if (this.live === null) {
      const { startNode, startOffset, endNode, endOffset } = this.found;
      const range = startNode.ownerDocument.createRange();
      range.setStart(startNode, Math.min(startOffset, startNode.length));
      range.setEnd(endNode, Math.min(endOffset, endNode.length));
      this.live = range;
    }
    return this.live;
  }
}
