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

/**
 * Cuts a text into sentences. A line break ends one (headlines, bylines, captions) unless the
 * paragraph is hard-wrapped: a long line without end punctuation, followed by an indented line of text
 * (a list of lines without punctuation is not indented).
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/u.test(text.charAt(start))) start += 1;
    while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
    if (end > start) out.push({ start, end });
  };
  const cut = (from: number, to: number): void => {
    const block = text.slice(from, to);
    let last = 0;
    for (const m of block.matchAll(SENTENCE_END)) {
      const end = m.index + m[0].length;
      if (KEEPS_DOT.test(block.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
      push(from + last, from + end);
      last = end;
    }
    push(from + last, to);
  };
  const lines = text.split('\n');
  let blockStart = 0;
  let offset = 0;
  lines.forEach((line, i) => {
    const end = offset + line.length;
    const next = lines[i + 1];
    const isWrapped =
      line.trim().length > 50 &&
      !/[.!?:;"”’)]\s*$/u.test(line) &&
      next !== undefined &&
      /^[ \t]+\p{L}/u.test(next);
    if (!isWrapped) {
      cut(blockStart, end);
      blockStart = end + 1;
    }
    offset = end + 1;
  });
  return out;
}
