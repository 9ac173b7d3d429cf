/**
 * The extractive summariser: picks the three to five sentences of an article
 * that best carry it, and returns them in the article's own order. Pure and
 * deterministic; the popup runs it on what Readability extracted.
 */
import { splitParagraphs } from '../text/paragraphs';
import { sentenceTexts } from '../text/sentences';
import { isBoilerplate, isSummarySentence } from './boilerplate';
import { centrality } from './centrality';
import { contentWords } from './words';

/** What the summariser reads. */
export interface SummaryInput {
  title: string;
  /** Plain text; line breaks separate paragraphs. */
  text: string;
}

/** What else the summariser may weigh. */
export interface SummaryOptions {
  /** Names the reader's dictionaries know (aliases as written); sentences naming them rank higher. */
  entityNames?: readonly string[];
}

/** A summary, or why there is none. */
export type SummaryResult = { kind: 'summary'; sentences: string[] } | { kind: 'too-short' };

interface Candidate {
  text: string;
  order: number;
  words: string[];
  /** Which paragraph it belongs to. */
  paragraph: number;
  /** Whether it opens its paragraph: writers put a paragraph's point first. */
  isLead: boolean;
}

// Cue words (Edmundson 1969): in news, what someone said, urged or decided is what the story is.
const CUE =
  /\b(?:said|says|urged|urges|called for|warned|announced|declared|decided|agreed|refused|declined|rejected|demanded|according to)\b/i;

// A number with what it counts ("30 tons", "20%", "3,000 militants") is the stuff of news; a bare year less so.
const QUANTITY =
  /\d[\d,.]*\s*(?:%|per ?cent|percent|(?:thousand|million|billion|trillion|tons?|tonnes?|kg|kilo(?:gram)?s?|km|miles?|people|dollars|euros|pounds|\p{L}+s)\b)/iu;

const NAMES_ENOUGH = 2;

// Centrality compares every pair of sentences; past this many, a page is a book or a
// comment thread, and its opening sentences are the ones a summary draws on.
const MAX_CANDIDATES = 400;

/** Fewest sentences a summary has; an article with fewer usable sentences is not summarised. */
export const MIN_SENTENCES = 3;
const MAX_SENTENCES = 5;
// How much a sentence loses for the words it shares with one already chosen: favours coverage.
const OVERLAP_PENALTY = 0.5;
// How much it loses for coming from the same paragraph as one already chosen.
const SAME_PARAGRAPH_PENALTY = 0.15;

function candidatesOf(text: string): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const [paragraphIndex, paragraph] of splitParagraphs(text).entries()) {
    if (isBoilerplate(paragraph)) continue;
    for (const [index, raw] of sentenceTexts(paragraph).entries()) {
      // Runs of white space read as one space; citation marks ("[40]", "[citation needed]")
      // are apparatus, not words of the sentence.
      const sentence = raw
        .replace(/\s+/g, ' ')
        .replace(/\s*\[(?:\d+|[a-z]|citation needed)\](?!\p{L})/gu, '');
      // Pages often repeat their text (teasers, print copies): a sentence counts once.
      const key = sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
      if (candidates.length === MAX_CANDIDATES) return candidates;
      if (seen.has(key) || !isSummarySentence(sentence)) continue;
      seen.add(key);
      candidates.push({
        text: sentence,
        order: candidates.length,
        words: contentWords(sentence),
        paragraph: paragraphIndex,
        isLead: index === 0,
      });
    }
  }
  return candidates;
}

function namePatterns(names: readonly string[]): RegExp[] {
  const unique = [...new Set(names.filter((n) => n.trim().length > 1))];
  return unique.map(
    (name) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
  );
}

function normalise(values: number[]): number[] {
  const max = Math.max(...values, 0);
  return max > 0 ? values.map((v) => v / max) : values.map(() => 0);
}

/** How many sentences an article of `n` usable sentences gets. */
function summaryLength(n: number): number {
  if (n < 12) return Math.min(n, MIN_SENTENCES);
  return n < 30 ? 4 : MAX_SENTENCES;
}

/** Share of two sentences' words they have in common (Jaccard). */
function overlap(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  const shared = [...setA].filter((w) => setB.has(w)).length;
  const union = setA.size + setB.size - shared;
  return union > 0 ? shared / union : 0;
}

/**
 * Picks `wanted` sentences by maximal marginal relevance: each next pick is
 * the best score less what it repeats of the picks so far, in words and in
 * paragraphs, so the summary covers the whole article instead of restating
 * its most central point.
 */
function pickDiverse(
  candidates: readonly Candidate[],
  scores: readonly number[],
  wanted: number,
): Candidate[] {
  const chosen: Candidate[] = [];
  const left = new Set(candidates.keys());
  while (chosen.length < wanted && left.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      const c = candidates[i];
      if (!c) continue;
      const repeat = Math.max(0, ...chosen.map((other) => overlap(c.words, other.words)));
      const crowded = chosen.some((other) => other.paragraph === c.paragraph);
      const value = (scores[i] ?? 0) - OVERLAP_PENALTY * repeat - (crowded ? SAME_PARAGRAPH_PENALTY : 0);
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    const pick = candidates[best];
    if (!pick) break;
    chosen.push(pick);
    left.delete(best);
  }
  return chosen;
}

/** Summarises an article in three to five of its own sentences, in their original order. */
export function summarise(article: SummaryInput, options: SummaryOptions = {}): SummaryResult {
  const candidates = candidatesOf(article.text);
  const n = candidates.length;
  if (n < MIN_SENTENCES) return { kind: 'too-short' };

  const central = normalise(centrality(candidates.map((c) => c.words)));
  const patterns = namePatterns(options.entityNames ?? []);
  // Naming someone the reader may look up matters; naming ten of them in a list is no better than two.
  const named = candidates.map(
    (c) => Math.min(NAMES_ENOUGH, patterns.filter((p) => p.test(c.text)).length) / NAMES_ENOUGH,
  );
  const titleWords = new Set(contentWords(article.title));
  const titled = normalise(candidates.map((c) => c.words.filter((w) => titleWords.has(w)).length));

  const scores = candidates.map((c, i) => {
    // News puts what matters first, yet analysis ends on its conclusion: the opening sentence
    // counts most, the rest decays gently and the close keeps half.
    const position = c.order === 0 ? 1 : 0.5 + 0.4 * (1 - c.order / n);
    return (
      0.5 * (central[i] ?? 0) +
      0.1 * position +
      0.15 * (named[i] ?? 0) +
      0.1 * (titled[i] ?? 0) +
      0.05 * (c.isLead ? 1 : 0) +
      0.1 * (QUANTITY.test(c.text) ? 1 : 0) +
      0.05 * (CUE.test(c.text) ? 1 : 0)
    );
  });

  const chosen = pickDiverse(candidates, scores, summaryLength(n));
  return { kind: 'summary', sentences: chosen.sort((a, b) => a.order - b.order).map((c) => c.text) };
}
