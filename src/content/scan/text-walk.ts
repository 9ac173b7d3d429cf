/**
 * Reads the page's text in document order, without recursion (pages nest
 * thousands of elements deep), into chunks of runs: a run is the text of one
 * block, so a name split over inline elements reads as one string. Runs are
 * joined by `RUN_BREAK`, which no alias contains, so a match never spans two.
 * Elements are skipped by their tag names alone; subtrees switched off by an
 * attribute are read, and their mentions sifted out (`OffSwitches`).
 */
import { BLOCK, KIND_MASK, MAY_HOST_SHADOW, nearestBlock, SKIP, traitsOf } from './skip-rules';

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

// Only ASCII whitespace (other spaces, such as no-break spaces, count as text here). A regular expression, because
// page text is held outside the JavaScript heap and reading it a character at a time costs several times more.
const BLANK = /^[ \n\t\r\f]*$/;

/** Whether `data` is blank: only ASCII whitespace. */
function isBlank(data: string): boolean {
  return BLANK.test(data);
}

/**
 * Whether text in `parent` stands in another block than the text before it
 * (in `lastParent`, of the block `block`). Every element entered since that
 * text was inline (entering a block breaks the run before this is asked), so
 * only leaving elements can leave the block. The common steps are settled by
 * identity, without asking the DOM: back out to the block itself, or into a
 * child of the last parent.
 */
function leavesBlock(parent: Node | null, lastParent: Node | null, block: Node | null): boolean {
  if (block === null || parent === null) return true;
  if (parent === block || (lastParent !== null && parent.parentNode === lastParent)) return false;
  return !block.contains(parent);
}

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
  private skipChildren = false;
  private carry: Text | null = null;
  /** Whether the next text starts a new run (kept here between chunks; `next()` works on a local copy). */
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
    // This loop is most of what a scan costs on a page with few mentions: the
    // walk's state is kept in locals, and an element costs one map look-up.
    let isBroken = this.isBroken;
    let lastParent = this.lastParent;
    let block = this.block;
    let walker = this.walkers.at(-1);
    let node: Node | null = this.carry;
    this.carry = null;
    while (walker !== undefined) {
      if (node === null) {
        if (this.skipChildren) {
          this.skipChildren = false;
          node = nextOutside(walker);
        } else node = walker.nextNode();
        if (node === null) {
          // This tree is done (a shadow tree's end breaks the run); its host continues with its light children.
          this.walkers.pop();
          walker = this.walkers.at(-1);
          isBroken = true;
          continue;
        }
      }
      const type = node.nodeType;
      if (type === TEXT) {
        const data = (node as Text).data;
        if (data.length > 0) {
          const parent = node.parentNode;
          if (isBroken || (parent !== lastParent && leavesBlock(parent, lastParent, block))) {
            // Blank text never starts a run: it can hold no name, and on pretty-printed pages most text nodes are the
            // indentation between blocks (two thirds of the characters on some). The next text starts the run.
            if (isBlank(data)) {
              node = null;
              continue;
            }
            if (length >= this.maxChars) {
              this.carry = node as Text;
              break;
            }
            if (length > 0) {
              parts.push(RUN_BREAK);
              length++;
            }
            block = parent === null ? null : nearestBlock(parent);
            isBroken = false;
          }
          lastParent = parent;
          nodes.push(node as Text);
          starts.push(length);
          parts.push(data);
          length += data.length;
        }
      } else if (type === ELEMENT) {
        const element = node as Element;
        const traits = traitsOf(element.localName);
        if ((traits & KIND_MASK) === SKIP) {
          this.skipChildren = true;
          isBroken = true;
        } else {
          if ((traits & KIND_MASK) === BLOCK) isBroken = true;
          if ((traits & MAY_HOST_SHADOW) !== 0) {
            const shadow = element.shadowRoot;
            if (shadow) {
              this.push(shadow);
              walker = this.walkers.at(-1);
              isBroken = true;
            }
          }
        }
      }
      node = null;
    }
    this.isBroken = isBroken;
    this.lastParent = lastParent;
    this.block = block;
    if (nodes.length === 0) return null;
    const shadowRoots = this.shadowRoots;
    this.shadowRoots = [];
    return { text: parts.join(''), nodes, starts, shadowRoots };
  }

  private push(root: Document | ShadowRoot | Element): void {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (doc === null) return;
    if (root.nodeType === 11) this.shadowRoots.push(root as ShadowRoot);
    this.walkers.push(doc.createTreeWalker(root, SHOW_ELEMENTS_AND_TEXT));
  }
}
