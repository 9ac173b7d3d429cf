/**
 * Paints found mentions with the CSS Custom Highlight API: one highlight per
 * entity type, ranges added and removed as mentions come and go, the page's
 * DOM untouched. Settings decide what is painted (hidden types, first mention
 * only); the registry is passed in, so tests run without `CSS.highlights`.
 */
import type { FoundMention } from './found-mention';
import { FLASH_HIGHLIGHT, HOVER_HIGHLIGHT, highlightName } from './highlight-names';
import { LazyPaintedMention } from './painted-mention';
import type { MentionStore } from './mention-store';

/** The part of `Highlight` the painter uses. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  priority: number;
}

/** The part of `CSS.highlights` the painter uses, with a factory for highlights. */
export interface HighlightRegistryLike {
  create(): HighlightLike;
  set(name: string, highlight: HighlightLike): void;
  delete(name: string): void;
}

/** Which mentions are painted. */
export interface PaintFilter {
  hiddenTypes: readonly string[];
  mentionScope: 'all' | 'first';
}

/** Makes the static range a highlight holds for a found mention. */
export type MakeRange = (mention: FoundMention) => AbstractRange;

/** Paints the store's mentions into per-type highlights. */
export class Painter {
  private readonly highlights = new Map<string, HighlightLike>();
  private filter: PaintFilter = { hiddenTypes: [], mentionScope: 'all' };
  private readonly flashTimers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly registry: HighlightRegistryLike,
    private readonly store: MentionStore,
    private readonly makeRange: MakeRange,
    private readonly onNewType: (type: string) => void = () => undefined,
  ) {}

  /** Changes what is painted; takes effect at the next `repaint`. */
  setFilter(filter: PaintFilter): void {
    this.filter = filter;
  }

  /**
   * Brings the highlights in line with the store: paints what should be and
   * is not, unpaints what is and should not be, renumbers, tells the store.
   */
  repaint(): void {
    const hidden = new Set(this.filter.hiddenTypes);
    const seen = this.filter.mentionScope === 'first' ? new Set<string>() : null;
    const painted: LazyPaintedMention[] = [];
    for (const mention of this.store.foundMentions()) {
      let isShown = !hidden.has(mention.type);
      if (isShown && seen !== null) {
        isShown = !seen.has(mention.entityId);
        seen.add(mention.entityId);
      }
      if (!isShown) {
        this.unpaintOne(mention);
        continue;
      }
      if (mention.painted === null) {
        const range = this.makeRange(mention);
        this.highlightFor(mention.type).add(range);
        mention.paintedRange = range;
        mention.painted = new LazyPaintedMention(mention);
      }
      mention.painted.index = painted.length;
      painted.push(mention.painted);
    }
    this.store.setPainted(painted);
  }

  /** Takes mentions that left the store out of the highlights. */
  unpaint(mentions: Iterable<FoundMention>): void {
    for (const mention of mentions) this.unpaintOne(mention);
  }

  /** Marks `range` with the hover highlight (hover-only style), or clears it with `null`. */
  setHovered(range: AbstractRange | null): void {
    const highlight = this.highlightNamed(HOVER_HIGHLIGHT, 1);
    highlight.clear();
    if (range !== null) highlight.add(range);
  }

  /** Marks `range` with the flash highlight for `durationMs`. */
  flash(range: AbstractRange, durationMs = 1600): void {
    const highlight = this.highlightNamed(FLASH_HIGHLIGHT, 2);
    highlight.add(range);
    const timer = setTimeout(() => {
      this.flashTimers.delete(timer);
      highlight.delete(range);
    }, durationMs);
    this.flashTimers.add(timer);
  }

  /** Removes every highlight from the page and forgets what was painted. */
  clear(): void {
    for (const timer of this.flashTimers) clearTimeout(timer);
    this.flashTimers.clear();
    for (const mention of this.store.foundMentions()) {
      mention.painted = null;
      mention.paintedRange = null;
    }
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      this.registry.delete(name);
    }
    this.highlights.clear();
    this.store.setPainted([]);
  }

  private unpaintOne(mention: FoundMention): void {
    if (mention.paintedRange !== null)
      this.highlights.get(highlightName(mention.type))?.delete(mention.paintedRange);
    mention.painted = null;
    mention.paintedRange = null;
  }

  private highlightFor(type: string): HighlightLike {
    const name = highlightName(type);
    if (!this.highlights.has(name)) this.onNewType(type);
    return this.highlightNamed(name, 0);
  }

  private highlightNamed(name: string, priority: number): HighlightLike {
    let highlight = this.highlights.get(name);
    if (highlight === undefined) {
      highlight = this.registry.create();
      highlight.priority = priority;
      this.highlights.set(name, highlight);
      this.registry.set(name, highlight);
    }
    return highlight;
  }
}
