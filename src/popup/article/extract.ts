/**
 * Extracts the page's article for the summary with Mozilla's Readability (the
 * library behind Firefox Reader View), here in the popup rather than in every
 * page. The content script sends the page's markup; DOMParser makes an inert
 * document of it (no script runs, nothing loads), which Readability is free
 * to rewrite.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleText } from '../../shared/messages';
import { blockText } from './block-text';

// Less prose than this is a teaser or a form, not an article worth summarising.
const MIN_ARTICLE_CHARS = 500;

/** The page as the content script serialised it. */
export interface PageSource {
  html: string;
  url: string;
  title: string;
}

/** An inert document of the page's markup, its links resolved against the page's address. */
export function parsePage(page: PageSource, parser: Pick<DOMParser, 'parseFromString'>): Document {
  const doc = parser.parseFromString(page.html, 'text/html');
  // A parsed document takes the popup's address as its base; the page's own keeps its links right.
  if (!doc.querySelector('base[href]') && /^https?:/.test(page.url)) {
    const base = doc.createElement('base');
    base.href = page.url;
    doc.head.prepend(base);
  }
  return doc;
}

/** The article of `page` as plain text, or `null` when the page is not an article. */
export function extractArticle(
  page: PageSource,
  parser: Pick<DOMParser, 'parseFromString'> = new DOMParser(),
): ArticleText | null {
  const doc = parsePage(page, parser);
  if (!isProbablyReaderable(doc)) return null;
  // The serializer hands back the element itself, saving a round trip through an HTML string;
  // classes are kept so that block-text can recognise reference lists and share bars.
  const article = new Readability<Node>(doc, { serializer: (node) => node, keepClasses: true }).parse();
  const content = article?.content;
  if (!article || !content) return null;
  const text = blockText(content);
  if (text.length < MIN_ARTICLE_CHARS) return null;
  return {
    title: (article.title ?? page.title).trim(),
    text,
    byline: article.byline?.trim() || null,
    siteName: article.siteName?.trim() || null,
  };
}
