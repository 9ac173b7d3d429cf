/**
 * The article engine: finds the people, places and organisations an article
 * names, with what it says about each (role, introducing sentence, mentions,
 * who it appears with). Pure: plain text in, plain data out.
 */
import { findMentions } from './candidates';
import { isEntity } from './entity-filter';
import { groupMentions, type Group } from './corefer';
import { HONORIFICS, inList } from './lexicon';
import { roleAt } from './roles';
import { readArticle, type Article } from './tokens';
import { isAcronym, type NameType } from './typing';

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
  /** Indexes, in the returned list, of the entities named in the same sentences, most shared first (at most 12). */
  cooccurring: number[];
}

/**
 * Each sentence's text, whitespace folded, made once on first use: entities
 * share sentences, and a page with thousands of names in one long run of text
 * would otherwise copy that run once per name (quadratic on such pages).
 */
function sentenceTexts(article: Article): (index: number) => string {
  const made = new Map<number, string>();
  return (index) => {
    let text = made.get(index);
    if (text === undefined) {
      const s = article.sentences[index];
      text = s ? article.text.slice(s.start, s.end).replace(/\s+/gu, ' ').trim() : '';
      made.set(index, text);
    }
    return text;
  };
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
  const bylines = bylineSentences(article);
  const isByline = (g: Group): boolean => g.mentions.some((m) => bylines.has(m.sentence));
  const groups = groupMentions(article, findMentions(article)).filter(
    (g) => isByline(g) || isEntity(article, g),
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
  const sentenceText = sentenceTexts(article);
  return groups.map((g, i) => entityOf(article, g, i, { bySentence, bylines, sentenceText }));
}

/** Past this many distinct names, a sentence says nothing of who appears with whom. */
const MAX_NAMES_IN_A_SENTENCE = 24;
/** Who an entity appears with: the most shared first, this many at most (a card shows a few). */
const MAX_COOCCURRING = 12;

/** What every entity's description reads from the article as a whole. */
interface ArticleIndex {
  bySentence: ReadonlyMap<number, ReadonlySet<number>>;
  bylines: ReadonlySet<number>;
  sentenceText: (index: number) => string;
}

function entityOf(
  article: Article,
  g: Group,
  index: number,
  { bySentence, bylines, sentenceText }: ArticleIndex,
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
    // The role is read where the article introduces the name: its first mentions.
    for (const m of mentions.slice(0, 12)) role ??= roleAt(article, m);
  }
  const body = mentions.find((m) => !m.isWeak && !article.sentences[m.sentence]?.isHeading) ?? mentions[0];
  const shared = new Map<number, number>();
  for (const m of mentions) {
    const named = bySentence.get(m.sentence);
    // A "sentence" naming dozens of entities is a list or a run of tags, not a
    // statement that they appear together; counting it would also be quadratic.
    if (named === undefined || named.size > MAX_NAMES_IN_A_SENTENCE) continue;
    for (const other of named) if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const entity: ExtractedEntity = {
    name,
    type: g.type,
    aliases,
    shortForms,
    acronyms,
    mentions: mentions.map((m) => ({ start: m.start, end: m.end })),
    introduction: body ? sentenceText(body.sentence) : '',
    // Each sentence's text once, however often the entity is named in it.
    sentences: [...new Set(mentions.map((m) => m.sentence))].map(sentenceText),
    cooccurring: [...shared]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_COOCCURRING)
      .map(([i]) => i),
  };
  if (role !== undefined) entity.role = role;
  return entity;
}
