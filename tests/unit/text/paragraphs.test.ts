import { describe, expect, test } from 'vitest';
import { splitParagraphs } from '../../../src/core/text/paragraphs';

describe('splitParagraphs', () => {
  test('splits on line breaks and drops blank lines', () => {
    expect(splitParagraphs('First.\n\n  Second.\nThird.\n')).toEqual(['First.', 'Second.', 'Third.']);
  });
});
