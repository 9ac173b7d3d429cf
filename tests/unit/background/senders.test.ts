import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { classifySender } from '../../../src/background/senders';
import { contentSender, EXTENSION_BASE, EXTENSION_ID, popupSender } from './fakes';

describe('classifySender', () => {
  const classify = classifySender(EXTENSION_ID, EXTENSION_BASE);

  test.each<[string, Runtime.MessageSender, ReturnType<typeof classify>]>([
    ['the popup', popupSender, 'extension-page'],
    [
      'the popup opened in a tab',
      { ...popupSender, url: `${EXTENSION_BASE}popup.html?tab=4`, tab: contentSender(4).tab },
      'extension-page',
    ],
    ['the options page', { id: EXTENSION_ID, url: `${EXTENSION_BASE}options.html` }, 'extension-page'],
    ['a content script on https', contentSender(3), 'content'],
    ['a content script on http', contentSender(3, 'http://news.example/'), 'content'],
    ['another extension', { ...popupSender, id: 'someone-else' }, null],
    ['a page of another extension', { id: EXTENSION_ID, url: 'chrome-extension://other/popup.html' }, null],
    ['a sender with no tab and a web URL', { id: EXTENSION_ID, url: 'https://news.example/' }, null],
    ['a file:// page', contentSender(3, 'file:///home/me/page.html'), null],
    ['no URL at all', { id: EXTENSION_ID }, null],
  ])('%s', (_name, sender, expected) => {
    expect(classify(sender)).toBe(expected);
  });
});
