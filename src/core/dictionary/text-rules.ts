/**
 * Rules for the dictionary's text fields: plain text without HTML, the small
 * markup allowed in `background`, sentence counting, kebab-case ids.
 * Dictionaries can be imported by users, so every text is untrusted.
 */
import { splitSentences } from '../text/sentences';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Anything a browser could read as the start of a tag, comment or declaration.
const TAG_START = /<[A-Za-z!/?]/;
// A character reference such as "&amp;": a sign the text was HTML-escaped somewhere.
const CHARACTER_REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const ALLOWED_BACKGROUND_TAG = /^<(\/?)(em|strong|cite)>$/;

/** Whether `value` is a kebab-case identifier such as `vladimir-putin`. */
export function isKebabCase(value: string): boolean {
  return KEBAB_CASE.test(value);
}

function snippetAt(text: string, index: number): string {
  const end = text.indexOf('>', index);
  const stop = end === -1 || end - index > 30 ? Math.min(text.length, index + 30) : end + 1;
  return text.slice(index, stop);
}

/** Why `text` is not plain text (it holds HTML), or undefined when it is. */
export function plainTextProblem(text: string): string | undefined {
  const tag = TAG_START.exec(text);
  if (tag) return `must be plain text, not HTML (found "${snippetAt(text, tag.index)}")`;
  const reference = CHARACTER_REFERENCE.exec(text);
  if (reference) return `must be plain text, not HTML (found the character reference "${reference[0]}")`;
  return undefined;
}

/** Why the markup of a `background` is not allowed, or undefined when it is. */
export function backgroundMarkupProblem(text: string): string | undefined {
  const open: string[] = [];
  for (const match of text.matchAll(/<[^>]*>?/g)) {
    const tag = match[0];
    if (!TAG_START.test(tag)) continue; // a lone "<" as in "a < b" is text
    const allowed = ALLOWED_BACKGROUND_TAG.exec(tag);
    if (!allowed) return `allows only <em>, <strong> and <cite> without attributes (found "${tag}")`;
    const [, slash, name = ''] = allowed;
    if (slash === '') open.push(name);
    else if (open.pop() !== name) return `has a closing </${name}> that does not match an opening tag`;
  }
  const unclosed = open.pop();
  return unclosed === undefined ? undefined : `has an unclosed <${unclosed}>`;
}

/** The text of `background` without its inline tags, as a reader sees it. */
export function stripInlineTags(text: string): string {
  return text.replace(/<\/?(?:em|strong|cite)>/g, '');
}

/** Counts the sentences of a prose field, as the one splitter of src/core/text reads them. */
export function countSentences(text: string): number {
  return splitSentences(stripInlineTags(text)).length;
}

/** Whether a prose field ends like a sentence. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?]["'”’)\]]*$/.test(stripInlineTags(text).trim());
}
