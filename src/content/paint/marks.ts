/**
 * The marks the card sets over the type highlights: the hover mark (hover-only
 * style) and the brief flash of a mention revealed from the popup. They live in
 * card.js, not in the first-load content script: only a page with a card needs them.
 */
import type { HighlightStyle } from '../../core/settings';
import type { PaintedMention } from '../mentions/mention';
import { FLASH_HIGHLIGHT, HOVER_HIGHLIGHT } from './highlight-names';
import type { Painter } from './painter';

/** The part of the painter the marks use. */
export type MarkPainter = Pick<Painter, 'named'>;

/** Marks `mention` with the hover highlight under the hover-only style; clears the mark otherwise or with `null`. */
export function markHovered(
  painter: MarkPainter,
  style: HighlightStyle,
  mention: PaintedMention | null,
): void {
  const highlight = painter.named(HOVER_HIGHLIGHT, 1);
  highlight.clear();
  if (mention !== null && style === 'hover-only') highlight.add(mention.range);
}

/**
 * Marks `range` with the flash highlight for `durationMs`. A page turned off
 * meanwhile has cleared and dropped the highlight, so the late removal touches nothing.
 */
export function flash(painter: MarkPainter, range: AbstractRange, durationMs = 1600): void {
  const highlight = painter.named(FLASH_HIGHLIGHT, 2);
  highlight.add(range);
  setTimeout(() => {
    highlight.delete(range);
  }, durationMs);
}
