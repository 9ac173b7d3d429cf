/**
 * Whether a page reads as an article, and its text: one pass over its
 * paragraphs. The check is Readability's `isProbablyReaderable` (paragraphs
 * of 140 characters or more, scored by the square root of what they have
 * beyond, in no unlikely container, over 20 in all), read without computed
 * styles; the text is the paragraphs the scan would read, in page order.
 */
import { MAX_ARTICLE_CHARS } from '../../core/article/limits';

// Readability's own lists (Readability.js, REGEXPS.unlikelyCandidates and okMaybeItsACandidate).
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

// Paragraphs in these are never the article's, nor ever read by the scan.
const OUTSIDE =
  'nav, aside, footer, form, [hidden], [aria-hidden="true"], [data-backstory="off"], [contenteditable=""], [contenteditable="true"], pre, code, textarea';

/** The article's text, or why there is none. */
export type ArticleText =
  | { isArticle: true; text: string; fullLength: number; paragraphs: number }
  | { isArticle: false; score: number };

function isUnlikely(p: Element): boolean {
  for (let el: Element | null = p; el !== null && el.tagName !== 'BODY'; el = el.parentElement) {
    const match = `${el.className} ${el.id}`;
    if (UNLIKELY.test(match) && !MAYBE.test(match)) return true;
  }
  return false;
}

/** Reads the page's paragraphs once: the article check, and the text when it passes. */
export function readArticleText(doc: Document, minScore = 20): ArticleText {
  const kept: string[] = [];
  let score = 0;
  let length = 0;
  for (const p of doc.querySelectorAll('p')) {
    if (p.closest(OUTSIDE) !== null) continue;
    const text = p.textContent.replace(/\s+/gu, ' ').trim();
    if (text.length < 25) continue;
    if (text.length >= 140 && !isUnlikely(p)) score += Math.sqrt(text.length - 140);
    if (length < MAX_ARTICLE_CHARS) kept.push(text);
    length += text.length + 2;
  }
  if (score <= minScore) return { isArticle: false, score };
  const joined = kept.join('\n\n');
  return {
    isArticle: true,
    text: joined.length > MAX_ARTICLE_CHARS ? joined.slice(0, MAX_ARTICLE_CHARS) : joined,
    fullLength: Math.max(joined.length, length - 2),
    paragraphs: kept.length,
  };
}
