/**
 * Paints found mentions with the CSS Custom Highlight API, the page's DOM
 * untouched. Settings decide what is shown (hidden types, first mention
 * only); the layer below holds the highlights (the registry is passed in, so
 * tests run without `CSS.highlights`).
 */
import {
  HighlightLayer,
  type HighlightLike,
  type HighlightRegistryLike,
  type MakeRange,
} from './highlight-layer';
import type { MentionStore } from '../mentions/mention-store';
import { LazyPaintedMention, type FoundMention } from '../mentions/mention';
import type { ViewportWatchFactory } from './viewport-watch';

export type { HighlightLike, HighlightRegistryLike, MakeRange } from './highlight-layer';

/** Which mentions are painted. */
export interface PaintFilter {
  hiddenTypes: readonly string[];
  mentionScope: 'all' | 'first';
  /** Which mentions may speak on this page, decided from every mention found (src/core/gate); all when absent. */
  speaking?: (found: readonly FoundMention[]) => (mention: FoundMention) => boolean;
}

/** Paints the store's mentions. */
export class Painter {
  private readonly layer: HighlightLayer;
  private filter: PaintFilter = { hiddenTypes: [], mentionScope: 'all' };
  private generation = 0;

  constructor(
    registry: HighlightRegistryLike,
    private readonly store: MentionStore,
    makeRange: MakeRange,
    onNewType: (type: string) => void = () => undefined,
    viewport?: ViewportWatchFactory,
  ) {
    this.layer = new HighlightLayer(registry, makeRange, onNewType, viewport);
  }

  /** Changes what is painted; takes effect at the next `repaint`. */
  setFilter(filter: PaintFilter): void {
    this.filter = filter;
  }

  /**
   * Brings the highlights in line with the store: shows what should be and
   * is not, hides what is and should not be, renumbers, tells the store.
   */
  repaint(): void {
    this.generation++;
    const shown = this.select();
    this.store.setPainted(shown.map((mention, index) => this.showOne(mention, index)));
  }

  /**
   * `repaint`, cut into slices: after every 64th mention `pause` may return
   * a promise to wait for (a yield), or `null` to go on. A page with tens of
   * thousands of mentions would otherwise block for tens of milliseconds.
   */
  async repaintInSlices(pause: () => Promise<boolean> | null): Promise<void> {
    // A repaint that starts meanwhile (a settings change) supersedes this one.
    const generation = ++this.generation;
    const shown = this.select();
    const painted: LazyPaintedMention[] = [];
    for (const mention of shown) {
      painted.push(this.showOne(mention, painted.length));
      // Asking the clock after every mention cost more than showing it (tens of thousands of calls); every 64th is enough.
      if (painted.length % 64 !== 0) continue;
      const waiting = pause();
      if (waiting !== null && (!(await waiting) || generation !== this.generation)) return;
    }
    this.store.setPainted(painted);
  }

  /** The mentions to show under the filter, in document order; hides the others and sets the layer's mode. */
  private select(): FoundMention[] {
    const hidden = new Set(this.filter.hiddenTypes);
    const seen = this.filter.mentionScope === 'first' ? new Set<string>() : null;
    const shown: FoundMention[] = [];
    const found = this.store.foundMentions();
    const speaking = this.filter.speaking?.(found);
    for (const mention of found) {
      let isShown = !hidden.has(mention.type) && (speaking?.(mention) ?? true);
      if (isShown && seen !== null) {
        isShown = !seen.has(mention.entityId);
        seen.add(mention.entityId);
      }
      if (isShown) shown.push(mention);
      else this.unpaintOne(mention);
    }
    this.layer.expect(shown.length);
    return shown;
  }

  private showOne(mention: FoundMention, index: number): LazyPaintedMention {
    if (mention.painted === null) {
      mention.painted = new LazyPaintedMention(mention);
      this.layer.show(mention);
    }
    mention.painted.index = index;
    return mention.painted;
  }

  /** Blocks on a crowded page whose nearness to the viewport is not known yet. */
  pendingPlacement(): number {
    return this.layer.pendingPlacement();
  }

  /** Takes mentions that left the store out of the highlights. */
  unpaint(mentions: Iterable<FoundMention>): void {
    for (const mention of mentions) this.unpaintOne(mention);
  }

  /** The highlight called `name` (the hover and flash marks card.js sets: paint/marks.ts), made on first use. */
  named(name: string, priority: number): HighlightLike {
    return this.layer.named(name, priority);
  }

  /** Removes every highlight from the page and forgets what was painted. */
  clear(): void {
    for (const mention of this.store.foundMentions()) mention.painted = null;
    this.layer.clear();
    this.store.setPainted([]);
  }

  private unpaintOne(mention: FoundMention): void {
    if (mention.painted === null) return;
    this.layer.hide(mention);
    mention.painted = null;
  }
}
