/**
 * Joins the mentions that name one thing: the same words; a surname, "Mr. X"
 * or a given name alone with the full name; an acronym with its expansion
 * ("Shanghai Cooperation Organization (SCO)", or its initials); a short form
 * of an organisation or place with its full name ("Stanford" → "Stanford University").
 */
import type { Mention } from './candidates';
import { cluesOf, type Clues } from './evidence';
import { fold, gazetteer } from './gazetteer';
import { NAME_PARTICLES, ORGANISATION_HEADS, PLACE_HEADS, inList } from './lexicon';
import type { Article } from './tokens';
import { typeByCoordination } from './coordination';
import { bestType, isAcronym, knownPlace, typeScores, type NameType } from './typing';

/** Mentions that name one thing, with the clues gathered over them. */
export interface Group {
  words: string[];
  mentions: Mention[];
  /** Surface forms of the name in the text: "Vladimir Putin", "Mr. Putin", "Putin", "SCO". */
  forms: Set<string>;
  clues: Clues;
  type: NameType;
  /** Set when this group was merged into another. */
  into?: Group;
}

// "Snopes.com" and "Snopes" share a key; dots never tell names apart ("U.S.", "US").
const keyOf = (words: readonly string[]): string =>
  fold(words.join(' '))
    .replace(/\.(?:com|org|net)$/u, '')
    .replace(/\./gu, '');

function addClues(a: Clues, b: Clues): void {
  a.person += b.person;
  a.place += b.place;
  a.speech += b.speech;
  a.organisation += b.organisation;
  a.acronym ??= b.acronym;
}

function retype(g: Group, isCommon: (word: string) => boolean): void {
  g.type = bestType(typeScores(g.words, g.clues, g.mentions.length, isCommon));
}

function merge(from: Group, into: Group): void {
  if (from === into || from.into) return;
  // One by one: spreading a long text's mentions as arguments could overflow the stack.
  for (const m of from.mentions) into.mentions.push(m);
  for (const f of from.forms) into.forms.add(f);
  addClues(into.clues, from.clues);
  from.into = into;
}

/** Surface text of a mention, with its honorific ("Mr. McHugh") as a second form. */
function formsOf(article: Article, m: Mention): string[] {
  const plain = article.text.slice(m.start, m.end).replace(/\s+/gu, ' ');
  const forms = [plain];
  if (m.honorific !== undefined) forms.push(`${m.honorific} ${plain}`);
  // "de Blasio": a lower-case particle right before a lone surname belongs to it.
  const before = article.tokens[m.first - 1];
  if (
    m.words.length === 1 &&
    before &&
    inList(NAME_PARTICLES, before.text) &&
    /^\s$/u.test(article.text.slice(before.end, m.start))
  )
    forms.push(`${before.text} ${plain}`);
  // "CIS department", "Vulture magazine": a lower-case head after the name is a second form of it.
  const after = article.tokens[m.last + 1];
  if (
    after &&
    /^\p{Ll}/u.test(after.text) &&
    inList(ORGANISATION_HEADS, after.text) &&
    /^\s$/u.test(article.text.slice(m.end, after.start))
  )
    forms.push(`${plain} ${after.text}`);
  return forms;
}

/** Whether a group's name ends with an organisation's or a place's head word. */
function endsInHead(g: Group): boolean {
  const last = g.words[g.words.length - 1] ?? '';
  return g.words.length > 1 && (inList(ORGANISATION_HEADS, last) || inList(PLACE_HEADS, last));
}

/** A name's words with an organisation's head put last: "Department of Defense" → "defense department". */
function invertedKey(words: readonly string[]): string {
  const [head, of, ...rest] = words;
  if (head !== undefined && of === 'of' && rest.length > 0 && inList(ORGANISATION_HEADS, head))
    return keyOf([...rest, head]);
  return keyOf(words);
}

function initials(words: readonly string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

/** Groups the mentions, joins the short forms to their full names and types every group. */
export function groupMentions(article: Article, mentions: readonly Mention[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const m of mentions) {
    const key = keyOf(m.words);
    let g = byKey.get(key);
    if (!g) {
      g = {
        words: m.words,
        mentions: [],
        forms: new Set(),
        clues: { person: 0, place: 0, organisation: 0, speech: 0 },
        type: 'organisation',
      };
      byKey.set(key, g);
    }
    g.mentions.push(m);
    for (const f of formsOf(article, m)) g.forms.add(f);
    addClues(g.clues, cluesOf(article, m));
  }
  const groups = [...byKey.values()];
  const { lowerWords } = article;
  const { commonWords } = gazetteer();
  const isCommon = (w: string): boolean =>
    lowerWords.has(w.toLowerCase()) || commonWords.has(w.toLowerCase());
  groups.forEach((g) => {
    retype(g, isCommon);
  });
  // An acronym defined in brackets joins its expansion.
  for (const g of groups) {
    const acronym = g.clues.acronym;
    const a = acronym === undefined ? undefined : byKey.get(keyOf([acronym]));
    if (a && a !== g && !g.into) merge(a, g);
  }
  // "Defense Department" and "Department of Defense": one organisation, head first or last.
  const byInverted = new Map<string, Group>();
  for (const g of groups) {
    const key = invertedKey(g.words);
    const other = byInverted.get(key);
    if (other && other !== g) merge(g, other);
    else byInverted.set(key, g);
  }
  // An acronym made of a multi-word name's initials joins it ("NATO", "N.Y.C.").
  const byInitials = new Map<string, Group[]>();
  for (const o of groups)
    if (o.words.length > 2 && o.type !== 'person' && !o.into) {
      const key = initials(o.words);
      const list = byInitials.get(key);
      if (list === undefined) byInitials.set(key, [o]);
      else list.push(o);
    }
  for (const g of groups.filter((x) => !x.into && isAcronym(x.words))) {
    const owners = byInitials.get((g.words[0] ?? '').replace(/\./gu, '')) ?? [];
    if (owners.length === 1 && owners[0] && !owners[0].into) merge(g, owners[0]);
  }
  // "U.S.", "America", "United States": one country.
  const byCountry = new Map<string, Group>();
  for (const g of groups) {
    const country = g.into || g.clues.person > 0 ? undefined : knownPlace(g.words);
    if (country === undefined || !gazetteer().demonymsOf.has(country)) continue;
    const first = byCountry.get(country);
    if (first) merge(g, first);
    else byCountry.set(country, g);
  }
  joinShortForms(groups);
  const live = groups.filter((g) => !g.into);
  live.forEach((g) => {
    retype(g, isCommon);
  });
  // "Yahoo Japan", "Yahoo Finance": a name that starts with an organisation's one-word name is the organisation's.
  // Only an organisation the text gives evidence for ("Yahoo shareholders"), or names often.
  const orgWords = new Set(
    live
      .filter(
        (g) =>
          g.words.length === 1 &&
          g.type === 'organisation' &&
          (g.clues.organisation > 0 || g.mentions.length > 2),
      )
      .map((g) => keyOf(g.words)),
  );
  for (const g of live)
    if (
      g.words.length > 1 &&
      g.type === 'person' &&
      g.clues.person === 0 &&
      orgWords.has(keyOf(g.words.slice(0, 1)))
    )
      g.type = 'organisation';
  typeByCoordination(article, live);
  return live;
}

/** Joins surnames, given names and short organisation names to the one full name they can mean. */
function joinShortForms(groups: Group[]): void {
  // Full names indexed by their first and last words (one to three), so that each short form is one look-up.
  const index = (list: Group[], part: (g: Group, n: number) => string[]): Map<string, Group[]> => {
    const map = new Map<string, Group[]>();
    for (const g of list)
      for (let n = 1; n <= Math.min(3, g.words.length - 1); n += 1) {
        const key = keyOf(part(g, n));
        // Pushed, not copied: a key many names share ("The") would make copying quadratic.
        const list = map.get(key);
        if (list === undefined) map.set(key, [g]);
        else list.push(g);
      }
    return map;
  };
  const people = groups.filter((g) => !g.into && g.type === 'person' && g.words.length > 1);
  const full = groups.filter((g) => !g.into && endsInHead(g));
  const surnames = index(people, (g, n) => g.words.slice(-n));
  const givenNames = index(people, (g) => g.words.slice(0, 1));
  const prefixes = index(full, (g, n) => g.words.slice(0, n));
  const suffixes = index(full, (g, n) => g.words.slice(-n));
  for (const g of groups) {
    const key = keyOf(g.words);
    // "Russian" is no short form of "Russian Foreign Ministry".
    if (g.into || g.words.length > 3 || gazetteer().demonyms.has(key)) continue;
    const bySurname = (surnames.get(key) ?? []).filter((p) => p !== g);
    // "Lupita" after "Lupita Nyong'o": only a word the lexicon knows as a given name.
    // "Lupita" after "Lupita Nyong'o": the first word of a full name typed a person's.
    const byGiven = g.words.length === 1 ? (givenNames.get(key) ?? []).filter((p) => p !== g) : [];
    // "New" is no short form of "New York Times": an everyday word never is.
    const isEveryday = g.words.length === 1 && gazetteer().commonWords.has(key);
    const byPrefix = isEveryday
      ? []
      : (prefixes.get(key) ?? []).filter((p) => p !== g && p.words.length > g.words.length);
    // "Tax Policy Center" after "Urban-Brookings Tax Policy Center": an organisation's last words.
    // "Congress" after "US Congress": a country's name before an institution's.
    const isCountryOf = (p: Group): boolean =>
      knownPlace(p.words.slice(0, -g.words.length)) !== undefined ||
      gazetteer().demonyms.has(fold(p.words.slice(0, -g.words.length).join(' ')));
    const bySuffix = (suffixes.get(key) ?? []).filter(
      (p) => p !== g && p.words.length > g.words.length && (g.words.length > 1 || isCountryOf(p)),
    );
    const target = [bySurname, byGiven, byPrefix, bySuffix].find((list) => list.length > 0);
    // A short form several full names share goes to the first one named; the dictionary marks it ambiguous.
    const first = target?.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))[0];
    // A known place joins only a place's full name ("New York" → "New York City", not "Washington Post").
    const isKnownPlace = knownPlace(g.words) !== undefined;
    const isCity = /^city$/iu.test(first?.words[first.words.length - 1] ?? '');
    if (first && (!isKnownPlace || (byPrefix.includes(first) && first.type === 'place' && isCity)))
      merge(g, first);
    else if (first && bySurname.length > 0 && g.clues.person > 0) merge(g, first);
  }
}
