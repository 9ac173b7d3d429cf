/**
 * Turns the article element Readability returns into plain text, one
 * paragraph a line, leaving out what is not running prose: figures and their
 * captions, headings, tables, code, asides, reference lists and controls.
 */

// Their text is never prose: captions, credits, headings, data, widgets.
const SKIPPED = new Set(
  (
    'PRE FIGURE FIGCAPTION CAPTION TABLE ASIDE NAV HEADER FOOTER FORM BUTTON SELECT TEXTAREA ' +
    'SCRIPT STYLE NOSCRIPT TEMPLATE SVG H1 H2 H3 H4 H5 H6'
  ).split(' '),
);

// Elements that start and end a paragraph of their own.
const BLOCKS = new Set('P DIV LI UL OL DL DD DT BLOCKQUOTE PRE SECTION ARTICLE MAIN BR HR'.split(' '));

// Classes and ids that mark furniture Readability may keep: reference lists, credits, share bars.
const FURNITURE =
  /(?:^|[\s_-])(?:references?|reflist|footnotes?|citations?|caption|credits?|share|sharing|social|related|newsletter|byline|dateline)(?:$|[\s_-])/i;

function isFurniture(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'doc-endnotes') return true;
  return FURNITURE.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The prose of `root`, paragraphs separated by line breaks, white space collapsed. */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    buffer = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || isFurniture(node as Element)) return;
    const isBlock = BLOCKS.has(name);
    if (isBlock) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) flush();
  };
  visit(root);
  flush();
  return paragraphs.join('\n');
}
