/**
 * The card's "In this article" part: what the article on the page says of
 * the entity (its role there, the sentence that introduces it, with the
 * site and date, how often it is named, who it appears with), marked as
 * drawn from the article, not checked background. All of it set as text.
 */
import type { Translate } from '../../shared/i18n';

/** What the article on the page says of one entity. */
export interface CardArticle {
  role: string | null;
  sentence: string;
  /** "BBC News, 2015-07-24", or `null` when the page says neither. */
  source: string | null;
  /** Mentions of it found on the page. */
  count: number;
  with: string[];
}

/** A text element of the card's article parts: set as text, its direction the text's own. */
export function textElement(
  doc: Document,
  tag: 'p' | 'h3' | 'blockquote' | 'figcaption',
  className: string,
  value: string,
): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  node.textContent = value;
  node.dir = 'auto';
  return node;
}

/** The "In this article" section for `article`. */
export function articleSection(doc: Document, article: CardArticle, t: Translate): HTMLElement {
  const section = doc.createElement('section');
  section.className = 'article';
  section.append(
    textElement(doc, 'h3', 'article-heading', t('tooltipArticleHeading')),
    textElement(doc, 'p', 'article-mark', t('tooltipArticleMark')),
  );
  if (article.role !== null && article.role !== '')
    section.append(textElement(doc, 'p', 'role', article.role));
  if (article.sentence !== '') {
    const figure = doc.createElement('figure');
    figure.className = 'quote';
    figure.append(textElement(doc, 'blockquote', '', `“${article.sentence}”`));
    if (article.source !== null)
      figure.append(textElement(doc, 'figcaption', '', t('tooltipQuoteSource', [article.source])));
    section.append(figure);
  }
  const facts = [t('tooltipArticleCount', [String(article.count)])];
  if (article.with.length > 0) facts.push(t('tooltipArticleWith', [article.with.slice(0, 4).join(', ')]));
  section.append(textElement(doc, 'p', 'related', facts.join(' · ')));
  return section;
}
