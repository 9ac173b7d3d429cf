/**
 * The highlights themselves: one per entity type in the page's registry,
 * holding a static range for each shown mention. Up to a few hundred shown
 * mentions every one is painted at once; past that, only those in blocks near
 * the viewport (see viewport-watch.ts), and blocks get their ranges as they
 * come near.
 */
import type { FoundMention } from '../mentions/mention';
import { highlightName } from './highlight-names';
import { everythingNear, type ViewportWatch, type ViewportWatchFactory } from './viewport-watch';

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

/** Makes the static range a highlight holds for a found mention. */
export type MakeRange = (mention: FoundMention) => AbstractRange;

/**
 * Shown mentions past which only blocks near the viewport are painted. In
 * Chromium 156 every frame in which the page's DOM changed costs time in
 * proportion to all highlighted ranges (about 2 µs each, measured with a 5 ms
 * clock on the page), on top of the 7 µs a range each change to the
 * highlights costs; a few hundred ranges keep both small.
 */
export const WINDOW_ABOVE = 400;
/** Shown mentions under which every one is painted again. */
export const WINDOW_BELOW = 200;

/** The per-type highlights, windowed to the viewport on crowded pages. */
export class HighlightLayer {
  private readonly highlights = new Map<string, HighlightLike>();
  private readonly byType = new Map<string, HighlightLike>();
  private readonly blocks = new Map<Element, Set<FoundMention>>();
  private shownCount = 0;
  private watch: ViewportWatch | null = null;
  private readonly near = new Set<Element>();
  private readonly awaiting = new Set<Element>();

  constructor(
    private readonly registry: HighlightRegistryLike,
    private readonly makeRange: MakeRange,
    private readonly onNewType: (type: string) => void,
    private readonly viewport: ViewportWatchFactory = everythingNear,
  ) {}

  /** Shows `mention`: painted now, or (on a crowded page) once its block is near the viewport. */
  show(mention: FoundMention): void {
    let shown = this.blocks.get(mention.block);
    if (shown === undefined) {
      shown = new Set();
      this.blocks.set(mention.block, shown);
      if (this.watch !== null) {
        this.awaiting.add(mention.block);
        this.watch.observe(mention.block);
      }
    }
    shown.add(mention);
    this.shownCount++;
    if (this.watch === null || this.near.has(mention.block)) this.paint(mention);
  }

  /** Stops showing `mention`. */
  hide(mention: FoundMention): void {
    this.unpaint(mention);
    const shown = this.blocks.get(mention.block);
    if (shown?.delete(mention) !== true) return;
    this.shownCount--;
    if (shown.size === 0) {
      this.blocks.delete(mention.block);
      this.near.delete(mention.block);
      this.awaiting.delete(mention.block);
      this.watch?.unobserve(mention.block);
    }
  }

  /**
   * Picks the mode for `count` shown mentions before they are shown: past
   * `WINDOW_ABOVE` only blocks near the viewport are painted; under
   * `WINDOW_BELOW` everything is painted again.
   */
  expect(count: number): void {
    if (this.watch === null && count > WINDOW_ABOVE) {
      const watch = this.viewport((element, isNear) => {
        this.setNear(element, isNear);
      });
      this.watch = watch;
      // What is painted stays painted until the watch says its block is far.
      for (const block of this.blocks.keys()) {
        this.near.add(block);
        this.awaiting.add(block);
      }
      for (const block of [...this.blocks.keys()]) watch.observe(block);
    } else if (this.watch !== null && count < WINDOW_BELOW) {
      this.stopWindow();
      for (const shown of this.blocks.values()) for (const mention of shown) this.paint(mention);
    }
  }

  /** Blocks whose nearness the watch has not reported yet (the benchmark waits for none). */
  pendingPlacement(): number {
    return this.awaiting.size;
  }

  /** The highlight called `name`, created and registered on first use. */
  named(name: string, priority: number): HighlightLike {
    let highlight = this.highlights.get(name);
    if (highlight === undefined) {
      highlight = this.registry.create();
      highlight.priority = priority;
      this.highlights.set(name, highlight);
      this.registry.set(name, highlight);
    }
    return highlight;
  }

  /** Removes every highlight from the registry and stops watching. */
  clear(): void {
    for (const shown of this.blocks.values()) for (const mention of shown) mention.paintedRange = null;
    this.blocks.clear();
    this.shownCount = 0;
    this.stopWindow();
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      this.registry.delete(name);
    }
    this.highlights.clear();
    this.byType.clear();
  }

  private stopWindow(): void {
    this.watch?.disconnect();
    this.watch = null;
    this.near.clear();
    this.awaiting.clear();
  }

  private setNear(element: Element, isNear: boolean): void {
    this.awaiting.delete(element);
    const shown = this.blocks.get(element);
    if (shown === undefined || this.near.has(element) === isNear) return;
    if (isNear) this.near.add(element);
    else this.near.delete(element);
    for (const mention of shown) {
      if (isNear) this.paint(mention);
      else this.unpaint(mention);
    }
  }

  private paint(mention: FoundMention): void {
    if (mention.paintedRange !== null) return;
    const range = this.makeRange(mention);
    this.highlightFor(mention.type).add(range);
    mention.paintedRange = range;
  }

  private unpaint(mention: FoundMention): void {
    if (mention.paintedRange === null) return;
    this.byType.get(mention.type)?.delete(mention.paintedRange);
    mention.paintedRange = null;
  }

  private highlightFor(type: string): HighlightLike {
    let highlight = this.byType.get(type);
    if (highlight === undefined) {
      const name = highlightName(type);
      if (!this.highlights.has(name)) this.onNewType(type);
      highlight = this.named(name, 0);
      this.byType.set(type, highlight);
    }
    return highlight;
  }
}
