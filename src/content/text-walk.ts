/**
 * Reads the page's text in document order, without recursion (pages nest
 * thousands of elements deep), into chunks of runs: a run is the text of one
 * block, so a name split over inline elements reads as one string. Runs are
 * joined by `RUN_BREAK`, which no alias contains, so a match never spans two.
 */
import { BLOCK, isOffSwitch, kindOf, mayHostShadow, nearestBlock, OFF_SELECTOR, SKIP } from './skip-rules';

/** Separates two runs in a chunk's text: not a letter, digit or space, so it ends any name. */
export const RUN_BREAK = '\uFFFC';

/** A stretch of page text and the text nodes it was read from. */
export interface TextChunk {
  text: string;
  nodes: Text[];
  /** Offset in `text` of each node's first character. */
  starts: number[];
  /** Open shadow roots whose text this chunk holds (their styles need the highlight rules). */
  shadowRoots: ShadowRoot[];
}

// NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, and node types, as numbers: no global lookups in the hot loop.
const SHOW_ELEMENTS_AND_TEXT = 0x1 | 0x4;
const ELEMENT = 1;
const TEXT = 3;

/** The next node after `walker`'s current one that is not inside it, or `null`. */
function nextOutside(walker: TreeWalker): Node | null {
  const sibling = walker.nextSibling();
  if (sibling) return sibling;
  while (walker.parentNode()) {
    const next = walker.nextSibling();
    if (next) return next;
  }
  return null;
}

/**
 * A resumable walk over `root` (a document, shadow root or element that is
 * itself readable). Each `next()` returns about `maxChars` of text, ending on
 * a run boundary, so the caller can match it and yield between chunks.
 */
export class TextWalk {
  private readonly walkers: TreeWalker[] = [];
  private readonly off = new Set<Element>();
  private skipChildren = false;
  private carry: Text | null = null;
  private isBroken = true;
  private lastParent: Node | null = null;
  private block: Node | null = null;
  private shadowRoots: ShadowRoot[] = [];

  constructor(
    root: Document | ShadowRoot | Element,
    private readonly maxChars = 32_768,
  ) {
    this.push(root);
    if (root.nodeType === ELEMENT) {
      const shadow = (root as Element).shadowRoot;
      if (shadow) this.push(shadow);
    }
  }

  /** The next chunk of text, or `null` when the walk is done. */
  next(): TextChunk | null {
    const nodes: Text[] = [];
    const starts: number[] = [];
    // Parts joined once at the end: cheaper than growing a string node by node.
    const parts: string[] = [];
    let length = 0;
    for (let node = this.advance(); node !== null; node = this.advance()) {
      if (node.nodeType === TEXT) {
        const data = (node as Text).data;
        if (data.length === 0) continue;
        const parent = node.parentNode;
        if (this.isBroken || (parent !== this.lastParent && !this.inBlock(parent))) {
          if (length >= this.maxChars) {
            this.carry = node as Text;
            break;
          }
          if (length > 0) {
            parts.push(RUN_BREAK);
            length++;
          }
          this.block = parent === null ? null : nearestBlock(parent);
          this.isBroken = false;
        }
        this.lastParent = parent;
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      } else if (node.nodeType === ELEMENT) {
        this.visitElement(node as Element);
      }
    }
    if (nodes.length === 0) return null;
    const shadowRoots = this.shadowRoots;
    this.shadowRoots = [];
    return { text: parts.join(''), nodes, starts, shadowRoots };
  }

  private inBlock(parent: Node | null): boolean {
    return parent !== null && this.block !== null && this.block.contains(parent);
  }

  private visitElement(element: Element): void {
    const name = element.localName;
    const kind = kindOf(name);
    if (kind === SKIP || (this.off.size > 0 && this.off.has(element))) {
      this.skipChildren = true;
      this.isBroken = true;
      return;
    }
    if (kind === BLOCK) this.isBroken = true;
    if (!mayHostShadow(name)) return;
    const shadow = element.shadowRoot;
    if (shadow) this.push(shadow);
  }

  private push(root: Document | ShadowRoot | Element): void {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (doc === null) return;
    for (const element of root.querySelectorAll(OFF_SELECTOR))
      if (isOffSwitch(element)) this.off.add(element);
    if (root.nodeType === 11) this.shadowRoots.push(root as ShadowRoot);
    this.walkers.push(doc.createTreeWalker(root, SHOW_ELEMENTS_AND_TEXT));
    this.isBroken = true;
  }

  private advance(): Node | null {
    if (this.carry) {
      const carried = this.carry;
      this.carry = null;
      return carried;
    }
    for (;;) {
      const walker = this.walkers.at(-1);
      if (walker === undefined) return null;
      const skip = this.skipChildren;
      this.skipChildren = false;
      const next = skip ? nextOutside(walker) : walker.nextNode();
      if (next) return next;
      // This tree is done; a shadow tree's host continues with its light children.
      this.walkers.pop();
      this.isBroken = true;
    }
  }
}
