/**
 * Shows a mention chosen in the popup: scrolls it into view, flashes it and
 * asks the tooltip to open on it.
 */
import { LazyPaintedMention, type FoundMention, type PaintedMention } from '../mentions/mention';
import { flash, type MarkPainter } from './marks';

/** What revealing needs from the page and the other parts. */
export interface RevealDeps {
  painter: MarkPainter;
  /** Scrolls a mention into view (the tooltip's `scrollToMention`, bound to the window). */
  scrollTo: (mention: PaintedMention) => void;
  /** Makes the static range the flash highlight holds. */
  makeRange: (mention: FoundMention) => AbstractRange;
  /** Opens the tooltip on a mention, when the tooltip is running. */
  openTooltip?: (mention: PaintedMention) => void;
}

/** Reveals `mention`; false when there is none or its text has left the page. */
export function revealMention(mention: FoundMention | undefined, deps: RevealDeps): boolean {
  if (mention === undefined || !mention.startNode.isConnected) return false;
  // A mention that is not painted (hidden type, later mention under "first only") still gets shown.
  const painted = mention.painted ?? new LazyPaintedMention(mention);
  deps.scrollTo(painted);
  flash(deps.painter, mention.paintedRange ?? deps.makeRange(mention));
  deps.openTooltip?.(painted);
  return true;
}
