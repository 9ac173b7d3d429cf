/**
 * The public names of Backstory's highlights. Users' own styles restyle
 * mentions with `::highlight(backstory-person)` and the like (README).
 */

/** The highlight of one entity type: `backstory-<type>`. */
export function highlightName(type: string): string {
  return `backstory-${type.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
}

/** The highlight that shows a mention under the pointer when the style is hover-only. */
export const HOVER_HIGHLIGHT = 'backstory-hover';

/** The highlight that briefly marks a mention revealed from the popup. */
export const FLASH_HIGHLIGHT = 'backstory-flash';
