/**
 * The one sentence splitter, one row a hard case: abbreviations and titles,
 * initials, dotted acronyms, numbers, quotes, ellipses and bare line breaks.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  endsWithTerminal,
  sentenceAt,
  sentenceTexts,
  splitSentences,
} from '../../../src/core/text/sentences';

describe('splitSentences', () => {
  test.each([
    // The rows of the summary's former splitter, kept as they were.
    ['two plain sentences', 'The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
    [
      'initials',
      'J. K. Rowling wrote it. George W. Bush read it.',
      ['J. K. Rowling wrote it.', 'George W. Bush read it.'],
    ],
    [
      'a closing quote after the stop',
      '“It is time.” Mr. Putin said so. “Really?” he asked.',
      ['“It is time.”', 'Mr. Putin said so.', '“Really?” he asked.'],
    ],
    // Titles and abbreviations before a name never end a sentence.
    ['a governor', 'He met Gov. Newsom. They talked.', ['He met Gov. Newsom.', 'They talked.']],
    ['a title abbreviation', 'Mr. Putin spoke. He left.', ['Mr. Putin spoke.', 'He left.']],
    [
      'many titles',
      'Mr. and Mrs. Smith met Ms. Lee and Dr. Jones. Sen. Warren and Rep. Cole spoke.',
      ['Mr. and Mrs. Smith met Ms. Lee and Dr. Jones.', 'Sen. Warren and Rep. Cole spoke.'],
    ],
    [
      'military and academic titles',
      'Sgt. Pepper, Lt. Dan, Col. Mustard, Capt. Kirk, Gen. Lee and Prof. Plum came. All left.',
      ['Sgt. Pepper, Lt. Dan, Col. Mustard, Capt. Kirk, Gen. Lee and Prof. Plum came.', 'All left.'],
    ],
    [
      'saint and mount',
      'St. Petersburg is cold. Mt. Everest is high.',
      ['St. Petersburg is cold.', 'Mt. Everest is high.'],
    ],
    [
      '"vs." before a name',
      'Smith vs. Jones was heard. It ended.',
      ['Smith vs. Jones was heard.', 'It ended.'],
    ],
    [
      '"e.g." and "i.e."',
      'Use a verb, e.g. run, or a noun, i.e. a name. E.g. Paris is one.',
      ['Use a verb, e.g. run, or a noun, i.e. a name.', 'E.g. Paris is one.'],
    ],
    [
      'a lower-case continuation',
      'The plan, i.e. the treaty, failed.',
      ['The plan, i.e. the treaty, failed.'],
    ],
    // Abbreviations that may close a sentence: the next word decides.
    ['a company name going on', 'Apple Inc. Chief Tim Cook spoke.', ['Apple Inc. Chief Tim Cook spoke.']],
    [
      'a company name ending',
      'He works at Apple Inc. The firm grew.',
      ['He works at Apple Inc.', 'The firm grew.'],
    ],
    [
      'companies mid-sentence',
      'Acme Ltd. and Foo Co. merged with Bar Corp. last year.',
      ['Acme Ltd. and Foo Co. merged with Bar Corp. last year.'],
    ],
    [
      'a name suffix ending',
      'He met Martin Luther King Jr. He was moved.',
      ['He met Martin Luther King Jr.', 'He was moved.'],
    ],
    ['a name suffix going on', 'Sammy Davis Jr. sang.', ['Sammy Davis Jr. sang.']],
    ['a list ending in etc.', 'Tea, coffee, etc. are served.', ['Tea, coffee, etc. are served.']],
    [
      'etc. ending a sentence',
      'Tea, coffee, etc. The list goes on.',
      ['Tea, coffee, etc.', 'The list goes on.'],
    ],
    [
      'et al.',
      'Smith et al. (2020) found it. They were right.',
      ['Smith et al. (2020) found it.', 'They were right.'],
    ],
    // Months and numbered things keep their stop before a number.
    ['a month before a day', 'It began on Nov. 25 in Dushanbe.', ['It began on Nov. 25 in Dushanbe.']],
    [
      'a month after a number',
      'Talks resume Jan. 5. Feb. 12 is the deadline.',
      ['Talks resume Jan. 5.', 'Feb. 12 is the deadline.'],
    ],
    ['a name spelled like a month', 'I met Jan. She was late.', ['I met Jan.', 'She was late.']],
    ['"No." before a number', 'He lives at No. 10 and works.', ['He lives at No. 10 and works.']],
    ['"No." as a word', 'He said No. Then he left.', ['He said No.', 'Then he left.']],
    // Initials.
    ['a middle initial', 'John F. Kennedy was shot. He died.', ['John F. Kennedy was shot.', 'He died.']],
    [
      'several initials',
      'J. R. R. Tolkien wrote it. J. K. Rowling read it.',
      ['J. R. R. Tolkien wrote it.', 'J. K. Rowling read it.'],
    ],
    ['an initial like a word', 'Jonathan A. Smith came. He sat.', ['Jonathan A. Smith came.', 'He sat.']],
    ['an initial like an abbreviation', 'P. G. Wodehouse wrote.', ['P. G. Wodehouse wrote.']],
    [
      'an initial like "I"',
      'George W. Bush and Louis I. Kahn met.',
      ['George W. Bush and Louis I. Kahn met.'],
    ],
    [
      'a letter ending a sentence',
      'He chose Plan B. The rest failed.',
      ['He chose Plan B.', 'The rest failed.'],
    ],
    // Dotted acronyms: a sentence ends on "U.S." only before a common sentence opener.
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
      'before a preposition',
      'He flew to the U.K. In London he rested.',
      ['He flew to the U.K.', 'In London he rested.'],
    ],
    [
      'before a quote',
      'She spoke at the U.N. “It was hard,” she said.',
      ['She spoke at the U.N.', '“It was hard,” she said.'],
    ],
    ['before a name', 'The U.N. Security Council met.', ['The U.N. Security Council met.']],
    [
      'a time ending a sentence',
      'It ended at 5 p.m. The talks resume.',
      ['It ended at 5 p.m.', 'The talks resume.'],
    ],
    ['a time before a day', 'It ended at 5 p.m. Friday.', ['It ended at 5 p.m. Friday.']],
    ['a degree', 'She has a Ph.D. in law.', ['She has a Ph.D. in law.']],
    // Numbers.
    [
      'a decimal',
      'More than 1.5 tons were seized. Few were.',
      ['More than 1.5 tons were seized.', 'Few were.'],
    ],
    [
      'a thousands separator',
      'It sold 1.000 units. Then 3.5 more.',
      ['It sold 1.000 units.', 'Then 3.5 more.'],
    ],
    [
      'a year ending a sentence',
      'The year was 2005. 2006 was worse.',
      ['The year was 2005.', '2006 was worse.'],
    ],
    // Quotes and brackets after the terminal.
    ['a closing quote', '“It is time.” Mr. Putin said so.', ['“It is time.”', 'Mr. Putin said so.']],
    ['a straight quote', '"We won." He smiled.', ['"We won."', 'He smiled.']],
    ['a question going on', '“Really?” she asked. He nodded.', ['“Really?” she asked.', 'He nodded.']],
    ['a full stop going on', 'He said “no.” and left.', ['He said “no.” and left.']],
    ['a closing bracket', '(See above.) Then he left.', ['(See above.)', 'Then he left.']],
    ['French quotes', '« Oui. » Il est parti.', ['« Oui. »', 'Il est parti.']],
    // Ellipses, exclamation and question marks.
    ['an ellipsis character', 'He paused… Then he left.', ['He paused…', 'Then he left.']],
    ['three dots going on', 'He paused... then went on.', ['He paused... then went on.']],
    ['three dots ending', 'Wait... What happened?', ['Wait...', 'What happened?']],
    [
      'a question and an exclamation',
      'Why now? Because! Then silence.',
      ['Why now?', 'Because!', 'Then silence.'],
    ],
    ['stacked marks', 'Why?! Because.', ['Why?!', 'Because.']],
    ['a stray mark', 'Lute asked. . Then he left.', ['Lute asked. .', 'Then he left.']],
    ['a spaced question mark', 'Quoi ? Il est parti.', ['Quoi ?', 'Il est parti.']],
    ['a trailing ellipsis', 'Whole Foods, whole paycheck. …', ['Whole Foods, whole paycheck. …']],
    // Line breaks without punctuation.
    [
      'a headline line',
      'Putin visits Dushanbe\nThe prime minister arrived.',
      ['Putin visits Dushanbe', 'The prime minister arrived.'],
    ],
    [
      'byline and dateline',
      'By John Smith\n25 November 2010\nThe talks began.',
      ['By John Smith', '25 November 2010', 'The talks began.'],
    ],
    ['a blank line', 'One paragraph ends\n\nanother starts', ['One paragraph ends', 'another starts']],
    ['a blank line after a title', 'He met Gov.\n\nNewsom came.', ['He met Gov.', 'Newsom came.']],
    ['a wrapped line', 'A long line that wraps,\nAnd goes on.', ['A long line that wraps,\nAnd goes on.']],
    [
      'a lower-case next line',
      'The meeting\nwith leaders went well.',
      ['The meeting\nwith leaders went well.'],
    ],
    ['Windows line breaks', 'One\r\n\r\nTwo', ['One', 'Two']],
    // French titles.
    ['French titles', 'M. Macron a parlé. Mme Lagarde aussi.', ['M. Macron a parlé.', 'Mme Lagarde aussi.']],
    [
      'French titles with a stop',
      'Mme. Dupont, Mlle. Roux et Dr. Martin sont venus.',
      ['Mme. Dupont, Mlle. Roux et Dr. Martin sont venus.'],
    ],
    // White space and edges.
    [
      'a lower-case word that looks like an abbreviation',
      'He sat. Then he spoke.',
      ['He sat.', 'Then he spoke.'],
    ],
    ['no final stop', 'A heading without a stop', ['A heading without a stop']],
    ['collapsed white space', '  One.\n\n  Two.  ', ['One.', 'Two.']],
    ['nothing', ' \n\t ', []],
  ])('%s', (_name, text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });

  test('gives offsets, end exclusive, without the white space around', () => {
    expect(splitSentences('  One.  Two. ')).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 12 },
    ]);
  });
});

// Fragments that meet the hard cases, so that random text hits them often.
const fragment = fc.constantFrom(
  'Mr.',
  'U.S.',
  'e.g.',
  'A.',
  'Nov.',
  '3.5',
  'The',
  'he',
  'said',
  '.',
  '!',
  '?',
  '…',
  '...',
  '"',
  '“',
  '”',
  '(',
  ')',
  '«',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2029',
  'é',
  '東京',
);
const anyText = fc.oneof(
  fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('splitSentences on any text', () => {
  test('spans are ordered, disjoint, in bounds and trimmed, and only white space lies outside them', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = splitSentences(text);
        let outside = '';
        let cursor = 0;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(cursor);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          const sentence = text.slice(start, end);
          expect(sentence.trim()).toBe(sentence);
          outside += text.slice(cursor, start);
          cursor = end;
        }
        outside += text.slice(cursor);
        expect(outside.trim()).toBe('');
      }),
    );
  });

  test('sentenceAt finds the span of every offset inside one, and -1 between them', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = splitSentences(text);
        for (let offset = 0; offset < text.length; offset += 1) {
          const index = sentenceAt(spans, offset);
          const holder = spans.findIndex((s) => s.start <= offset && offset < s.end);
          expect(index).toBe(holder);
        }
      }),
    );
  });
});

describe('endsWithTerminal', () => {
  test.each([
    ['It ended.', true],
    ['Why?” ', true],
    ['He paused…', true],
    ['(See above.)', true],
    ['Putin visits Dushanbe', false],
    ['A list:', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(endsWithTerminal(text)).toBe(expected);
  });
});
