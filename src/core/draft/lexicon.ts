/**
 * The small word lists the drafting heuristics lean on: English function
 * words, titles, organisation heads. General English, nothing about any one
 * story, so the drafter works on any article.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter(Boolean));

/** Capitalised only because they start a sentence or a heading; never a name on their own. */
export const FUNCTION_WORDS = words(`
  a an the and but or nor if when while though although however because since as at by for from in into
  of on onto to with without within after before during until unless apart following addressing according
  he she it they we you i his her its their our my your this that these those there here who whom whose which
  what where why how no not now then also yet still so thus even just only once every each all any some
  both either neither many much more most other such one two three four five first last next
  mr mrs ms dr sir madam yes nor let meanwhile moreover furthermore besides instead indeed statistics
  everyone everybody nobody someone somebody something nothing everything anyone anything today yesterday
  tomorrow tonight people officials critics analysts experts observers sources reports
`);

/** Months and weekdays: capitalised, but dates, not entities. */
export const CALENDAR_WORDS = words(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Words that make the capitalised name after them a person ("President", "Mr."). */
export const PERSON_TITLES = words(`
  mr mr. mrs mrs. ms ms. dr dr. sir lord lady president vice prime minister deputy first secretary
  chancellor premier chairman chairwoman chair director chief general admiral colonel commander
  ambassador envoy governor mayor senator congressman congresswoman representative king queen prince
  princess sheikh emir sultan pope cardinal bishop archbishop patriarch judge justice professor
  spokesman spokeswoman spokesperson foreign interior defence defense finance affairs state external
  home economy trade energy justice ceo cfo coo cto founder co-founder
`);

/** Lower-case nouns that, just before a name, say it is a person: "the Tajik leader Emomali Rahmon". */
export const PERSON_ROLE_NOUNS = words(`
  leader chief analyst expert counterpart diplomat director head official spokesman spokeswoman
  spokesperson minister president premier envoy ambassador commander general adviser advisor aide
  journalist correspondent author writer economist historian professor researcher scholar activist
  lawyer judge candidate opponent rival founder chairman chairwoman secretary governor mayor deputy
  colleague successor predecessor
`);

/** Last words of an organisation's name ("Foundation", "Ministry"). */
export const ORGANISATION_HEADS = words(`
  organization organisation ministry service foundation department agency committee council union
  bank party army navy forces institute university commission office bureau corporation company
  group association federation alliance league fund court parliament assembly congress senate
  government administration directorate authority police guard centre center academy society
  movement front coalition network
`);

/** Lower-case nouns after a capitalised name that make name and noun one entity: "Rogun project". */
export const LOWER_HEADS: Readonly<Record<string, string>> = {
  department: 'organisation',
  ministry: 'organisation',
  committee: 'organisation',
  project: 'project',
  summit: 'event',
};

/** Words that put a capitalised word after them in a place: "in Dushanbe", "to Russia". */
export const PLACE_PREPOSITIONS = words('in to from via across into near throughout towards toward for');

/** Acronyms that name a job, a unit or a thing, never an entity of the story. */
export const COMMON_ACRONYMS = words(
  'CEO CFO COO CTO CIO MP PM AM TV GDP DNA PR HR IT AI ID OK FAQ PDF URL USB GPS',
);

/** Well-known country abbreviations, the only acronyms that are places rather than organisations. */
export const COUNTRY_ACRONYMS = words('US USA UK UAE DPRK PRC ROK');

/** Endings of country and region names: Tajikistan, Mongolia. */
export const PLACE_SUFFIX = /(?:stan|ia)$/u;

/** Hyphenated adjectives made from a name: "Seattle-based", "Amazon-owned". They end a name, not start one. */
export const NAME_ADJECTIVE = /-(?:based|owned|led|backed|born|made|run|funded|controlled|style|era)$/iu;

/** Whether a lower-cased word is in a list, ignoring a trailing dot. */
export function inList(list: ReadonlySet<string>, word: string): boolean {
  const lower = word.toLowerCase();
  return list.has(lower) || list.has(lower.replace(/\.$/u, ''));
}
