import { expect, test } from 'vitest';
import { siteFromInput } from '../../../src/options/site-input';

test.each([
  ['example.com', 'example.com'],
  ['  WWW.Example.COM  ', 'example.com'],
  ['https://www.bbc.co.uk/news/world-12345', 'bbc.co.uk'],
  ['http://localhost:8080/page', 'localhost'],
  ['news.example.org/section?x=1', 'news.example.org'],
  ['example.com:8443', 'example.com'],
  ['example.com.', 'example.com'],
  ['bücher.de', 'bücher.de'],
])('%j is the site %j', (input, site) => {
  expect(siteFromInput(input)).toBe(site);
});

test.each(['', '   ', 'hello world', 'example', '-bad-.com', 'javascript:alert(1)', 'https://', 'a..b.com'])(
  '%j is no site',
  (input) => {
    expect(siteFromInput(input)).toBeUndefined();
  },
);
