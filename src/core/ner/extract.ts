/**
 * The article engine: finds the people, places and organisations an article
 * names, with what it says about each (role, introducing sentence, mentions,
 * who it appears with). Pure: plain text in, plain data out.
 */
import { findMentions } from './candidates';
import { groupMentions, type Group } from './corefer';
import { fold, gazetteer, isDemonymLike } from './gazetteer';
import {
  CALENDAR_WORDS,
  COMMON_ACRONYMS,
  FUNCTION_WORDS,
  GROUP_NOUN,
  HONORIFICS,
  ORGANISATION_HEADS,
  PLACE_HEADS,
  TITLE_WORDS,
  inList,
} from './lexicon';
import { roleAt } from './roles';
import { readArticle, type Article } from './tokens';
import { COMPASS, isAcronym, knownPlace, type NameType } from './typing';

/** Where a name occurs in the text. */
export interface MentionSpan {
  start: number;
  end: number;
}

/** A person, place or organisation the article names, and what the article says about it. */
export interface ExtractedEntity {
  /** Its fullest form in the text, without title: "Vladimir Putin". */
  name: string;
  type: NameType;
  /** Other forms the text uses: "Putin", "Mr. Putin", "SCO". */
  aliases: string[];
  /** Forms that are a surname or short form, matched only after the full name. */
  shortForms: string[];
  /** Acronyms among the aliases. */
  acronyms: string[];
  mentions: MentionSpan[];
  /** The role the article gives it, when it gives one. */
  role?: string;
  /** The first sentence that names it (headlines skipped when a body sentence does). */
  introduction: string;
  /** Every sentence that names it, each once, in text order. */
  sentences: string[];
  /** Indexes, in the returned list, of the entities named in the same sentences, most shared first. */
  cooccurring: number[];
}

/** Whether a group can stand as an entity: not a demonym, date, title or common word, and not only weakly capitalised. */
function isEntity(g: Group, lowerWords: ReadonlySet<string>, capitalised: ReadonlySet<string>): boolean {
  const { demonyms, firstNames } = gazetteer();
  const name = fold(g.words.join(' '));
  if (!/\p{L}{2}/u.test(name.replace(/\./gu, ''))) return false;
  // "Page A22", "Route 66": a code, not a name.
  if (g.words.some((w) => /^\p{Lu}?\p{N}+$/u.test(w))) return false;
  if (demonyms.has(name) || demonyms.has(name.replace(/s$/u, '')) || isDemonymLike(name)) return false;
  // "US" is a country, although "us" is a function word.
  if (
    knownPlace(g.words) === undefined &&
    g.words.every(
      (w) =>
        inList(FUNCTION_WORDS, w) ||
        inList(CALENDAR_WORDS, w) ||
        inList(TITLE_WORDS, w) ||
        inList(HONORIFICS, w),
    )
  )
    return false;
  const isPlace = knownPlace(g.words) !== undefined;
  const word = g.words[0] ?? '';
  const isCaps = !/\p{Ll}/u.test(word);
  if (
    g.words.length === 1 &&
    !isPlace &&
    !isCaps &&
    lowerWords.has(word.toLowerCase()) &&
    g.clues.person === 0
  )
    return false;
  if (g.words.length === 1 && word.length > 6 && !/\p{Ll}/u.test(word) && !isPlace) return false;
  if (g.words.every((w) => inList(COMMON_ACRONYMS, w) || inList(COMMON_ACRONYMS, w.replace(/s$/u, ''))))
    return false;
  // "Co.", "Inc.": an abbreviated head alone.
  if (g.words.length === 1 && word.endsWith('.') && inList(ORGANISATION_HEADS, word)) return false;
  // "Analysis", "Memories": an everyday English word named once or twice, with no clue that it is a name.
  const isEveryday = gazetteer().commonWords.has(word.toLowerCase()) && !firstNames.has(fold(word));
  const hasClue = g.clues.person + g.clues.organisation + g.clues.speech > 0;
  const isInstitution = inList(ORGANISATION_HEADS, word);
  if (g.words.length === 1 && isEveryday && !isPlace && !isInstitution && !hasClue && g.mentions.length <= 2)
    return false;
  // "New Yorkers", "African-American": a place's people, or demonyms joined.
  if (knownPlace([name.replace(/ers?$/u, '')]) !== undefined && /ers?$/u.test(name)) return false;
  // "North African", "African-American": demonyms, with any compass point, name no one.
  if (
    g.words.some((w) => !COMPASS.test(w)) &&
    g.words.every((w) =>
      w.split('-').every((p) => COMPASS.test(p) || demonyms.has(fold(p)) || isDemonymLike(fold(p))),
    )
  )
    return false;
  if (g.words.every((w) => w.split('-').every((p) => inList(CALENDAR_WORDS, p)))) return false;
  // "the Republic", "East-West": a generic place word or compass points alone name nothing.
  if (
    g.words.length === 1 &&
    (inList(PLACE_HEADS, word) ||
      /^(?:republic|kingdom|empire|federation|emirate|république|royaume|república|reino)$/iu.test(word))
  )
    return false;
  if (g.words.every((w) => w.split('-').every((p) => /^(?:north|south|east|west)(?:ern)?$/iu.test(p))))
    return false;
  // "Islamic", "Arabic": an adjective alone, with no clue that it names anything.
  if (
    g.words.length === 1 &&
    /\p{Ll}ic$/u.test(word) &&
    !isPlace &&
    g.clues.organisation + g.clues.person === 0
  )
    return false;
  // "Muslims" beside "Muslim": the plural of a capitalised word the text also uses alone is a group of people.
  if (g.words.length === 1 && /[^s]s$/u.test(word) && capitalised.has(word.slice(0, -1))) return false;
  // "Keynesian", "Islamists", "New Yorkers": adjectives and group nouns made from names.
  const lastWord = g.words[g.words.length - 1] ?? '';
  if (
    g.words.length <= 2 &&
    GROUP_NOUN.test(lastWord) &&
    !isPlace &&
    !firstNames.has(fold(lastWord)) &&
    g.clues.person === 0
  )
    return false;
  // "Battle Against Winter": mostly words the text also writes in lower case, with nothing that marks a name.
  const { commonWords } = gazetteer();
  const common = g.words.filter(
    (w) => lowerWords.has(w.toLowerCase()) || commonWords.has(w.toLowerCase()),
  ).length;
  const marked =
    isPlace ||
    firstNames.has(fold(word)) ||
    g.clues.person > 0 ||
    COMPASS.test(word) ||
    g.words.some((w) => inList(ORGANISATION_HEADS, w) || inList(PLACE_HEADS, w));
  if (g.words.length > 1 && common * 2 > g.words.length && !marked) return false;
  const hasStrong = g.mentions.some((m) => !m.isWeak);
  // "Sale" in a headline: a place name that is also an everyday word needs a mention in the body.
  if (isPlace && !hasStrong && g.words.length === 1 && commonWords.has(word.toLowerCase())) return false;
  if (hasStrong || isPlace) return true;
  return g.words.length > 1 && (firstNames.has(fold(word)) || g.clues.person > 0 || g.clues.speech > 0);
}

function sentenceText(article: Article, index: number): string {
  const s = article.sentences[index];
  return s ? article.text.slice(s.start, s.end).replace(/\s+/gu, ' ').trim() : '';
}

/** A byline near the top ("By Jane Smith", or a line holding only a name): its author. */
function bylineSentences(article: Article): Set<number> {
  const out = new Set<number>();
  article.sentences.slice(0, 8).forEach((s, i) => {
    const line = article.text.slice(s.start, s.end);
    if (/^(?:By|by|BY|Par|Von|Por)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(line))
      out.add(i);
    else if (/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’-]+$/u.test(line) && !/[.!?]$/u.test(line))
      out.add(i);
  });
  return out;
}

/** Finds the people, places and organisations an article names. */
export function extractEntities(text: string): ExtractedEntity[] {
  const article = readArticle(text);
  const lowerWords = new Set(article.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  const bylines = bylineSentences(article);
  const capitalised = new Set(article.tokens.filter((t) => t.isCapitalised).map((t) => t.text));
  const isByline = (g: Group): boolean => g.mentions.some((m) => bylines.has(m.sentence));
  const groups = groupMentions(article, findMentions(article)).filter(
    (g) => isByline(g) || isEntity(g, lowerWords, capitalised),
  );
  // The byline's name is its author's.
  for (const g of groups) if (isByline(g) && g.words.length > 1) g.type = 'person';
  groups.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const bySentence = new Map<number, Set<number>>();
  groups.forEach((g, i) => {
    for (const m of g.mentions) {
      const set = bySentence.get(m.sentence) ?? new Set<number>();
      set.add(i);
      bySentence.set(m.sentence, set);
    }
  });
  return groups.map((g, i) => entityOf(article, g, i, bySentence, bylines));
}

function entityOf(
  article: Article,
  g: Group,
  index: number,
  bySentence: ReadonlyMap<number, ReadonlySet<number>>,
  bylines: ReadonlySet<number>,
): ExtractedEntity {
  const mentions = [...g.mentions].sort((a, b) => a.start - b.start);
  const full = mentions.filter((m) => m.words.length === g.words.length);
  const name =
    article.text.slice(full[0]?.start ?? 0, full[0]?.end ?? 0).replace(/\s+/gu, ' ') || g.words.join(' ');
  const nameWords = name.split(' ').length;
  // "de Souza" is a form of "Lucia de Souza"; "de Paris" or "la République" is no form of anything.
  const aliases = [...g.forms].filter(
    (f) => f !== name && (!/^\p{Ll}/u.test(f) || (g.type === 'person' && name.includes(` ${f}`))),
  );
  const acronyms = aliases.filter((a) => isAcronym([a]));
  // "Putin", "Mr. Putin": fewer name words than the full name, so matched only after it.
  const shortForms = aliases.filter(
    (a) => !acronyms.includes(a) && a.split(' ').filter((w) => !inList(HONORIFICS, w)).length < nameWords,
  );
  let role: string | undefined;
  if (g.type === 'person') {
    if (mentions.some((m) => bylines.has(m.sentence))) role = 'Author of the article';
    for (const m of mentions) role ??= roleAt(article, m);
  }
  const body = mentions.find((m) => !m.isWeak && !article.sentences[m.sentence]?.isHeading) ?? mentions[0];
  const shared = new Map<number, number>();
  for (const m of mentions)
    for (const other of bySentence.get(m.sentence) ?? [])
      if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
  const entity: ExtractedEntity = {
    name,
    type: g.type,
    aliases,
    shortForms,
    acronyms,
    mentions: mentions.map((m) => ({ start: m.start, end: m.end })),
    introduction: body ? sentenceText(article, body.sentence) : '',
    sentences: [...new Set(mentions.map((m) => sentenceText(article, m.sentence)))],
    cooccurring: [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([i]) => i),
  };
  if (role !== undefined) entity.role = role;
  return entity;
}
