/**
 * A mention on the page, in its two forms: found (where it is, text nodes and
 * offsets, and what it names), as the scanner produces it; and painted, as the
 * tooltip and the popup see it while it is shown. The painter decides which
 * found mentions are painted under the current settings.
 */

/** One mention found in the page's text. */
export interface FoundMention {
  readonly entityId: string;
  readonly dictionaryId: string;
  /** Entity type, e.g. `person`: picks the highlight it is painted with. */
  readonly type: string;
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;
  /** The element whose box decides whether it is near the viewport: its block, or its parent. */
  readonly block: Element;
  /** Every text node the mention covers, in document order. */
  readonly nodes: readonly Text[];
  /** The chunk text it was found in and its offsets there: the source of its snippet. */
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** Its painted form while it is shown (painted, or waiting to come near the viewport). */
  painted: LazyPaintedMention | null;
  /** Its range in the highlights while it is painted. */
  paintedRange: AbstractRange | null;
}

/** One mention painted on the page. */
export interface PaintedMention {
  entityId: string;
  dictionaryId: string;
  /** Position among all painted mentions, in document order. */
  index: number;
  /** The page text it covers. Its boundaries are the page's own nodes; never mutate them. */
  range: Range;
}

/**
 * A painted mention whose live range is created lazily from its found mention:
 * a live range costs the browser work on every DOM change, and most mentions
 * are never hovered.
 */
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
