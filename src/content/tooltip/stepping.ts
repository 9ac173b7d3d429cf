/**
 * Keyboard stepping through the painted mentions: which mention comes next,
 * and scrolling it into view.
 */
import type { PaintedMention } from '../mentions/mention';

/** Whether two mention objects are the same painted mention (a repaint makes new objects). */
export function isSameMention(a: PaintedMention, b: PaintedMention): boolean {
  return a === b || (a.index === b.index && a.entityId === b.entityId && a.dictionaryId === b.dictionaryId);
}

/**
 * The mention to step to from `current` in `direction`, wrapping at the ends.
 * Without a current one, stepping forward starts at the first mention not
 * above the viewport, and backward at the last one not below it.
 */
export function nextMention(
  all: readonly PaintedMention[],
  current: PaintedMention | null,
  direction: 1 | -1,
  viewportHeight: number,
): PaintedMention | null {
  const count = all.length;
  if (count === 0) return null;
  if (current !== null) {
    let at = all.findIndex((m) => isSameMention(m, current));
    if (at < 0) at = Math.min(Math.max(current.index, 0), count) - (direction === 1 ? 1 : 0);
    return all[(((at + direction) % count) + count) % count] ?? null;
  }
  if (direction === 1) {
    return all.find((m) => m.range.getBoundingClientRect().bottom > 0) ?? all[0] ?? null;
  }
  return all.findLast((m) => m.range.getBoundingClientRect().top < viewportHeight) ?? all[count - 1] ?? null;
}

// A view without matchMedia (jsdom) counts as no preference.
function prefersReducedMotion(view: Window): boolean {
  return typeof view.matchMedia === 'function' && view.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls a mention into view, unless it is already fully in view: its
 * paragraph centred when that fits, else the page scrolled to centre the
 * mention itself. Smooth unless the user prefers reduced motion.
 */
export function scrollToMention(mention: PaintedMention, view: Window): void {
  const rect = mention.range.getBoundingClientRect();
  const height = view.innerHeight;
  if (rect.top >= 0 && rect.bottom <= height && rect.left >= 0 && rect.right <= view.innerWidth) return;
  const behavior: ScrollBehavior = prefersReducedMotion(view) ? 'instant' : 'smooth';
  const start = mention.range.startContainer;
  const element = start instanceof Element ? start : start.parentElement;
  if (element !== null && element.getBoundingClientRect().height <= height * 0.8) {
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
  } else {
    view.scrollBy({ top: rect.top - (height - rect.height) / 2, behavior });
  }
}
