/**
 * The dictionary format: what Backstory knows about the entities of a story.
 *
 * This file is the TypeScript face of `assets/dictionary/dictionary.schema.json`;
 * the two are kept in step by a test that runs the schema against the fixtures
 * the validator accepts and refuses. Every field is plain text unless it says
 * otherwise: dictionaries can be imported by users, so they are untrusted.
 */

/** The entity types Backstory styles out of the box; the schema allows any kebab-case type. */
export const KNOWN_ENTITY_TYPES = ['person', 'place', 'organisation', 'event', 'project'] as const;

/** A kebab-case entity type such as `person`; unknown types are painted with a neutral style. */
export type EntityType = (typeof KNOWN_ENTITY_TYPES)[number] | (string & {});

/**
 * When an alias counts as a mention.
 * - `standalone`: wherever it occurs (a full name, "Dushanbe", "SCO").
 * - `after-full-name`: only once a `standalone` alias of the same entity (or
 *   of an entity in the alias's `context`) has occurred earlier on the same
 *   page (a bare surname such as "Ivanov").
 */
export type AliasMatch = 'standalone' | 'after-full-name';

/**
 * How an alias that several entities share is resolved. Only allowed when every
 * entity that lists the alias marks it `ambiguous` with the same resolution.
 * - `most-recent`: the entity whose `standalone` alias occurred most recently
 *   before this point on the page; no mention when none has.
 */
export interface AliasAmbiguity {
  resolve: 'most-recent';
}

/** One way a text can name the entity. */
export interface Alias {
  /** The words as written, e.g. "Mr. Putin". Possessives ("Putin's") are matched automatically. */
  text: string;
  match: AliasMatch;
  /** Acronyms are case-sensitive so that "SCO" never matches "sco" or "Sco". */
  caseSensitive: boolean;
  /** Whether "Rahmon" also matches "Rahmōn": diacritics folded on both sides. Default false. */
  foldDiacritics?: boolean;
  /** Set when another entity lists the same alias. */
  ambiguous?: AliasAmbiguity;
  /**
   * Ids of other entities in the same dictionary whose introduction also lets
   * this `after-full-name` alias count: "civil war" after "Tajikistan". Only
   * allowed with `match: 'after-full-name'` and without `ambiguous`; non-empty,
   * no repeats, never the entity itself.
   */
  context?: string[];
}

/** A person, place, organisation, event or project the story names. */
export interface Entity {
  /** Stable kebab-case id, unique within the dictionary, e.g. `vladimir-putin`. */
  id: string;
  type: EntityType;
  /** Canonical name, e.g. "Vladimir Putin". */
  name: string;
  aliases: Alias[];
  /** The part it plays in the story, dated: "Prime Minister of Russia (2008–2012)". */
  role: string;
  /**
   * One to three neutral sentences of well-established background. The one
   * field that may carry inline markup (`<em>`, `<strong>`, `<cite>` only);
   * renderers pass it through DOMPurify with that allowlist.
   */
  background: string;
  /** Sentences of the source article that mention it, verbatim. */
  quotes: string[];
  /** Ids of related entities in the same dictionary. */
  related: string[];
}

/** A dated event that the source article reports. */
export interface TimelineEntry {
  /**
   * ISO date or partial date as precise as the article is: "2005", "2010-06", "2010-11-25";
   * or an ISO interval of two for a span the article names: "2002/2004", "2010-01/2010-09".
   */
  date: string;
  /** What happened, in the dictionary author's words. */
  event: string;
  /** The article sentence the entry rests on, verbatim. */
  source: string;
}

/** A number the article states, with the sentence it comes from. */
export interface KeyFigure {
  /** The figure exactly as the article writes it, e.g. "30,000". */
  figure: string;
  /** What it counts. */
  label: string;
  /** The article sentence, verbatim. */
  source: string;
}

/** The article a dictionary is drawn from, and the dossier on its story. */
export interface Story {
  title: string;
  author: string;
  publisher: string;
  /** ISO date of publication, e.g. "2010-11-29". */
  published: string;
  /** Where the publisher is based, e.g. "Moscow". */
  place: string;
  /** How a quote from the article is attributed in the UI: "Strategic Culture Foundation, 29 Nov 2010". */
  attribution: string;
  /** Three to five points summarising the article, in the dictionary author's words. */
  summary: string[];
  timeline: TimelineEntry[];
  figures: KeyFigure[];
}

/** What one kept article says of one entity of a reader's story. */
export interface KeptSaying {
  entityId: string;
  /** The sentence that introduces it in that article, verbatim. */
  sentence: string;
  /** The role as that article gives it, when it gives one. */
  role?: string;
}

/**
 * An article a reader kept into a story of theirs ("Keep these names"): where
 * it was read and what it says of each entity. What the article says, not
 * checked background.
 */
export interface KeptArticle {
  title: string;
  /** The address it was read at (http or https). */
  url: string;
  /** The site's name, when the page says it. */
  site?: string;
  /** The publication date as the page writes it, when it says one. */
  published?: string;
  /** When it was kept: an ISO date-time such as "2026-12-06T05:42:00.000Z". */
  keptAt: string;
  says: KeptSaying[];
}

/** A whole dictionary: the unit users import, enable and export. */
export interface Dictionary {
  /** Format version; this code reads version 1. */
  schemaVersion: 1;
  /** Kebab-case id, unique among installed dictionaries. */
  id: string;
  /** Human name shown in the options page. */
  name: string;
  /** The source article, when the dictionary is drawn from one. */
  story?: Story;
  entities: Entity[];
  /**
   * Set on a reader's own story (drawn from the articles they kept): each
   * kept article, oldest first. Its entities may leave `role` and
   * `background` empty, since nobody wrote them; the card shows what the
   * articles say instead.
   */
  kept?: KeptArticle[];
}

/** What a page needs of a dictionary to paint its names: ids and types, no texts (a `Dictionary` is one). */
export interface DictionaryIndex {
  id: string;
  entities: readonly Pick<Entity, 'id' | 'type'>[];
  /** Set when it is a reader's own story (it has `kept`): the story gate asks less of it. */
  followed?: true;
}
