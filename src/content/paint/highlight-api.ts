/**
 * The real page objects the painter uses: `CSS.highlights` and static
 * ranges. Kept apart from the browser-extension API, so the benchmark runs
 * the same painter in a plain page.
 */
import type { FoundMention } from '../mentions/mention';
import type { HighlightRegistryLike } from './painter';

/** The page's highlight registry (`CSS.highlights`). */
export function cssHighlightRegistry(): HighlightRegistryLike {
  return {
    create: () => new Highlight(),
    set: (name, highlight) => {
      CSS.highlights.set(name, highlight as Highlight);
    },
    delete: (name) => {
      CSS.highlights.delete(name);
    },
  };
}

/** Whether this page has the CSS Custom Highlight API. */
export function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * A static range over a found mention: it costs the browser nothing when the
 * page changes (a live range is updated on every mutation), and the mention is
 * read again when its text changes anyway.
 */
export function staticRangeOf(mention: FoundMention): AbstractRange {
  return new StaticRange({
    startContainer: mention.startNode,
    startOffset: mention.startOffset,
    endContainer: mention.endNode,
    endOffset: mention.endOffset,
  });
}
