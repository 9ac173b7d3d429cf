/**
 * A growable buffer of the whole-word hits of one scan, kept in flat typed
 * arrays and reused between scans, so that a page of many blocks does not
 * allocate per hit.
 */

/** The hits of one scan, and their order for leftmost-longest selection. */
export class Candidates {
  size = 0;
  start: Int32Array = new Int32Array(64);
  /** Where the alias ends (without the possessive). */
  matchEnd: Int32Array = new Int32Array(64);
  /** Where the mention ends (past the possessive, when there is one). */
  fullEnd: Int32Array = new Int32Array(64);
  /** The trie state whose patterns the hit stands for. */
  node: Int32Array = new Int32Array(64);
  /** Indexes of the hits, sorted by `sort`. */
  order: Int32Array = new Int32Array(64);

  /** Forgets every hit. */
  clear(): void {
    this.size = 0;
  }

  /** Adds a hit. */
  push(start: number, matchEnd: number, fullEnd: number, node: number): void {
    if (this.size === this.start.length) this.grow();
    const i = this.size++;
    this.start[i] = start;
    this.matchEnd[i] = matchEnd;
    this.fullEnd[i] = fullEnd;
    this.node[i] = node;
  }

  /**
   * Orders the hits by start, longest first among equal starts. Hits arrive
   * ordered by end, so each moves back only past the hits it overlaps:
   * insertion sort is linear here in practice.
   */
  sort(): void {
    const { order, start, matchEnd } = this;
    for (let i = 0; i < this.size; i++) {
      const s = start[i] ?? 0;
      const e = matchEnd[i] ?? 0;
      let j = i;
      while (j > 0) {
        const prev = order[j - 1] ?? 0;
        const ps = start[prev] ?? 0;
        if (ps < s || (ps === s && (matchEnd[prev] ?? 0) >= e)) break;
        order[j] = prev;
        j--;
      }
      order[j] = i;
    }
  }

  /** Doubles every buffer. */
  private grow(): void {
    const double = (a: Int32Array): Int32Array => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.start = double(this.start);
    this.matchEnd = double(this.matchEnd);
    this.fullEnd = double(this.fullEnd);
    this.node = double(this.node);
    this.order = new Int32Array(this.order.length * 2);
  }
}
