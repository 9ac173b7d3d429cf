/**
 * The article names' constants, in a file of their own: the content script
 * imports them without pulling the engine into its bundle.
 */

/** The id of the article's dictionary on every page. */
export const ARTICLE_DICTIONARY_ID = 'article';

/** Text past this many characters (about 1 MB) is not read. */
export const MAX_ARTICLE_CHARS = 1_000_000;
