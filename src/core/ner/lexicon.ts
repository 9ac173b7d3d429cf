/**
 * General English (and a few French, German, Spanish) words about names:
 * titles, organisation and place heads, joiners, cue verbs. Facts about how
 * names are written, nothing about any one article; places and given names
 * come from the generated gazetteer instead.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter(Boolean));

/** Capitalised only because they start a sentence or a heading; never a name on their own. */
export const FUNCTION_WORDS = words(`
  a an the and but or nor if when while though although however because since as at by for from in into
  of on onto to with without within after before during until unless upon via per than about above below
  he she it they we you i me him us them his her its their our my your this that these those there here
  who whom whose which what where why how no not now then also yet still so thus even just only once
  every each all any some both either neither many much more most other such one two three four five six
  seven eight nine ten first last next yes let meanwhile moreover furthermore besides instead indeed
  everyone everybody nobody someone somebody something nothing everything anyone anything today yesterday
  tomorrow tonight is are was were be been has have had do does did will would can could should may might
  must shall said says told asked added photo photos image images video related read more advertisement
  le la les un une des du et en au aux dans pour par sur avec sans mais ou il elle ils elles nous vous
  der die das ein eine und oder mit von zu im am y por para
`);

/** Months and weekdays: capitalised, but dates. */
export const CALENDAR_WORDS = words(`
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday christmas easter
  janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi
  jeudi vendredi samedi dimanche januar februar märz juni juli oktober dezember montag dienstag mittwoch
  donnerstag freitag samstag sonntag enero febrero marzo abril mayo junio julio agosto septiembre octubre
  noviembre diciembre lunes martes miércoles jueves viernes sábado domingo
`);

/** Honorifics: the capitalised words after them name a person. */
export const HONORIFICS = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof. m. mme mme. mlle mlle. herr frau sr. sra.
  señor señora don doña monsieur madame rev rev. fr. father sister brother sheikh
`);

/** Words of a person's title, split off a name and kept as its role: "Prime Minister", "Attorney-General". */
export const TITLE_WORDS = words(`
  president vice prime minister deputy first secretary chancellor premier chairman chairwoman chair
  director chief general gen. admiral adm. colonel col. commander major maj. captain capt. lieutenant lt.
  sergeant sgt. corporal private ambassador envoy governor gov. mayor senator sen. congressman
  congresswoman representative rep. king queen prince princess emir sultan pope cardinal bishop
  archbishop rabbi imam patriarch judge justice professor spokesman spokeswoman spokesperson foreign
  interior defence defense finance affairs external home treasury health education labor labour
  attorney solicitor auditor inspector detective officer executive ceo founder co-founder leader
  speaker whip minority majority opposition former acting interim late elect state commissioner
  superintendent coach manager editor anchor reporter correspondent columnist president-elect
  senior junior assistant associate head supreme federal national
  sheriff deputy constable marshal kanzler bundeskanzler kanzlerin präsident präsidentin ministre président présidente premier ministra ministro presidente
`);

/** Lower-case nouns that, just before a name, make it a person's: "the Tajik leader Emomali Rahmon". */
export const PERSON_ROLE_NOUNS = words(`
  leader chief analyst expert counterpart diplomat director head official spokesman spokeswoman
  spokesperson minister president premier envoy ambassador commander general adviser advisor aide
  journalist correspondent author writer economist historian professor researcher scholar activist
  lawyer attorney judge candidate opponent rival founder chairman chairwoman secretary governor mayor
  deputy colleague successor predecessor owner manager executive analyst fisherman resident student
  teacher worker engineer scientist doctor nurse officer spokesman singer actress actor player coach
  director producer editor reporter photographer columnist senator congressman representative agent
  investor entrepreneur wife husband son daughter mother father brother sister friend partner victim
  suspect witness co-founder ceo president-elect
`);

/** Last words of an organisation's name ("Foundation", "Ministry", "Times"). */
export const ORGANISATION_HEADS = words(`
  organization organisation ministry service services foundation department agency committee council
  union bank party army navy forces force institute institution university college school commission
  office bureau corporation company co co. corp corp. inc inc. ltd ltd. llc plc group association
  federation alliance league fund court parliament assembly congress senate government administration
  directorate authority police guard centre center academy society movement front coalition network
  times post news herald journal tribune telegraph guardian gazette magazine press media television
  radio records studios laboratories labs club team brotherhood reserve board trust church research
  hospital airlines airways motors market markets stores systems technologies international partners capital holdings
  brigade regiment command corps cabinet commune parti ministère ministerio partido house
`);

/** Last words of a place's name: facilities, features, streets ("Bardo National Museum", "Bering Sea"). */
export const PLACE_HEADS = words(`
  museum embassy consulate tower bridge park square street st. avenue ave road boulevard lane airport
  station stadium arena palace cathedral mosque temple hotel island islands isles sea ocean river lake
  mountain mountains mount valley bay gulf strait passage locks terminal beach coast peninsula desert
  canal harbor harbour port county province region district borough village city heights hills
  falls plaza mall memorial monument cemetery prison side
`);

/** Lower-case joiners that stay inside a person's name: "Bill de Blasio", "Ludwig van Beethoven". */
export const NAME_PARTICLES = words(
  'de du des da di del della der den van von ter la le los las al el bin ibn bint ben y e dos das zu',
);

/** Lower-case words that stay inside an organisation's or place's name between capitals. */
export const NAME_CONNECTORS = words('of for on and the a & de du des la le del di');

/** Lower-case nouns after a name that make it an organisation's: "Con Edison officials", "Apple shares". */
export const ORGANISATION_FOLLOWERS = words(
  'officials executives employees staff shares stock stockholders shareholders headquarters spokesman spokeswoman spokesperson board customers subscribers users stores',
);

/** Verbs after a name that say a person (or organisation) speaks: "Smith said". */
export const SPEECH_VERBS = words(
  'said says told tells added adds wrote writes explained asked argued noted recalled insisted contributed reported',
);

/** Prepositions that put the name after them in a place: "in Dushanbe", "from Cairo". */
export const PLACE_PREPOSITIONS = words('in from near outside across throughout toward towards via into to');

/** Hyphenated adjectives made from a name: "Seattle-based", "Facebook-specific". They end a name. */
export const NAME_ADJECTIVE = /-\p{Ll}+$/u;

/** Party and group words after a name that say what a person belongs to: "a Virginia Democrat". */
export const AFFILIATIONS = words(
  'democrat democrats republican republicans conservative conservatives liberal liberals labour tory tories',
);

/** Acronyms of everyday things and units, never an entity: "TV", "CEO", "PM". */
export const COMMON_ACRONYMS = words(
  'tv id pm am pt et est gmt utc ceo cfo coo cto gdp dna ok pr hr ai faq pdf url usb gps vip mp dj nb ps hd uv lol omg diy cpu gpu ram os api sdk pc',
);

/** Endings of adjectives and group nouns made from names: "Keynesian", "Islamists", "New Yorkers". */
export const GROUP_NOUN = /(?:ian|ean|ians|eans|ists?|ites|ese|ans)$/u;

/** Whether a word, lower-cased and with any trailing dot, is in a list. */
export function inList(list: ReadonlySet<string>, word: string): boolean {
  const lower = word.toLowerCase();
  return list.has(lower) || (lower.endsWith('.') && list.has(lower.slice(0, -1)));
}
