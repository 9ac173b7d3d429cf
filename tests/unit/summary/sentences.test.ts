import { describe, expect, test } from 'vitest';
import { splitParagraphs, splitSentences } from '../../../src/core/summary/sentences';

describe('splitSentences', () => {
  test.each([
    ['two plain sentences', 'The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
    ['a title abbreviation', 'Mr. Putin spoke. He left.', ['Mr. Putin spoke.', 'He left.']],
    [
      'a decimal',
      'More than 1.5 tons were seized. Few were.',
      ['More than 1.5 tons were seized.', 'Few were.'],
    ],
    [
      'a dotted acronym before a name',
      'Aid came from the U.S. and Europe. The U.S. Senate agreed.',
      ['Aid came from the U.S. and Europe.', 'The U.S. Senate agreed.'],
    ],
    [
      'a dotted acronym ending a sentence',
      'He moved to the U.S. The talks failed.',
      ['He moved to the U.S.', 'The talks failed.'],
    ],
    [
      'initials',
      'J. K. Rowling wrote it. George W. Bush read it.',
      ['J. K. Rowling wrote it.', 'George W. Bush read it.'],
    ],
    [
      'a question and an exclamation',
      'Why now? Because! Then silence.',
      ['Why now?', 'Because!', 'Then silence.'],
    ],
    [
      'a closing quote after the stop',
      '“It is time.” Mr. Putin said so. “Really?” he asked.',
      ['“It is time.”', 'Mr. Putin said so.', '“Really?” he asked.'],
    ],
    [
      'a lower-case continuation',
      'The plan, i.e. the treaty, failed.',
      ['The plan, i.e. the treaty, failed.'],
    ],
    ['a month abbreviation', 'It began on Nov. 25 in Dushanbe.', ['It began on Nov. 25 in Dushanbe.']],
    [
      'a lower-case word that looks like an abbreviation',
      'He sat. Then he spoke.',
      ['He sat.', 'Then he spoke.'],
    ],
    ['a list ending in etc.', 'Tea, coffee, etc. are served.', ['Tea, coffee, etc. are served.']],
    ['no final stop', 'A heading without a stop', ['A heading without a stop']],
    ['collapsed white space', '  One.\n\n  Two.  ', ['One.', 'Two.']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('splitParagraphs', () => {
  test('splits on line breaks and drops blank lines', () => {
    expect(splitParagraphs('First.\n\n  Second.\nThird.\n')).toEqual(['First.', 'Second.', 'Third.']);
  });
});
