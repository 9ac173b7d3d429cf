/**
 * Entry point of article.js: the article layer (reading the page's article,
 * asking the background for its names, joining them to the recogniser), which
 * the background injects into a frame only when its content script has
 * scanned, gone idle and the settings want the article's names
 * (src/content/page/article-hook.ts).
 */
import { offerArticle } from '../page/article-hook';
import { ArticleLayer } from './article-layer';
import { startArticleLayer } from './article-start';

offerArticle({ ArticleLayer, startArticleLayer });
