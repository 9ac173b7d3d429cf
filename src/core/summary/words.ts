/**
 * Word handling for the summariser: content words of a sentence, lower case,
 * lightly stemmed, so that "seized" and "seizures" or "guard" and "guards"
 * count as the same word when sentences are compared.
 */

/** Common English words that say nothing about what a sentence is about. */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had ' +
    'has have having he her here hers herself him himself his how i if in into is it its itself just ' +
    'me more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
    'said same says she should so some such than that the their theirs them themselves then there these ' +
    'they this those through to too under until up very was we were what when where which while who ' +
    'whom why will with would you your yours yourself yourselves one two also may might must shall ' +
    'however since per via yet us well even still whether already'
  ).split(' '),
);

/** Strips the commonest English suffixes; crude, but enough to match word forms within one article. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const [suffix, keep] of [
    ['ies', 'y'],
    ['ures', ''],
    ['ure', ''],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return word.slice(0, -suffix.length) + keep;
    }
  }
  return word;
}

/** The content words of a sentence: lower case, stemmed, without stop words or numbers. */
export function contentWords(sentence: string): string[] {
  const words = sentence.toLowerCase().match(/\p{L}[\p{L}'’]*/gu) ?? [];
  return words
    .map((w) => w.replace(/['’]s?$/, ''))
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(stem);
}

/** Number of words in a sentence, counting numbers. */
export function wordCount(sentence: string): number {
  return (sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;
}
