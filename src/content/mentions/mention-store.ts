/**
 * Every mention found on the page, in document order, and per text node its
 * mentions sorted by offset, which the card's index (mention-at.ts) searches.
 */
import { composedContains, placeRelativeTo } from '../scan/dom-tree';
import type { FoundMention, PaintedMention } from './mention';
import { startIn } from './mention-at';

/** The store of found mentions; the painter keeps `all()` to what is painted. */
export class MentionStore {
  private found: FoundMention[] = [];
  private painted: readonly PaintedMention[] = [];
  private readonly byNode = new Map<Text, FoundMention[]>();
  /**
   * How many of `found` (from the start) are in `byNode`. A scan appends in
   * document order and the index is brought up to date on first use (a
   * hover, a change to the page): on a page of tens of thousands of mentions,
   * building it was a tenth of the scan, and most pages are never hovered
   * before they change or close.
   */
  private indexed = 0;
  private readonly listeners = new Set<() => void>();

  /** The found mentions in text node `node`, sorted by offset (the card's `mentionAt` searches them). */
  mentionsIn(node: Node): readonly FoundMention[] | undefined {
    this.catchUp();
    return this.byNode.get(node as Text);
  }

  all(): readonly PaintedMention[] {
    return this.painted;
  }

  isEmpty(): boolean {
    return this.painted.length === 0;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Every found mention, painted or not, in document order. */
  foundMentions(): readonly FoundMention[] {
    return this.found;
  }

  /** Adds mentions that follow every stored one in document order (a scan in progress). */
  append(mentions: readonly FoundMention[]): void {
    for (const mention of mentions) this.found.push(mention);
  }

  /**
   * Replaces the mentions inside `scope` (a block that was read again) with
   * `mentions`, keeping document order; returns the ones replaced.
   */
  replaceWithin(scope: Node, mentions: readonly FoundMention[]): FoundMention[] {
    this.catchUp();
    const first = this.firstNotBefore(scope);
    let end = first;
    while (end < this.found.length) {
      const mention = this.found[end];
      if (mention === undefined || !composedContains(scope, mention.startNode)) break;
      end++;
    }
    const removed = this.found.splice(first, end - first, ...mentions);
    for (const mention of removed) this.unindexNodes(mention);
    for (const mention of mentions) this.indexNodes(mention);
    this.indexed = this.found.length;
    return removed;
  }

  /** Drops the mentions that cover any of `nodes` (text that left the page); returns them. */
  dropNodes(nodes: Iterable<Text>): FoundMention[] {
    this.catchUp();
    const dropped = new Set<FoundMention>();
    for (const node of nodes) {
      for (const mention of this.byNode.get(node) ?? []) dropped.add(mention);
    }
    if (dropped.size === 0) return [];
    this.found = this.found.filter((mention) => !dropped.has(mention));
    this.indexed = this.found.length;
    for (const mention of dropped) this.unindexNodes(mention);
    return [...dropped];
  }

  /** Drops everything; returns what was stored. */
  clear(): FoundMention[] {
    const removed = this.found;
    this.found = [];
    this.indexed = 0;
    this.byNode.clear();
    this.painted = [];
    return removed;
  }

  /** Sets what is painted (the painter calls this) and tells the listeners. */
  setPainted(painted: readonly PaintedMention[]): void {
    this.painted = painted;
    for (const listener of [...this.listeners]) listener();
  }

  /** The index of the first stored mention that is not before `scope` in document order. */
  private firstNotBefore(scope: Node): number {
    let low = 0;
    let high = this.found.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const mention = this.found[middle];
      if (mention !== undefined && placeRelativeTo(scope, mention.startNode) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Indexes the mentions appended since the index was last used. */
  private catchUp(): void {
    for (; this.indexed < this.found.length; this.indexed++) {
      const mention = this.found[this.indexed];
      if (mention !== undefined) this.indexNodes(mention);
    }
  }

  private indexNodes(mention: FoundMention): void {
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (list === undefined) {
        this.byNode.set(node, [mention]);
        continue;
      }
      // Mentions arrive in document order except after a rescan; keep each list sorted.
      const start = startIn(mention, node);
      let at = list.length;
      while (at > 0 && startIn(list[at - 1] as FoundMention, node) > start) at--;
      if (at === list.length) list.push(mention);
      else list.splice(at, 0, mention);
    }
  }

  private unindexNodes(mention: FoundMention): void {
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (list === undefined) continue;
      const at = list.indexOf(mention);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.byNode.delete(node);
    }
  }
}
