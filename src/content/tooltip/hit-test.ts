/**
 * What mention is under a point: the caret position there
 * (`caretPositionFromPoint`, or `caretRangeFromPoint` where it is missing),
 * a look-up in the painter's index, then a check that the point really is on
 * one of the mention's boxes: the caret API snaps to the nearest text even
 * from the blank space after a line's end.
 */
import type { PaintedMention } from '../mentions/mention';
import type { MentionIndex } from '../mentions/mention-index';

/** A mention under the pointer, and which of its boxes (lines) the pointer is on. */
export interface Hit {
  mention: PaintedMention;
  /** Index into `mention.range.getClientRects()`: the line the card is placed beside. */
  rectIndex: number;
}

type CaretApis = Partial<Pick<Document, 'caretPositionFromPoint' | 'caretRangeFromPoint'>>;

// A pixel of slack so the edge of a glyph box still counts.
const SLOP = 1;

/** Open shadow roots under the point, outermost first, so the caret API can see into web components. */
function openShadowRoots(target: Element | null, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = target;
  while (element?.shadowRoot && roots.length < 16) {
    const root = element.shadowRoot;
    roots.push(root);
    const inner = root.elementFromPoint(x, y);
    if (inner === null || inner === element) break;
    element = inner;
  }
  return roots;
}

/** The text position under a viewport point, or `null` when it is not in text. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  target: Element | null,
): { node: Node; offset: number } | null {
  const apis = doc as CaretApis;
  if (typeof apis.caretPositionFromPoint === 'function') {
    const roots = openShadowRoots(target, x, y);
    const position =
      roots.length > 0
        ? apis.caretPositionFromPoint.call(doc, x, y, { shadowRoots: roots })
        : apis.caretPositionFromPoint.call(doc, x, y);
    return position === null ? null : { node: position.offsetNode, offset: position.offset };
  }
  // Deprecated, but the only caret API of browsers older than Chromium 128.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  if (typeof apis.caretRangeFromPoint === 'function') {
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const range = apis.caretRangeFromPoint.call(doc, x, y);
    return range === null ? null : { node: range.startContainer, offset: range.startOffset };
  }
  return null;
}

/** Which of `range`'s boxes holds the point, or -1. */
export function rectIndexAt(range: Range, x: number, y: number): number {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i += 1) {
    const r = rects[i];
    if (r && x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return i;
  }
  return -1;
}

/** The painted mention under a viewport point, or `null`. */
export function hitTest(
  doc: Document,
  index: MentionIndex,
  x: number,
  y: number,
  target: Element | null,
): Hit | null {
  const caret = caretAt(doc, x, y, target);
  if (caret === null || caret.node.nodeType !== Node.TEXT_NODE) return null;
  // The caret sits between characters: over a mention's last letter it may report the offset just past it.
  const mention =
    index.at(caret.node, caret.offset) ?? (caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : null);
  if (mention === null) return null;
  const rectIndex = rectIndexAt(mention.range, x, y);
  return rectIndex < 0 ? null : { mention, rectIndex };
}
