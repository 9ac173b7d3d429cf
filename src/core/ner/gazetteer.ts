/**
 * The generated gazetteer, decoded once into look-up tables: countries and
 * their demonyms, cities, regions and given names (see scripts/build-gazetteer.mjs).
 */
import { CITIES, COMMON_WORDS, COUNTRIES, DEMONYMS, FIRST_NAMES, REGIONS } from './data/gazetteer';

/** What the gazetteer knows about a name. */
export interface Gazetteer {
  /** Folded place name → the country's common name when it names a country, else itself. */
  places: ReadonlyMap<string, string>;
  /** Folded demonym ("russian") → the country's common name ("Russia"). */
  demonyms: ReadonlyMap<string, string>;
  /** Countries' common names (the values of `demonyms`), for telling countries from cities. */
  demonymsOf: ReadonlySet<string>;
  /** Folded given names. */
  firstNames: ReadonlySet<string>;
  /** The most common English words, lower case. */
  commonWords: ReadonlySet<string>;
  /** Longest place name, in words. */
  maxPlaceWords: number;
}

/** Lower case with curly apostrophes straightened: the form every look-up uses. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') || lower.includes('`') ? lower.replace(/[’`]/gu, "'") : lower;
}

function decodeNames(packed: string): string[] {
  const out: string[] = [];
  let previous = '';
  for (const m of packed.matchAll(/(\d)(\D+)/gu)) {
    previous = previous.slice(0, Number(m[1])) + (m[2] ?? '');
    out.push(previous);
  }
  return out;
}

let cached: Gazetteer | undefined;

/** The gazetteer, decoded on first use. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const places = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const countryRows = COUNTRIES.split(';');
  const demonymRows = DEMONYMS.split(';');
  countryRows.forEach((row, i) => {
    const names = row.split('|');
    const common = names[0] ?? '';
    for (const n of names) places.set(fold(n), common);
    for (const d of (demonymRows[i] ?? '').split('|')) if (d) demonyms.set(fold(d), common);
  });
  for (const n of [...CITIES.split('|'), ...REGIONS.split('|')])
    if (!places.has(fold(n))) places.set(fold(n), n);
  const maxPlaceWords = Math.max(...[...places.keys()].map((k) => k.split(' ').length));
  cached = {
    places,
    demonyms,
    demonymsOf: new Set(countryRows.map((r) => r.split('|')[0] ?? '')),
    firstNames: new Set(decodeNames(FIRST_NAMES).map(fold)),
    commonWords: new Set(decodeNames(COMMON_WORDS)),
    maxPlaceWords,
  };
  return cached;
}

/** "Tajik", "Afghan", "Tajikistanis": a country's name cut short or with "-i(s)", an adjective or its people. */
export function isDemonymLike(name: string): boolean {
  if (name.includes(' ') || name.length < 4) return false;
  demonymLike ??= demonymLikeForms();
  return demonymLike.has(name);
}

let demonymLike: Set<string> | undefined;

/** Every short form ("tajik" of "tajikistan") and "-i(s)" form of the countries' names. */
function demonymLikeForms(): Set<string> {
  const out = new Set<string>();
  // "African", "Alaskan", "European": a continent's or region's people and adjective.
  for (const r of REGIONS.split('|').map(fold))
    if (!r.includes(' ')) out.add(r.endsWith('e') ? `${r}an` : `${r}n`);
  for (const country of gazetteer().demonymsOf) {
    const c = fold(country);
    out.add(`${c}i`).add(`${c}is`);
    if (/(?:stan|ia|land)$/u.test(c) && !c.includes(' '))
      for (let n = 4; n <= c.length - 3; n += 1) out.add(c.slice(0, n));
  }
  return out;
}
