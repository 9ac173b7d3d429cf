/**
 * An entity's background is the one dictionary field that may carry markup,
 * and dictionaries can be imported, so it is untrusted: it passes DOMPurify
 * with the schema's allowlist, `<em>`, `<strong>` and `<cite>` without any
 * attribute (data-* and aria-* included). The text of unknown elements is
 * kept; scripts and styles go with their content. The tooltip and the popup
 * both sanitise here, so they cannot drift apart.
 */
import DOMPurify from 'dompurify';

const BACKGROUND_TAGS = ['em', 'strong', 'cite'];

/** The background as a fragment of `doc` that holds only text, <em>, <strong> and <cite>. */
export function sanitiseBackground(html: string, doc: Document = document): DocumentFragment {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: BACKGROUND_TAGS,
    ALLOWED_ATTR: [],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  // DOMPurify builds its fragment in the global document; adopt it into `doc`.
  return doc.adoptNode(clean);
}
