import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { classifySender, topFrameUrl } from '../../../src/background/senders';
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

describe('topFrameUrl', () => {
  const moved = (frameId: number): Runtime.MessageSender => {
    const sender = contentSender(3, 'https://news.example/first', frameId);
    return {
      ...sender,
      tab: {
        ...sender.tab,
        index: 0,
        highlighted: false,
        active: true,
        pinned: false,
        incognito: false,
        url: 'https://news.example/second',
      },
    };
  };

  test.each<[string, Runtime.MessageSender, string | undefined]>([
    // The document's own address stays the one it loaded at; the tab's follows history.pushState.
    ['a top frame after pushState: the tab’s address', moved(0), 'https://news.example/second'],
    [
      'a top frame whose tab has no address (no host permission): the frame’s',
      contentSender(3, 'https://news.example/a'),
      'https://news.example/a',
    ],
    ['a subframe: none', moved(2), undefined],
  ])('%s', (_name, sender, expected) => {
    expect(topFrameUrl(sender)).toBe(expected);
  });
});
