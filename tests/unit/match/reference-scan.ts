/**
 * The slow, obviously correct matcher the property tests compare against: at
 * every start and every end, normalise the span and compare it with every
 * alias, then apply the alias rules as the dictionary format states them.
 * Quadratic, allocation-heavy, and independent of the automaton and of the
 * implementation's normalisation (it has its own: reference-normalise.ts).
 */
import type { Alias, Dictionary } from '../../../src/core/dictionary/types';
import type { MatchState, Mention } from '../../../src/core/match/types';
import { referenceForm } from './reference-normalise';

interface RefPattern {
  entity: string;
  alias: Alias;
  key: string;
  /** The entity ids of the alias's own dictionary, which its context may name. */
  own: ReadonlySet<string>;
}

const WORD = /^[\p{L}\p{N}\p{M}_]$/u;
const MARK = /^\p{M}$/u;
const IGNORABLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/u;
const SPACE = /^\s$/u;
const APOSTROPHE = /^['`‘’\u02bc]$/u;

const optionsOf = (a: Alias) => ({
  caseSensitive: a.caseSensitive,
  foldDiacritics: a.foldDiacritics === true,
});

/** The code point ending just before `index`, or '' at the start. */
function charBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && IGNORABLE.test(text.charAt(i - 1))) i--;
  if (i === 0) return '';
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.charAt(i - 1);
}

/** The index of the first character at or after `index` that is not ignorable. */
function visibleFrom(text: string, index: number): number {
  let i = index;
  while (i < text.length && IGNORABLE.test(text.charAt(i))) i++;
  return i;
}

/** Whether the code point at `index` is a word character. */
const isWordAt = (text: string, index: number): boolean =>
  index < text.length && WORD.test(String.fromCodePoint(text.codePointAt(index) ?? 0));

/** Where a mention with a name ending at `end` ends, possessive included, or -1 when a word follows. */
function fullEnd(text: string, end: number): number {
  const a = visibleFrom(text, end);
  if (a < text.length && APOSTROPHE.test(text.charAt(a))) {
    const s = visibleFrom(text, a + 1);
    if (/^[sS]$/u.test(text.charAt(s)) && !isWordAt(text, visibleFrom(text, s + 1))) return s + 1;
    return end;
  }
  return isWordAt(text, a) ? -1 : end;
}

/** Lists every alias of every dictionary, earlier dictionaries first. */
export function referencePatterns(dictionaries: readonly Dictionary[]): RefPattern[] {
  return dictionaries.flatMap((d) => {
    const own = new Set(d.entities.map((e) => e.id));
    return d.entities.flatMap((e) =>
      e.aliases.map((alias) => ({
        entity: e.id,
        alias,
        key: referenceForm(alias.text, optionsOf(alias)),
        own,
      })),
    );
  });
}

/** Whether an after-full-name alias may count: its entity, or an entity of its own dictionary in its context, was introduced. */
function isIntroduced(p: RefPattern, state: MatchState): boolean {
  const context = (p.alias.context ?? []).filter((id) => p.own.has(id));
  return [p.entity, ...context].some((id) => state.introduced.has(id));
}

/** Picks the entity a span names, given the aliases that match it, in precedence order. */
function resolve(matching: RefPattern[], state: MatchState): RefPattern | undefined {
  const [first] = matching;
  if (first === undefined) return undefined;
  if (first.alias.ambiguous === undefined) {
    return first.alias.match === 'standalone' || isIntroduced(first, state) ? first : undefined;
  }
  const introduced = matching.filter((p) => p.alias.ambiguous !== undefined && state.lastSeen.has(p.entity));
  return introduced.sort(
    (a, b) => (state.lastSeen.get(b.entity) ?? 0) - (state.lastSeen.get(a.entity) ?? 0),
  )[0];
}

/** All mentions in `text`, found the slow way; spans longer than `maxSpan` code units are not considered. */
export function referenceScan(
  text: string,
  patterns: RefPattern[],
  state: MatchState,
  maxSpan: number,
): Mention[] {
  const found: Array<{ start: number; end: number; full: number; matching: RefPattern[] }> = [];
  for (let start = 0; start < text.length; start++) {
    const first = text.charAt(start);
    if (SPACE.test(first) || IGNORABLE.test(first) || MARK.test(first)) continue;
    if (WORD.test(charBefore(text, start))) continue;
    for (let end = start + 1; end <= Math.min(text.length, start + maxSpan); end++) {
      const last = text.charAt(end - 1);
      if (SPACE.test(last) || IGNORABLE.test(last) || MARK.test(text.charAt(end))) continue;
      const span = text.slice(start, end);
      const forms = new Map<string, string>();
      const matching = patterns.filter((p) => {
        const options = optionsOf(p.alias);
        const id = `${options.caseSensitive}${options.foldDiacritics}`;
        const form = forms.get(id) ?? referenceForm(span, options);
        forms.set(id, form);
        return form === p.key;
      });
      const full = fullEnd(text, end);
      if (matching.length > 0 && full >= 0) found.push({ start, end, full, matching });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  let taken = 0;
  for (const c of found) {
    if (c.start < taken) continue;
    const chosen = resolve(c.matching, state);
    if (chosen === undefined) continue;
    mentions.push({ start: c.start, end: c.full, entityId: chosen.entity });
    taken = c.full;
    if (chosen.alias.match === 'standalone' && chosen.alias.ambiguous === undefined) {
      state.introduced.add(chosen.entity);
      state.clock++;
      state.lastSeen.set(chosen.entity, state.clock);
    }
  }
  return mentions;
}
