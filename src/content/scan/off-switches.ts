/**
 * Keeps mentions out of the parts of the page that switched Backstory off:
 * subtrees marked `data-backstory="off"`, and editable ones. The text walk
 * reads through them and the found mentions are sifted here instead, because
 * asking the page for these elements means one query over every element, and
 * that query cost more than any other step of the walk on pages with no
 * mentions at all (most pages). Here it is asked only once a mention is found.
 */
import type { FoundMention } from '../mentions/mention';
import { isOffSwitch, OFF_SELECTOR } from './skip-rules';
import { RUN_BREAK, type TextChunk } from './text-walk';

/** One reading of the page's off switches: make one per scan, so that switches added later are seen. */
export class OffSwitches {
  // The switches of each tree (the document, or a shadow root), asked for on first need.
  private readonly byTree = new Map<Node, readonly Element[]>();
  // The last parent asked about and its answer: a page's mentions come in runs that share a parent.
  private lastParent: Node | null = null;
  private lastAnswer = false;

  /** `found` without the mentions that stand, even in part, in a switched-off subtree. */
  sift(found: FoundMention[]): FoundMention[] {
    if (found.length === 0) return found;
    return found.filter((mention) => !mention.nodes.some((node) => this.isOffNode(node)));
  }

  /**
   * `chunk`'s text with the text of switched-off subtrees replaced by run
   * breaks, for reading again: offsets stay as they were, and no name can
   * start, end or be counted there.
   */
  blankOut(chunk: TextChunk): string {
    const { text, nodes, starts } = chunk;
    const parts: string[] = [];
    let copied = 0;
    nodes.forEach((node, i) => {
      if (!this.isOffNode(node)) return;
      const start = starts[i] ?? 0;
      const end = start + node.data.length;
      parts.push(text.slice(copied, start), RUN_BREAK.repeat(end - start));
      copied = end;
    });
    parts.push(text.slice(copied));
    return parts.join('');
  }

  private isOffNode(node: Text): boolean {
    const parent = node.parentNode;
    if (parent === null) return false;
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      this.lastAnswer = this.isOff(parent);
    }
    return this.lastAnswer;
  }

  /** Whether `node` lies in a switched-off subtree of its own tree or of any shadow host's around it. */
  private isOff(node: Node): boolean {
    let current: Node = node;
    for (;;) {
      const tree = current.getRootNode();
      for (const element of this.switchesOf(tree)) if (element.contains(current)) return true;
      const host = tree.nodeType === 11 ? (tree as ShadowRoot).host : null;
      if (!host) return false;
      current = host;
    }
  }

  private switchesOf(tree: Node): readonly Element[] {
    let switches = this.byTree.get(tree);
    if (switches === undefined) {
      // A tree's root is a document, a shadow root (or other fragment), or the top element of a detached subtree.
      const type = tree.nodeType;
      switches =
        type === 9 || type === 11 || type === 1
          ? [...(tree as ParentNode).querySelectorAll(OFF_SELECTOR)].filter(isOffSwitch)
          : [];
      this.byTree.set(tree, switches);
    }
    return switches;
  }
}
