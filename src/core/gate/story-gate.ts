/**
 * Whether a dictionary's story is what a page is about. A story's names are
 * painted only where it is the story: countries and capitals alone are named
 * on every news page, so they prove nothing; a person, an organisation, an
 * event or a project of the story, with another of its names, does.
 */

/** One mention as the gate sees it: which entity of which dictionary, and its type. */
export interface GateMention {
  readonly dictionaryId: string;
  readonly entityId: string;
  readonly type: string;
}

/**
 * The rule: the page names at least `minEntities` distinct entities of the
 * dictionary, and among them either one of a `specificTypes` type or
 * `minNonPlaces` that are not places.
 */
export interface GateRule {
  minEntities: number;
  minNonPlaces: number;
  /** Types specific to a story (a person, an event, a project): one of them, with another name, is enough. */
  specificTypes: readonly string[];
}

/** The rule Backstory uses, chosen over the real pages (README, "A story speaks only where it is the story"). */
export const STORY_GATE_RULE: Readonly<GateRule> = Object.freeze({
  minEntities: 2,
  minNonPlaces: 2,
  specificTypes: Object.freeze(['person', 'event', 'project']),
});

/**
 * The ids of the dictionaries whose story the page is about, given every
 * mention found on it; `always` (the article's own names) always speak.
 * `followed` are the reader's own stories (kept from articles they read):
 * one of their entities that is not a place is enough, since the reader
 * chose to follow that story and its people and organisations were drawn
 * from it, while a country alone still proves nothing.
 */
export function speakingDictionaries(
  mentions: Iterable<GateMention>,
  always: ReadonlySet<string> = new Set(),
  rule: GateRule = STORY_GATE_RULE,
  followed: ReadonlySet<string> = new Set(),
): Set<string> {
  const entities = new Map<string, Set<string>>();
  const nonPlaces = new Map<string, Set<string>>();
  const specific = new Set<string>();
  for (const m of mentions) {
    if (rule.specificTypes.includes(m.type)) specific.add(m.dictionaryId);
    let seen = entities.get(m.dictionaryId);
    if (seen === undefined) entities.set(m.dictionaryId, (seen = new Set()));
    seen.add(m.entityId);
    if (m.type !== 'place') {
      let other = nonPlaces.get(m.dictionaryId);
      if (other === undefined) nonPlaces.set(m.dictionaryId, (other = new Set()));
      other.add(m.entityId);
    }
  }
  const out = new Set(always);
  for (const [id, seen] of entities) {
    const nonPlace = nonPlaces.get(id)?.size ?? 0;
    const isAbout = specific.has(id) || nonPlace >= rule.minNonPlaces;
    if ((seen.size >= rule.minEntities && isAbout) || (followed.has(id) && nonPlace >= 1)) out.add(id);
  }
  return out;
}
