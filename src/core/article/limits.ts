/**
 * The article names' constants, in a file of their own: the content script
 * imports them without pulling the engine into its bundle.
 */

/** The id of the article's dictionary on every page. */
export const ARTICLE_DICTIONARY_ID = 'article';

/** Text past this many characters (about 1 MB) is not read. */
export const MAX_ARTICLE_CHARS = 1_000_000;

/**
 * A page's own names painted at most: the most often named. A news article
 * names a few dozen; a page past this (a tag cloud, a list of user names) is
 * mostly not prose, and every name costs the page's matcher and the card list.
 */
export const MAX_ARTICLE_ENTITIES = 150;
