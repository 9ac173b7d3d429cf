/**
 * Recognises text that is part of a page but not of its story: photo
 * captions and credits, bylines and datelines, share and subscribe prompts,
 * navigation crumbs, disclaimers. Readability removes most of it; what slips
 * through must never end up in a summary.
 */
import { wordCount } from './words';

// Each pattern names a kind of page furniture; they are tested against one paragraph or sentence.
const FURNITURE: readonly RegExp[] = [
  // Photo and image credits and captions.
  /©|\(c\)\s*\d{4}|\b(?:photo|image|picture|illustration|video|graphic)s?\s*(?:by|:|credit)/i,
  /\b(?:getty images|reuters\/|ap photo|afp via|shutterstock|istock|file photo)\b/i,
  /^(?:caption|credit|source|pictured|above|below|top|left|right)\s*:/i,
  // Prompts to share, follow, subscribe, sign in, comment or read on.
  /\b(?:share (?:this|on)|follow us|subscribe|sign up|sign in|log in|newsletter|click here|tap here|read more|continue reading|related (?:stories|articles|coverage)|most read|recommended for you|advertisement|sponsored content|comments? (?:are|have been) closed|leave a comment|all rights reserved|cookie|privacy policy|terms of (?:use|service))\b/i,
  // Disclaimers and editorial notes.
  /\b(?:views|opinions) (?:of|expressed).{0,40}\b(?:do not|don't) necessarily\b/i,
  /^(?:editor'?s note|correction|update|disclosure)\s*:/i,
  /\b(?:this (?:article|story) (?:was|has been) (?:updated|corrected|originally published))\b/i,
  // Bylines and datelines standing alone.
  // Case-sensitive on purpose: with the i flag, \p{Lu} would match lower case too.
  /^(?:[Pp]osted |[Ww]ritten )?[Bb]y\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s+|,\s*|\s+and\s+)?){1,6}$/u,
  /^(?:updated|published|last updated|posted)\b.{0,60}$/i,
  // Reference lists: "^ Title", "Archived from the original", "Retrieved 2 May 2015".
  /^\^|^(?:archived from the original|retrieved (?:on )?\d|retrieved \p{L}+ \d)/iu,
  // Navigation crumbs: "Home > World > Asia", "Home | News".
  /(?:\s[>|»›/]\s.*){2,}/,
];

/** Whether a paragraph or sentence is page furniture rather than story. */
export function isBoilerplate(text: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(text));
}

/**
 * Whether a sentence can stand in a summary: long enough to say something,
 * short enough to read, ending like a sentence, and not page furniture.
 */
export function isSummarySentence(sentence: string): boolean {
  const words = wordCount(sentence);
  if (words < 6 || words > 70) return false;
  // A sentence ends with punctuation, perhaps inside quotes; a heading or a menu entry does not.
  if (!/[.!?…]["'”’»)\]]*$/.test(sentence)) return false;
  // Lines of capitalised words ("Home World Business Sport") are menus, not prose.
  const tokens = sentence.split(/\s+/);
  const capitalised = tokens.filter((t) => /^\p{Lu}/u.test(t)).length;
  if (tokens.length >= 6 && capitalised / tokens.length > 0.8) return false;
  return !isBoilerplate(sentence);
}
