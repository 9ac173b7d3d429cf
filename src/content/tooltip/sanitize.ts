/**
 * The one rich field of a dictionary entity, its background, passes DOMPurify
 * with the schema's allowlist: `<em>`, `<strong>`, `<cite>`, no attributes.
 * Imported dictionaries are untrusted, so everything else is dropped (the text
 * of unknown elements kept, scripts and styles with their content removed).
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = ['em', 'strong', 'cite'];

/** Sanitises an entity's background into a fragment of `doc` that holds only text, em, strong and cite. */
export function sanitizeBackground(doc: Document, html: string): DocumentFragment {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  // DOMPurify builds its fragment in the global document; adopt it into ours.
  return doc.adoptNode(clean);
}
