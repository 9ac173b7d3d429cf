// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { formatStoryDate } from '../../../src/popup/dates';
import { parseQuery } from '../../../src/popup/load';
import { unsupportedReason } from '../../../src/popup/page-support';

const STORES = ['chromewebstore.google.com', 'addons.mozilla.org'];

describe('unsupportedReason', () => {
  test.each([
    ['https://news.example/story', null],
    ['http://news.example/', null],
    ['chrome://settings/', 'browser-page'],
    ['about:newtab', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://news.example/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://news.example/report.PDF', 'pdf'],
    ['file:///home/me/page.html', 'file'],
    ['data:text/html,hello', 'not-web'],
    ['ftp://files.example/', 'not-web'],
    ['not a url', 'not-web'],
  ])('%s: %s', (url, reason) => {
    expect(unsupportedReason(url, STORES)).toBe(reason);
  });
});

describe('parseQuery', () => {
  test.each([
    ['', { tabId: null, entityId: null, dictionaryId: null }],
    ['?tab=12', { tabId: 12, entityId: null, dictionaryId: null }],
    [
      '?tab=12&entity=dushanbe&dictionary=backstory',
      { tabId: 12, entityId: 'dushanbe', dictionaryId: 'backstory' },
    ],
    ['?tab=-1', { tabId: null, entityId: null, dictionaryId: null }],
    ['?tab=3x', { tabId: null, entityId: null, dictionaryId: null }],
  ])('%s', (search, expected) => {
    expect(parseQuery(search)).toEqual(expected);
  });
});

describe('formatStoryDate', () => {
  test.each([
    ['2005', '2005'],
    ['2010-06', 'June 2010'],
    ['2010-11-25', '25 November 2010'],
    ['1990/1999', '1990–1999'],
    ['sometime', 'sometime'],
  ])('%s reads "%s"', (iso, expected) => {
    expect(formatStoryDate(iso, 'en-GB')).toBe(expected);
  });
});
