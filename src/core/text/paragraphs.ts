/**
 * Paragraphs of extracted article text: Readability's text puts one paragraph
 * a line, so every line break separates two.
 */

/** Splits plain text into paragraphs: blank lines separate them, and so do single line breaks. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
