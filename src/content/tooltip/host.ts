/**
 * The tooltip's one element in the page: a host under `<html>` with a closed
 * shadow root. Its own styles are adopted (a constructed sheet is not subject
 * to the page's style-src CSP); its few host properties are set through the
 * CSSOM with `!important`, which beats any page rule, `!important` included,
 * and which a CSP does not block (only style attributes in markup are).
 */
import { attachClosedShadow, markOwnNode, unmarkOwnNode } from '../page/own-ui';
import { TOOLTIP_CSS } from './styles';

/** The host element and what lives in its shadow root. */
export interface TooltipHost {
  host: HTMLElement;
  /** The card readers see: `role="tooltip"`. */
  card: HTMLElement;
  /** A polite live region for announcing a card opened from the keyboard. */
  live: HTMLElement;
  /** Puts the host back under `<html>` if the page removed it. */
  attach(): void;
  /** Removes the host and forgets it. */
  remove(): void;
}

// `all: initial` first; the longhands after it override its reset for themselves.
const HOST_STYLE: readonly (readonly [string, string])[] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['overflow', 'visible'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['z-index', '2147483647'],
];

function adoptStyles(doc: Document, root: ShadowRoot): void {
  const view = doc.defaultView;
  try {
    if (view && 'adoptedStyleSheets' in root) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(TOOLTIP_CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Constructable sheets missing or refused: fall back to a style element below.
  }
  const style = doc.createElement('style');
  style.textContent = TOOLTIP_CSS;
  root.append(style);
}

/** Builds the host (not yet in the page) with its shadow root, styles, card and live region. */
export function createTooltipHost(doc: Document): TooltipHost {
  const host = doc.createElement('div');
  // The opt-out marker of the matching issue: tools and the painter can tell the host is ours.
  host.setAttribute('data-backstory', 'off');
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const root = attachClosedShadow(host);
  adoptStyles(doc, root);

  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'tooltip');
  const live = doc.createElement('div');
  live.className = 'live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  root.append(card, live);
  markOwnNode(host);

  return {
    host,
    card,
    live,
    attach() {
      if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
    },
    remove() {
      host.remove();
      unmarkOwnNode(host);
    },
  };
}
