/**
 * Builds the card's content for one entity. Every dictionary field is set as
 * text (`textContent`), except the background, which goes through the
 * sanitiser: no string of a dictionary is ever parsed as HTML elsewhere.
 */
import type { Entity } from '../../core/dictionary/types';
import type { Translate } from '../../shared/i18n';
import { sanitiseBackground } from '../../shared/sanitise';
import type { Saying } from '../../core/story/sayings';
import { articleSection, type CardArticle } from './article-section';
import { keptSection } from './kept-section';

/** Reads a localised UI string, as `browser.i18n.getMessage` does. */

/** What one card shows, resolved from the dictionary. */
export interface CardContent {
  entity: Entity;
  /** The article sentence shown, or `null` when the entity has none. */
  quote: string | null;
  /** "Strategic Culture Foundation, 29 Nov 2010", or `null` when the dictionary has no story. */
  attribution: string | null;
  /** Names of the related entities found in the dictionary. */
  related: string[];
  /** What the article on the page says of it, when Backstory drew the article's names. */
  article?: CardArticle | null;
  /** What the articles the reader kept into a story of theirs said of it, newest first. */
  kept?: readonly Saying[];
}

/** What the card's controls do. */
export interface CardActions {
  openFull: () => void;
  close: () => void;
}

const TYPE_KEYS: Readonly<Record<string, string>> = {
  person: 'tooltipTypePerson',
  place: 'tooltipTypePlace',
  organisation: 'tooltipTypeOrganisation',
  event: 'tooltipTypeEvent',
  project: 'tooltipTypeProject',
};

/** The localised label of an entity type; unknown kebab-case types are shown as words. */
export function typeLabel(type: string, t: Translate): string {
  const key = TYPE_KEYS[type];
  const label = key === undefined ? '' : t(key);
  return label === '' ? type.replace(/-/g, ' ') : label;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) {
    node.textContent = text;
    // Dictionary text may be in any script: let each paragraph find its own direction.
    node.dir = 'auto';
  }
  return node;
}

/** Whitespace folded, for comparing two copies of one sentence. */
const folded = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The article's part without its sentence when the card's own quote above already shows that sentence. */
function withoutShownQuote(article: CardArticle, quote: string | null): CardArticle {
  return quote !== null && folded(quote) === folded(article.sentence)
    ? { ...article, sentence: '' }
    : article;
}

/** Fills `card` with the content for one entity, replacing what it held. */
export function renderCard(
  card: HTMLElement,
  content: CardContent,
  t: Translate,
  actions: CardActions,
): void {
  const doc = card.ownerDocument;
  const { entity } = content;
  const parts: HTMLElement[] = [];

  const head = el(doc, 'div', 'head');
  // Only known types get a class: an imported dictionary's type is data, not a class name.
  const knownType = Object.hasOwn(TYPE_KEYS, entity.type) ? ` type-${entity.type}` : '';
  head.append(
    el(doc, 'p', 'name', entity.name),
    el(doc, 'span', `type${knownType}`, typeLabel(entity.type, t)),
  );
  parts.push(head);
  if (entity.role !== '') parts.push(el(doc, 'p', 'role', entity.role));

  if (entity.background !== '') {
    const background = el(doc, 'p', 'background');
    background.dir = 'auto';
    background.append(sanitiseBackground(entity.background, doc));
    parts.push(background);
  }

  if (content.quote !== null) {
    const figure = el(doc, 'figure', 'quote');
    figure.append(el(doc, 'blockquote', '', `“${content.quote}”`));
    if (content.attribution !== null) {
      figure.append(el(doc, 'figcaption', '', t('tooltipQuoteSource', [content.attribution])));
    }
    parts.push(figure);
  }

  if (content.related.length > 0) {
    const related = el(doc, 'p', 'related');
    related.dir = 'auto';
    related.append(
      el(doc, 'span', 'related-label', t('tooltipRelated')),
      doc.createTextNode(` ${content.related.join(', ')}`),
    );
    parts.push(related);
  }

  if (content.article) parts.push(articleSection(doc, withoutShownQuote(content.article, content.quote), t));
  // A kept article's sentence already shown above (the page is that article) is not shown twice.
  const shown = new Set([content.quote ?? '', content.article?.sentence ?? ''].map(folded));
  const kept = (content.kept ?? []).filter((s) => !shown.has(folded(s.sentence)));
  if (kept.length > 0) parts.push(keptSection(doc, kept, t));

  const open = el(doc, 'button', 'open', t('tooltipOpenFull'));
  open.type = 'button';
  open.addEventListener('click', actions.openFull);
  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t('tooltipClose'));
  close.addEventListener('click', actions.close);
  parts.push(open, close);

  card.replaceChildren(...parts);
}

/** The text a screen reader hears when the card opens from the keyboard. */
export function announcement(doc: Document, content: CardContent, t: Translate): string {
  const { entity } = content;
  const background = sanitiseBackground(entity.background, doc).textContent;
  return [t('tooltipAnnounce', [entity.name, typeLabel(entity.type, t)]), entity.role, background]
    .filter((part) => part.trim() !== '')
    .join(' ');
}
