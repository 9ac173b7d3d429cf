/**
 * Which alias texts are too broad to be names: empty, punctuation only, a
 * single letter, a number alone, English stop words. Shared by the validator
 * and by the import feature, which checks aliases a user types.
 */
import { foldedAliasText } from './normalise';

// Function words of English news prose; an alias made only of them would paint half a page.
const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
    'my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves us also may might must shall one two three mr mrs ms dr ' +
    "it's i'm he's she's that's there's they're we're you're don't doesn't didn't isn't wasn't won't can't"
  ).split(' '),
);

/** Whether the text holds any letter or digit at all. */
function hasWordCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Whether an alias is written as an acronym ("US", "EU"): two or more capitals, nothing lower-case. */
function isCapitalised(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Why an alias would match almost anywhere, or undefined when it would not.
 * A case-sensitive acronym in capitals ("US") is allowed although its
 * lower-case form is a stop word: it never matches "us".
 */
export function overBroadAliasReason(text: string, caseSensitive: boolean): string | undefined {
  const normal = foldedAliasText(text);
  const letters = normal.replace(/[^\p{L}\p{N}]/gu, '');
  if (/^\p{L}$/u.test(letters)) return `"${text}" is a single letter and would match almost anywhere`;
  if (/^\p{N}+$/u.test(letters)) return `"${text}" is a number alone and would match almost anywhere`;
  const words = normal.split(/[\s\-–—]+/).map((w) => w.replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, ''));
  const allStopWords = words.every((w) => w === '' || STOP_WORDS.has(w));
  if (allStopWords && !(caseSensitive && isCapitalised(text))) {
    const what =
      words.filter((w) => w !== '').length > 1 ? 'only English stop words' : 'an English stop word';
    return `"${text}" is ${what} and would match almost anywhere`;
  }
  return undefined;
}

/** Why an alias text cannot be used (empty, punctuation only, or over-broad), or undefined when it can. */
export function aliasTextProblem(text: string, caseSensitive: boolean): string | undefined {
  if (text.trim() === '') return 'alias must not be empty';
  if (!hasWordCharacter(text)) return `alias "${text}" is only punctuation`;
  const broad = overBroadAliasReason(text, caseSensitive);
  return broad === undefined ? undefined : `alias ${broad}`;
}
