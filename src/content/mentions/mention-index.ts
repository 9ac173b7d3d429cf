/**
 * The contract between the part of the content script that finds and paints
 * mentions and the parts that use them (tooltip, keyboard stepping, popup
 * reveal). The painter owns an index; the others only read it.
 */
import type { PaintedMention } from './mention';

/** Read access to what is painted now. */
export interface MentionIndex {
  /** The mention that covers `offset` in text node `node`, or `null`. Cheap: called on pointer moves. */
  at(node: Node, offset: number): PaintedMention | null;
  /** Every painted mention, in document order. */
  all(): readonly PaintedMention[];
  /** Whether anything is painted; listeners do no work while this is false. */
  isEmpty(): boolean;
  /** Called after every repaint; returns the teardown. */
  onChange(listener: () => void): () => void;
}
