/**
 * An entity's background is the one dictionary field that may carry markup,
 * and dictionaries can be imported: it goes through DOMPurify allowing only
 * <em>, <strong> and <cite>, without attributes.
 */
import DOMPurify from 'dompurify';

/** The background text as a fragment holding only text, <em>, <strong> and <cite>. */
export function sanitiseBackground(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['em', 'strong', 'cite'],
    ALLOWED_ATTR: [],
    RETURN_DOM_FRAGMENT: true,
  });
}
