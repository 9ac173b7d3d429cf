import { describe, expect, test } from 'vitest';
import { isBoilerplate, isSummarySentence } from '../../../src/core/summary/boilerplate';

describe('isBoilerplate', () => {
  test.each([
    '© Photo: Public domain',
    'Photo by Jane Doe/Getty Images',
    'Caption: The summit hall in Dushanbe.',
    'Share this article on Twitter and Facebook.',
    'Sign up for our daily newsletter.',
    'The views of individual contributors do not necessarily represent those of the Strategic Culture Foundation.',
    "Editor's note: this story has been updated.",
    'By Aleksandr Shustov',
    'Home > World > Asia > Tajikistan',
    '^ "mozilla.org Announces Launch of the Mozilla Foundation".',
    'Archived from the original on 2015-04-02.',
  ])('furniture: %s', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  test.each([
    'By that time the Russian frontier guards had seized 30 tons of drugs, including more than 11 tons of heroin.',
    'Addressing the summit, Mr. Putin urged the SCO members to boost anti-drug campaigns.',
    'The Russian troops stationed in Tajikistan until the summer of 2005.',
  ])('story: %s', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe('isSummarySentence', () => {
  test.each([
    ['too short', 'It seems so.', false],
    ['no closing punctuation (a heading)', 'Russian Presence on the Tajik Border and Beyond It', false],
    ['a menu of capitalised words', 'Home World Business Sport Culture Travel Weather Video.', false],
    ['furniture', 'Subscribe to our newsletter for the latest news every day.', false],
    ['a sentence of the story', 'Tajikistan is cautious about the return of Russian border guards.', true],
    [
      'a quoted statement',
      '“This is the decision of a sovereign state”, the director said after the summit.',
      true,
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(isSummarySentence(sentence)).toBe(expected);
  });
});
