/**
 * The card's "In the story you follow" part: what each article the reader
 * kept into a story of theirs said of the entity, newest first, each with
 * its title, site and date, marked as what those articles say, not checked
 * background. All of it set as text: a story can be imported from anyone.
 */
import type { Saying } from '../../core/story/sayings';
import type { Translate } from '../../shared/i18n';
import { textElement } from './article-section';

/** At most this many articles on a card: the options page and the export hold them all. */
const MAX_SHOWN = 3;

/** "Strike ends · Other Paper · 2026-03-06": the article's title, site and day (the date as the page wrote it otherwise). */
export function keptCaption(saying: Pick<Saying, 'title' | 'site' | 'published'>): string {
  const day = saying.published?.match(/^\d{4}-\d{2}-\d{2}/u)?.[0] ?? saying.published;
  return [saying.title, saying.site, day]
    .filter((p): p is string => p !== null && p.trim() !== '')
    .join(' · ');
}

/** The "In the story you follow" section for `sayings` (newest first). */
export function keptSection(doc: Document, sayings: readonly Saying[], t: Translate): HTMLElement {
  const section = doc.createElement('section');
  section.className = 'article kept';
  section.append(
    textElement(doc, 'h3', 'article-heading', t('tooltipKeptHeading')),
    textElement(doc, 'p', 'article-mark', t('tooltipKeptMark')),
  );
  for (const saying of sayings.slice(0, MAX_SHOWN)) {
    const figure = doc.createElement('figure');
    figure.className = 'quote';
    if (saying.role !== null) figure.append(textElement(doc, 'p', 'role', saying.role));
    figure.append(
      textElement(doc, 'blockquote', '', `“${saying.sentence}”`),
      textElement(doc, 'figcaption', '', keptCaption(saying)),
    );
    section.append(figure);
  }
  return section;
}
