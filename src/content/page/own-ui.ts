/**
 * Backstory's own elements in the page: the one tooltip host. The painter
 * asks `isBackstoryNode` so it never annotates them and ignores their
 * mutations; the host is made with the `attachShadow` the content script saw
 * when it started.
 */

/**
 * `Element.prototype.attachShadow` as it was when the content script started.
 * Page scripts run in their own world and cannot replace the isolated world's
 * prototypes, but a copy taken this early costs nothing and also guards
 * against anything loaded later in this world.
 */
// content.js and card.js (injected later into the same isolated world) each bundle this module: the state
// lives on that world's global, so the painter in content.js knows the host card.js makes.
const shared = globalThis as {
  __backstoryOwnUi?: { attachShadow: typeof Element.prototype.attachShadow; nodes: WeakSet<Node> };
};
const ownUi = (shared.__backstoryOwnUi ??= {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- always called with .call(host)
  attachShadow: Element.prototype.attachShadow,
  nodes: new WeakSet<Node>(),
});
const ownNodes = ownUi.nodes;

/** Attaches a closed shadow root with the original `attachShadow`, whatever the prototype holds now. */
export function attachClosedShadow(host: Element): ShadowRoot {
  return ownUi.attachShadow.call(host, { mode: 'closed' });
}

/** Records `node` (and so its subtree) as Backstory's own UI. */
export function markOwnNode(node: Node): void {
  ownNodes.add(node);
}

/** Forgets a node marked with `markOwnNode`, when it is torn down. */
export function unmarkOwnNode(node: Node): void {
  ownNodes.delete(node);
}

/** Whether `node` is Backstory's own UI or inside it: never annotated, its mutations ignored. */
export function isBackstoryNode(node: Node): boolean {
  let current: Node | null = node;
  while (current !== null) {
    if (ownNodes.has(current)) return true;
    // Out of a shadow root to its host: the card inside ours is ours too.
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}
