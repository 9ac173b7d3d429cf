/**
 * Puts the highlight rules where they apply: one constructed style sheet,
 * adopted by the document and by each open shadow root with mentions. Adopted
 * sheets are not DOM (no `<style>` element, nothing in `innerHTML`) and a
 * page's `style-src` CSP does not block them.
 */

/** Where the highlight rules go. */
export interface StyleSink {
  /** Replaces the rules. */
  update(css: string): void;
  /** Makes the rules apply inside `root` as well. */
  adopt(root: Document | ShadowRoot): void;
  /** Takes the sheet out of every root it was adopted by. */
  remove(): void;
}

type Adopter = Pick<Document, 'adoptedStyleSheets'>;

/** A style sink backed by a constructed `CSSStyleSheet`. */
export function createAdoptedSheet(doc: Document): StyleSink {
  const view = doc.defaultView ?? globalThis;
  const sheet = new view.CSSStyleSheet();
  const roots = new Set<Adopter>();
  const adoptInto = (root: Adopter): void => {
    // A page script may have replaced the list since: check each time.
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets.push(sheet);
  };
  return {
    update(css) {
      sheet.replaceSync(css);
      for (const root of roots) adoptInto(root);
    },
    adopt(root) {
      roots.add(root);
      adoptInto(root);
    },
    remove() {
      for (const root of roots) {
        const at = root.adoptedStyleSheets.indexOf(sheet);
        if (at >= 0) root.adoptedStyleSheets.splice(at, 1);
      }
      roots.clear();
    },
  };
}
