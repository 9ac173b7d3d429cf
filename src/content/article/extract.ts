/**
 * Extracts the page's article on demand, for the popup's summary, with
 * Mozilla's Readability (the library behind Firefox Reader View). Readability
 * rewrites the document it is given, so it only ever sees a clone: the page
 * itself is never touched.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleText } from '../../shared/messages';
import { blockText } from './block-text';

// Less prose than this is a teaser or a form, not an article worth summarising.
const MIN_ARTICLE_CHARS = 500;

/** The article of `doc` as plain text, or `null` when the page is not an article. */
export function extractArticle(doc: Document): ArticleText | null {
  if (!isProbablyReaderable(doc)) return null;
  const clone = doc.cloneNode(true) as Document;
  // The serializer hands back the element itself, saving a round trip through an HTML string;
  // classes are kept so that block-text can recognise reference lists and share bars.
  const article = new Readability<Node>(clone, { serializer: (node) => node, keepClasses: true }).parse();
  const content = article?.content;
  if (!article || !content) return null;
  const text = blockText(content);
  if (text.length < MIN_ARTICLE_CHARS) return null;
  return {
    title: (article.title ?? doc.title).trim(),
    text,
    byline: article.byline?.trim() || null,
    siteName: article.siteName?.trim() || null,
  };
}
