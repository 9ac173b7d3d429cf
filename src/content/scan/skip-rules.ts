/**
 * Which elements are read as text, which break a run of text, and which are
 * never annotated. Decided from tag names and a few attributes only: reading
 * computed styles for every element would cost more than the whole scan.
 */
import { isBackstoryNode } from '../page/own-ui';

/** How the scanner treats an element: flows with the text (a name may run across it), starts a new run, or is never read. */
export type ElementKind = typeof INLINE | typeof BLOCK | typeof SKIP;

/** Flows with the text around it. */
export const INLINE = 0;
/** Starts and ends a run of text. */
export const BLOCK = 1;
/** Never read: neither it nor anything inside it. */
export const SKIP = 2;

// Tag lists as one string each: shorter in the first-load script (40 KB at most, issue 16).

// Elements whose text is code, input, metadata or not rendered as page text.
const SKIPPED_TAGS =
  'head script style noscript template title textarea input select option optgroup datalist code pre kbd samp svg math iframe object embed video audio canvas noembed noframes xmp plaintext'.split(
    ' ',
  );

// Elements laid out inline by default: text on either side belongs to one run.
const INLINE_TAGS =
  'a abbr acronym b bdi bdo big cite data del dfn em font i img ins label mark nobr q rb rp rt ruby s small span strike strong sub sup time tt u var wbr slot output'.split(
    ' ',
  );

const KINDS = new Map<string, ElementKind>([
  ...SKIPPED_TAGS.map((tag) => [tag, SKIP] as const),
  ...INLINE_TAGS.map((tag) => [tag, INLINE] as const),
]);

/** The kind of an element from its local name; unknown custom elements flow inline, as browsers lay them out. */
export function kindOf(localName: string): ElementKind {
  const kind = KINDS.get(localName);
  if (kind !== undefined) return kind;
  return localName.includes('-') ? INLINE : BLOCK;
}

// Built-in elements that may host a shadow root (DOM standard, attachShadow); custom elements may too.
const SHADOW_HOST_TAGS = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);

/** Whether an element with this local name can have a shadow root: asking the others would be a wasted DOM call. */
function mayHostShadow(localName: string): boolean {
  return SHADOW_HOST_TAGS.has(localName) || localName.includes('-');
}

/** `traitsOf` bits: the element's kind. */
export const KIND_MASK = 3;
/** `traitsOf` bit: the element may host a shadow root. */
export const MAY_HOST_SHADOW = 4;

// Each tag name's traits, worked out on first sight: a page uses few distinct names, and the scan's hot loop then
// pays one look-up per element.
const TRAITS = new Map<string, number>();

/** An element's kind and whether it may host a shadow root, as `KIND_MASK` and `MAY_HOST_SHADOW` bits. */
export function traitsOf(localName: string): number {
  let traits = TRAITS.get(localName);
  if (traits === undefined) {
    traits = kindOf(localName) | (mayHostShadow(localName) ? MAY_HOST_SHADOW : 0);
    TRAITS.set(localName, traits);
  }
  return traits;
}

/** Elements that may switch Backstory off for their subtree (opted out, or editable); `isOffSwitch` decides. */
export const OFF_SELECTOR = '[data-backstory],[contenteditable]';

/** Whether an element found by `OFF_SELECTOR` really switches its subtree off. */
export function isOffSwitch(element: Element): boolean {
  if (element.getAttribute('data-backstory')?.toLowerCase() === 'off') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

const SKIP_SELECTOR = `${SKIPPED_TAGS.join(',')},[data-backstory="off" i],[contenteditable]:not([contenteditable="false" i])`;

/** Whether the page opted out with `<meta name="backstory" content="off">`. */
export function isPageOptedOut(doc: Document): boolean {
  return doc.querySelector('meta[name="backstory" i][content="off" i]') !== null;
}

/** Whether the whole document is editable (designMode), so nothing in it is annotated. */
export function isDocumentEditable(doc: Document): boolean {
  return doc.designMode === 'on';
}

/**
 * Whether `node` lies in a part of the page that is never annotated: a skipped
 * element, an opted-out or editable subtree (in its own tree or any shadow
 * host's), Backstory's own UI, or an editable document.
 */
export function isInSkippedSubtree(node: Node): boolean {
  if (node.ownerDocument && isDocumentEditable(node.ownerDocument)) return true;
  if (isBackstoryNode(node)) return true;
  let current: Node | null = node;
  while (current) {
    const element: Element | null =
      current.nodeType === Node.ELEMENT_NODE ? (current as Element) : current.parentElement;
    if (element?.closest(SKIP_SELECTOR)) return true;
    // Step out of this tree (a shadow root, or a node in one) to its host, and check the host's tree too.
    const root = current.getRootNode();
    current =
      root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((root as Partial<ShadowRoot>).host ?? null) : null;
  }
  return false;
}

/** The nearest element around `node` (itself included) that is not inline, or its tree's root: the block whose text `node` belongs to. */
export function nearestBlock(node: Node): Node {
  // Called at every run's start: node types as numbers, and the memoised traits.
  let current: Node = node.nodeType === 1 ? node : (node.parentNode ?? node);
  while (current.nodeType === 1 && (traitsOf((current as Element).localName) & KIND_MASK) === INLINE) {
    const parent = current.parentNode;
    if (parent === null) break;
    current = parent;
  }
  return current;
}
