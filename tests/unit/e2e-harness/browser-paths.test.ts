import { describe, expect, test } from 'vitest';
import { chromiumPath } from '../../e2e/harness/chromium';
import { firefoxPath } from '../../e2e/harness/firefox';

describe('a missing browser', () => {
  test('fails the Chromium launch with the command that installs it', () => {
    expect(() => chromiumPath(['/nonexistent/chromium'])).toThrow(
      'Chromium not found at /nonexistent/chromium: apt-get install chromium firefox-esr',
    );
  });

  test('fails the Firefox launch with the command that installs it', () => {
    expect(() => firefoxPath('/nonexistent/firefox-esr')).toThrow(
      'Firefox not found at /nonexistent/firefox-esr: apt-get install chromium firefox-esr',
    );
  });

  test('is not reported when the first candidate is missing but a later one exists', () => {
    expect(chromiumPath(['/nonexistent/chromium', process.execPath])).toBe(process.execPath);
  });
});
