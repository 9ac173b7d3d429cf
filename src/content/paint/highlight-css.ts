/**
 * The default look of mentions: a thin underline (or a light tint) in a colour
 * per entity type. The colours are mid-tones that read on white and on near
 * black, and the tints are translucent, so light and dark pages both work.
 */
import type { HighlightStyle } from '../../core/settings';
import { FLASH_HIGHLIGHT, HOVER_HIGHLIGHT, highlightName } from './highlight-names';

// Mid-lightness hues, distinct for the common kinds of colour blindness in pairs that matter (blue/orange).
const TYPE_COLOURS: Readonly<Record<string, string>> = {
  person: '53 122 222',
  place: '32 152 108',
  organisation: '214 120 36',
  event: '196 64 140',
  project: '128 96 220',
};
const OTHER_COLOUR = '128 138 150';

/** Whether the default sheet already has a rule for `type`: only other types need the sheet rebuilt (a full style recalc). */
export function hasDefaultRule(type: string): boolean {
  return Object.hasOwn(TYPE_COLOURS, type);
}

function colourOf(type: string): string {
  return TYPE_COLOURS[type] ?? OTHER_COLOUR;
}

function ruleFor(name: string, colour: string, style: HighlightStyle): string {
  if (style === 'background') return `::highlight(${name}){background-color:rgb(${colour} / 0.24);}`;
  if (style === 'underline') {
    return `::highlight(${name}){text-decoration-line:underline;text-decoration-color:rgb(${colour} / 0.9);text-decoration-thickness:2px;text-decoration-style:solid;}`;
  }
  return '';
}

/** The style sheet text for `style`, with a rule for each of `types` (the known ones always). */
export function highlightCss(style: HighlightStyle, types: Iterable<string>): string {
  const all = new Set([...Object.keys(TYPE_COLOURS), ...types]);
  const rules = [...all].map((type) => ruleFor(highlightName(type), colourOf(type), style));
  // Hover-only: nothing shows until the pointer rests on a mention.
  rules.push(
    `::highlight(${HOVER_HIGHLIGHT}){text-decoration-line:underline;text-decoration-color:rgb(${OTHER_COLOUR} / 0.9);text-decoration-thickness:2px;}`,
    `::highlight(${FLASH_HIGHLIGHT}){background-color:rgb(255 196 0 / 0.55);}`,
  );
  return rules.filter((rule) => rule !== '').join('\n');
}
