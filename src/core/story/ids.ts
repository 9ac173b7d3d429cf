/** Ids in a reader's story: kebab-case, unique, drawn from names. */

const MAX_ID = 90;

/** A kebab-case id from any name ("Keir Starmer" → "keir-starmer"); `fallback` when nothing of it is left. */
export function slugOf(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .slice(0, MAX_ID)
    .replace(/^-+|-+$/gu, '');
  return slug === '' ? fallback : slug;
}

/** `base`, or `base-2`, `base-3`… whichever `taken` does not hold yet; the result is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The id of a new story named `name`, unique among `taken` (every installed dictionary's id). */
export function storyId(name: string, taken: Iterable<string>): string {
  return uniqueId(`story-${slugOf(name, 'kept')}`.slice(0, MAX_ID).replace(/-+$/u, ''), new Set(taken));
}

/** Cuts a text to `max` characters, with an ellipsis when it was longer. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
