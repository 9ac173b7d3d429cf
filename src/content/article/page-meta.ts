/**
 * What a page says about itself in its metadata: its site and when it was
 * published (Open Graph, article:*, schema.org microdata, Dublin Core, or a
 * `<time>`), and its title.
 */
import type { ArticleMeta } from '../../core/article/article-names';

function metaContent(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value !== undefined && value !== '') return value.slice(0, 200);
  }
  return null;
}

/** The page's title, site and date, as its markup gives them. */
export function readPageMeta(doc: Document): ArticleMeta {
  const site = metaContent(doc, [
    'meta[property="og:site_name"]',
    'meta[name="application-name"]',
    'meta[name="publisher"]',
  ]);
  const published =
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="pubdate"]',
    ]) ??
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime')?.slice(0, 40) ??
    null;
  const title = metaContent(doc, ['meta[property="og:title"]']) ?? doc.title.trim();
  return { url: doc.URL, title: title.slice(0, 300), site, published };
}
