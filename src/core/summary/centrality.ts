/**
 * TextRank-style centrality: sentences are nodes, shared words are weighted
 * edges, and a sentence that many others echo scores high (Mihalcea & Tarau
 * 2004). Edges are TF-IDF cosines over the article's own sentences, so words
 * every sentence uses ("Russian" in a story about Russia) weigh little and a
 * distinct thread (seizures, a summit) can still stand out.
 */

const DAMPING = 0.85;
const ITERATIONS = 40;

type Vector = Map<string, number>;

function tfidfVectors(words: readonly (readonly string[])[]): Vector[] {
  const documentFrequency = new Map<string, number>();
  for (const sentence of words) {
    for (const word of new Set(sentence)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const n = words.length;
  return words.map((sentence) => {
    const vector: Vector = new Map();
    for (const word of sentence) {
      const idf = Math.log((1 + n) / (1 + (documentFrequency.get(word) ?? 0))) + 1;
      vector.set(word, (vector.get(word) ?? 0) + idf);
    }
    return vector;
  });
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

function dot(a: Vector, b: Vector): number {
  // Iterate the shorter vector: sentences are short, lookups are the cost.
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [word, weight] of small) sum += weight * (large.get(word) ?? 0);
  return sum;
}

/** The centrality of each sentence, given each one's content words; scores sum to about 1. */
export function centrality(words: readonly (readonly string[])[]): number[] {
  const n = words.length;
  if (n === 0) return [];
  const vectors = tfidfVectors(words);
  const norms = vectors.map(norm);
  const weights = vectors.map((a, i) =>
    vectors.map((b, j) => {
      const denominator = (norms[i] ?? 0) * (norms[j] ?? 0);
      return i === j || denominator === 0 ? 0 : dot(a, b) / denominator;
    }),
  );
  const outSums = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let scores = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    scores = scores.map((_, i) => {
      let incoming = 0;
      for (let j = 0; j < n; j += 1) {
        const out = outSums[j] ?? 0;
        if (out > 0) incoming += ((weights[j]?.[i] ?? 0) / out) * (scores[j] ?? 0);
      }
      return (1 - DAMPING) / n + DAMPING * incoming;
    });
  }
  return scores;
}
