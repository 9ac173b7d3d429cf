/**
 * Small DOM helpers that see through open shadow roots, so a mention inside a
 * web component is ordered and contained like the text around it.
 */

/** The parent of `node`, stepping from a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRootCtor()) return parent.host;
  return parent;
}

// Resolved lazily: tests swap the global window between files.
function ShadowRootCtor(): typeof ShadowRoot {
  return globalThis.ShadowRoot;
}

/** `node`, or the shadow host (of the host…) that places it in `root`'s tree. */
export function liftInto(node: Node, root: Node): Node | null {
  let current: Node = node;
  for (;;) {
    const own = current.getRootNode();
    if (own === root) return current;
    if (!(own instanceof ShadowRootCtor())) return null;
    current = own.host;
  }
}

/** Whether `node` is `scope` or inside it, across shadow roots. */
export function composedContains(scope: Node, node: Node): boolean {
  const lifted = liftInto(node, scope.getRootNode());
  return lifted !== null && scope.contains(lifted);
}

/**
 * Where `node` lies relative to `scope` in document order: -1 before it, 0 in
 * it, 1 after it. Shadow content counts as inside its host.
 */
export function placeRelativeTo(scope: Node, node: Node): -1 | 0 | 1 {
  const scopeRoot = scope.getRootNode();
  let lifted = liftInto(node, scopeRoot);
  let target: Node = scope;
  if (lifted === null) {
    // The node is outside the scope's shadow tree: compare in the node's tree instead.
    const host = liftInto(scope, node.getRootNode());
    if (host === null) return 1;
    lifted = node;
    target = host;
    if (target.contains(lifted)) return 0;
  }
  if (target === lifted || target.contains(lifted)) return 0;
  const position = target.compareDocumentPosition(lifted);
  return position & Node.DOCUMENT_POSITION_PRECEDING ? -1 : 1;
}
