// @vitest-environment jsdom
/** "Keep these names" in the popup: shown on article pages, the choice of story, and every answer said plainly. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Dictionary } from '../../../src/core/dictionary/types';
import type { KeepResult } from '../../../src/shared/messages';
import { createKeepControl } from '../../../src/popup/keep-view';
import { DICTIONARY, loadPopupHtml, model, t } from './fixtures';

const ARTICLE: Dictionary = { schemaVersion: 1, id: 'article', name: 'Strike', entities: [] };
const STORY: Dictionary = {
  schemaVersion: 1,
  id: 'story-strike',
  name: 'Harbour strike',
  entities: [],
  kept: [],
};

function setup(answer: KeepResult | Error) {
  loadPopupHtml();
  const container = document.querySelector<HTMLElement>('#keep');
  if (container === null) throw new Error('popup.html lacks #keep');
  const keepArticle = vi.fn<(tabId: number, url: string, storyId: string | null) => Promise<KeepResult>>(
    () => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)),
  );
  const control = createKeepControl(container, { t, keepArticle });
  const settled = (): Promise<void> =>
    vi.waitFor(() => {
      expect(container.querySelector('button')?.hasAttribute('aria-disabled')).toBe(false);
      expect(container.querySelector('.keep-status')?.textContent).not.toBe('Keeping…');
    });
  return { container, keepArticle, control, settled };
}

const done: KeepResult = { ok: true, storyId: 'story-strike-2', name: 'Strike', entities: 4, articles: 1 };

describe('the keep control', () => {
  let env: ReturnType<typeof setup>;
  beforeEach(() => {
    env = setup(done);
  });

  test('is hidden on a page without article names', () => {
    env.control.draw(model({ dictionaries: [DICTIONARY, STORY] }));
    expect(env.container.hidden).toBe(true);
    env.container.querySelector('button')?.click();
    expect(env.keepArticle).not.toHaveBeenCalled();
  });

  test('keeps the focus and its choice when the popup draws again while it keeps', async () => {
    env.control.draw(model({ dictionaries: [DICTIONARY, STORY, ARTICLE] }));
    const button = env.container.querySelector('button');
    button?.focus();
    button?.click();
    expect(button?.getAttribute('aria-disabled')).toBe('true');
    env.control.draw(model({ dictionaries: [DICTIONARY, STORY, ARTICLE] }));
    expect(document.activeElement).toBe(button);
    // A second click while it keeps keeps nothing twice.
    button?.click();
    await env.settled();
    expect(document.activeElement).toBe(button);
    expect(env.keepArticle).toHaveBeenCalledTimes(1);
  });

  test('offers a new story and each kept one, and keeps into a new one by default', async () => {
    env.control.draw(model({ dictionaries: [DICTIONARY, STORY, ARTICLE] }));
    expect(env.container.hidden).toBe(false);
    const options = [...env.container.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual(['A new story', 'Harbour strike']);
    env.container.querySelector('button')?.click();
    await env.settled();
    expect(env.keepArticle).toHaveBeenCalledWith(7, 'https://news.example/story', null);
    expect(env.container.querySelector('[role="status"]')?.textContent).toBe(
      'Kept in “Strike” (names: 4, articles kept: 1).',
    );
    // The new story is chosen now, so the next article goes into it.
    expect(env.container.querySelector('select')?.value).toBe('story-strike-2');
  });

  test('keeps into the story the reader chose', async () => {
    env.control.draw(model({ dictionaries: [DICTIONARY, STORY, ARTICLE] }));
    const select = env.container.querySelector('select');
    if (select === null) throw new Error('no select');
    select.value = 'story-strike';
    select.dispatchEvent(new Event('change'));
    env.container.querySelector('button')?.click();
    await env.settled();
    expect(env.keepArticle).toHaveBeenCalledWith(7, 'https://news.example/story', 'story-strike');
  });

  test.each<[string, KeepResult | Error, RegExp]>([
    [
      'a full storage',
      { ok: false, reason: 'quota', message: 'QUOTA_BYTES quota exceeded' },
      /storage is full.*still there/u,
    ],
    [
      'a page without names any more',
      { ok: false, reason: 'no-article', message: 'no-article' },
      /not ready/u,
    ],
    ['a story removed meanwhile', { ok: false, reason: 'no-story', message: 'no-story' }, /gone/u],
    [
      'a background that fails',
      new Error('Receiving end does not exist'),
      /Could not keep these names: Receiving end/u,
    ],
  ])('says %s plainly, as an alert', async (_, answer, words) => {
    const failing = setup(answer);
    failing.control.draw(model({ dictionaries: [DICTIONARY, ARTICLE] }));
    failing.container.querySelector('button')?.click();
    await failing.settled();
    expect(failing.container.querySelector('[role="alert"]')?.textContent).toMatch(words);
  });
});
