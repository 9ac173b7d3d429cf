/**
 * Temporary adapter with the signature of the project's one sentence splitter
 * (src/core/text, being written on branch issue-text): replace this file by
 * an import of `splitSentences` from there once that branch is merged.
 */

/** A sentence's offsets in the text it was cut from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Abbreviations and initials whose dot does not end a sentence.
const KEEPS_DOT =
  /(?:^|[\s(“"])(?:(?:\p{Lu}\.)*\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Prof|Sen|Rep|Gov|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|etc|M|Mme|Mlle)\.$/u;
const SENTENCE_END = /[.!?…]+["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;

/** Cuts a text into sentences; a line break always ends one (headlines, bylines, captions). */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/u.test(text.charAt(start))) start += 1;
    while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
    if (end > start) out.push({ start, end });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    for (const m of line.matchAll(SENTENCE_END)) {
      const cut = m.index + m[0].length;
      if (KEEPS_DOT.test(line.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
      push(lineStart + from, lineStart + cut);
      from = cut;
    }
    push(lineStart + from, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return out;
}
