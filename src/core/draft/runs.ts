/**
 * Finds name-shaped stretches of an article: runs of capitalised words, cut
 * where a title ends ("Prime Minister | Vladimir Putin"), where an
 * organisation's name ends ("Foreign Ministry | Maksim Peshkov") and where a
 * country runs into a name ("Kazakhstan | Karim Masimov").
 */
import { gapBetween, type ArticleText, type Token } from './text';
import {
  FUNCTION_WORDS,
  NAME_ADJECTIVE,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  PLACE_SUFFIX,
  inList,
} from './lexicon';

/** A name-shaped stretch of one sentence, as found before any judging. */
export interface Span {
  tokens: Token[];
  /** A person title came right before it, inside the same capitalised run. */
  afterTitle: boolean;
  /** A line of its own holding only a name, as bylines do. */
  isByline?: boolean;
}

/** Capitalised words one after another, separated by whitespace only. */
function capitalisedRuns(article: ArticleText): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let previous: Token | undefined;
  for (const token of article.tokens) {
    const joins =
      previous !== undefined &&
      !previous.isPossessive &&
      previous.sentence === token.sentence &&
      /^\s+$/u.test(gapBetween(article.text, previous, token));
    const isNameWord = token.isCapitalised && !NAME_ADJECTIVE.test(token.text);
    if (!isNameWord || !joins) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (isNameWord) run.push(token);
    previous = token;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Cuts after each organisation head that has more words after it. */
function cutAfterOrganisations(run: Token[]): Token[][] {
  const parts: Token[][] = [];
  let part: Token[] = [];
  for (const token of run) {
    part.push(token);
    if (inList(ORGANISATION_HEADS, token.text) && part.length > 1) {
      parts.push(part);
      part = [];
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** Cuts a run at its last person title: what comes after is the person's name. */
function cutAfterTitle(part: Token[]): Span[] {
  let last = -1;
  part.forEach((token, i) => {
    if (inList(PERSON_TITLES, token.text)) last = i;
  });
  if (last < 0) return [{ tokens: part, afterTitle: false }];
  const name = part.slice(last + 1);
  return name.length > 0 ? [{ tokens: name, afterTitle: true }] : [];
}

/** Splits a leading country or acronym off a name it runs into: "Kazakhstan Karim Masimov", "EU Tajikistan". */
function cutLeadingPlace(span: Span): Span[] {
  const [first, ...rest] = span.tokens;
  const next = rest[0];
  const isPlaceBeforeName = first !== undefined && rest.length >= 2 && PLACE_SUFFIX.test(first.text);
  const last = span.tokens[span.tokens.length - 1];
  // "the EU Tajikistan was strong": an acronym runs into a country ("BBC News" stays one name).
  const isAcronymBeforePlace =
    first?.isAcronym === true &&
    next !== undefined &&
    PLACE_SUFFIX.test(next.text) &&
    !inList(ORGANISATION_HEADS, last?.text ?? '');
  if (first && (isPlaceBeforeName || isAcronymBeforePlace)) {
    return [
      { tokens: [first], afterTitle: false },
      { tokens: rest, afterTitle: span.afterTitle },
    ];
  }
  return [span];
}

/** A heading line that is a name alone, as bylines are: "Aleksandr Shustov", "By Ana Ribeiro". */
function bylineName(
  article: ArticleText,
  run: readonly Token[],
  words: readonly Token[],
): Token[] | undefined {
  const first = run[0];
  const sentence = article.sentences[first?.sentence ?? -1];
  if (!first || !sentence) return undefined;
  const name = words[0]?.text.toLowerCase() === 'by' ? words.slice(1) : [...words];
  const isWholeLine =
    words.length === run.length &&
    article.text.slice(first.start, run[run.length - 1]?.end) === sentence.text;
  return isWholeLine && name.length >= 2 && name.length <= 4 ? name : undefined;
}

/** Index of the first token of a run that is part of a name: leading function words ("The", "Apart") are not. */
function nameStart(run: readonly Token[]): number {
  let from = 0;
  while (
    from < run.length &&
    inList(FUNCTION_WORDS, run[from]?.text ?? '') &&
    !inList(PERSON_TITLES, run[from]?.text ?? '')
  )
    from += 1;
  return from;
}

/** Whether a run comes right after "<title> of" ("Minister of Infrastructure Miguel Costa"): its first word ends the title. */
function followsTitleOf(
  article: ArticleText,
  index: ReadonlyMap<Token, number>,
  run: readonly Token[],
): boolean {
  const at = index.get(run[0] as Token) ?? 0;
  const of = article.tokens[at - 1];
  const title = article.tokens[at - 2];
  return (
    of !== undefined &&
    title !== undefined &&
    /^(?:of|for)$/u.test(of.text) &&
    inList(PERSON_TITLES, title.text)
  );
}

/** Every name-shaped span of the article, in text order; headings count only when they are bylines. */
export function findSpans(article: ArticleText): Span[] {
  const spans: Span[] = [];
  const index = new Map(article.tokens.map((t, i) => [t, i]));
  const bySentence = new Map<number, Token[]>();
  for (const token of article.tokens)
    bySentence.set(token.sentence, [...(bySentence.get(token.sentence) ?? []), token]);
  for (const run of capitalisedRuns(article)) {
    if (article.sentences[run[0]?.sentence ?? -1]?.isHeading) {
      const name = bylineName(article, run, bySentence.get(run[0]?.sentence ?? -1) ?? []);
      if (name) spans.push({ tokens: name, afterTitle: false, isByline: true });
      continue;
    }
    const tokens = run.slice(nameStart(run));
    // The rest of a title: "Minister of | Infrastructure | Miguel Costa" (the place case is cut below).
    const isTitleTail =
      tokens.length >= 3 &&
      followsTitleOf(article, index, run) &&
      !PLACE_SUFFIX.test(tokens[0]?.text ?? '') &&
      !tokens.some((t) => inList(PERSON_TITLES, t.text));
    if (isTitleTail) {
      spans.push({ tokens: tokens.slice(0, 1), afterTitle: false });
      spans.push({ tokens: tokens.slice(1), afterTitle: true });
      continue;
    }
    for (const part of cutAfterOrganisations(tokens)) {
      const isOrganisation = inList(ORGANISATION_HEADS, part[part.length - 1]?.text ?? '');
      const spansOfPart = isOrganisation ? [{ tokens: part, afterTitle: false }] : cutAfterTitle(part);
      for (const span of spansOfPart) spans.push(...cutLeadingPlace(span));
    }
  }
  return spans;
}
