/**
 * Keeps an open card in step with the painter: after a repaint (the page
 * changed, settings changed) the card follows its mention's new object, or
 * closes when that mention is gone.
 */
import type { PaintedMention } from '../mentions/mention';
import type { MentionIndex } from '../mentions/mention-index';

/** What the tooltip does when the painter repaints. */
export interface RepaintHandlers {
  /** The mention whose card is open, or `null`. */
  current(): PaintedMention | null;
  /** The same mention, painted anew. */
  replace(mention: PaintedMention): void;
  /** The mention is no longer painted. */
  lost(): void;
}

function isSameRange(a: Range, b: Range): boolean {
  try {
    return (
      a.compareBoundaryPoints(Range.START_TO_START, b) === 0 &&
      a.compareBoundaryPoints(Range.END_TO_END, b) === 0
    );
  } catch {
    // Ranges in different trees (a shadow root and the document) cannot be compared: not the same.
    return false;
  }
}

/** Subscribes to the index's repaints; returns the teardown. */
export function watchRepaints(index: MentionIndex, handlers: RepaintHandlers): () => void {
  return index.onChange(() => {
    const was = handlers.current();
    if (was === null) return;
    const all = index.all();
    // The painter keeps a mention's object while its text is unchanged: look for it first, since
    // reading `.range` of every other mention would create a live Range for each on crowded pages.
    const now = all.includes(was)
      ? was
      : all.find(
          (m) =>
            m.entityId === was.entityId &&
            m.dictionaryId === was.dictionaryId &&
            isSameRange(m.range, was.range),
        );
    if (now === undefined) handlers.lost();
    else if (now !== was) handlers.replace(now);
  });
}
