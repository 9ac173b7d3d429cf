/** The real-page suite's own checks fail when they should: ranges inside words or off the dictionary, changed markup, live connections. */
import { describe, expect, test } from 'vitest';
import { firstDifference, isCspReport, paintedRangeProblems } from '../../e2e/real/checks';
import { defuseConnections } from '../../e2e/real/pages';

const range = (text: string, before = ' ', after = ' ', highlight = 'backstory-person') => ({
  highlight,
  text,
  before,
  after,
});

describe('paintedRangeProblems', () => {
  test.each([
    ['an alias between spaces', range('Vladimir Putin')],
    ['an alias with a possessive', range('Vladimir Putin’s')],
    ['an alias at the edges of its text node', range('Mr. Putin', '', '')],
    ['an alias before punctuation', range('Vladimir Putin', '(', ',')],
  ])('accepts %s', (_what, painted) => {
    expect(paintedRangeProblems([painted])).toEqual([]);
  });

  test.each([
    ['a letter before it', range('Vladimir Putin', 'x'), 'starts inside a word'],
    ['a digit after it', range('Vladimir Putin', ' ', '2'), 'ends inside a word'],
    ['a text that is no alias', range('Vladimir Pu'), 'is no alias of a backstory-person'],
    ['an alias under another type', range('Vladimir Putin', ' ', ' ', 'backstory-place'), 'is no alias'],
  ])('flags %s', (_what, painted, problem) => {
    expect(paintedRangeProblems([painted]).join('\n')).toContain(problem);
  });
});

describe('firstDifference', () => {
  test('is null for equal markup and says where unequal markup parts', () => {
    expect(firstDifference('<p>a</p>', '<p>a</p>')).toBeNull();
    expect(firstDifference('<p>a</p>', '<p>b</p>')).toMatch(/^at 3 of 8/);
  });
});

describe('defuseConnections', () => {
  test('renames frame sources and connection hints, and nothing else', () => {
    const html =
      '<link rel="preconnect" href="https://a.example"><link rel=dns-prefetch href="//b.example">' +
      '<iframe class="x" src="https://c.example/"></iframe><frame src=d.html><img src="e.png"><p>Putin</p>';
    const out = defuseConnections(html);
    expect(out).not.toMatch(/rel="?(preconnect|dns-prefetch)/);
    expect(out).not.toMatch(/<i?frame[^>]* src=/);
    expect(out).toContain('<img src="e.png"><p>Putin</p>');
  });
});

test('isCspReport knows Firefox and Chromium CSP messages from other errors', () => {
  expect(isCspReport('Content-Security-Policy: The page’s settings blocked …')).toBe(true);
  expect(isCspReport('Refused to load … Content Security Policy directive')).toBe(true);
  expect(isCspReport('TypeError: x is undefined')).toBe(false);
});
