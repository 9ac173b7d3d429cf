/**
 * An imported dictionary is validated and compiled once, at import, in the
 * background; pages only read the stored automaton (issue 16). A generated
 * 2,000-entity dictionary is imported through the options page, then new tabs
 * naming some of its people get them painted, and:
 * - the background wrote the automaton exactly once (storage.onChanged,
 *   counted from the options page): opening tabs compiles nothing again;
 * - the scripts a page runs (content.js, and card.js and article.js, injected
 *   on need) hold no validator code at all, while background.js does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { largeDictionary, largeDictionaryName } from '../support/large-dictionary';
import { BROWSERS, pollFor, ROOT } from './harness';
import { useBrowser } from './harness/vitest';

const COUNT = 2000;
const ID = 'large-import';
/** People the page names: three, so the story gate lets the dictionary speak. */
const NAMED = [7, 1234, 1999].map(largeDictionaryName);
// One of the validator's messages: minified builds keep string literals as they are.
const VALIDATOR_TEXT = 'is not a known field (allowed: ';

const page = (): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Council</title></head><body><main><h1>Council</h1>` +
  NAMED.map((name) => `<p>The council heard ${name} on Tuesday, and the vote was put off.</p>`).join('') +
  `</main></body></html>`;

/** The part of the extension API these pages use. */
interface Local {
  storage: {
    local: { get: (key: string) => Promise<Record<string, unknown>> };
    onChanged: { addListener: (listener: (changes: Record<string, unknown>, area: string) => void) => void };
  };
}

/** The painted text of every highlight range on the page. */
function paintedTexts(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const out: string[] = [];
    for (const highlight of CSS.highlights.values()) {
      for (const r of highlight as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString());
      }
    }
    return out;
  });
}

describe('the scripts pages run', () => {
  test.each(['chrome', 'firefox'])('%s: hold no validator code; the background does', (target) => {
    const read = (file: string): string => fs.readFileSync(path.join(ROOT, 'dist', target, file), 'utf8');
    expect(read('background.js')).toContain(VALIDATOR_TEXT);
    for (const file of ['content.js', 'card.js', 'article.js']) {
      expect(read(file), file).not.toContain(VALIDATOR_TEXT);
    }
  });
});

describe.each(BROWSERS)('%s: an imported 2,000-entity dictionary', (name) => {
  const fixture = useBrowser(name);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-import-'));
  const file = path.join(dir, `${ID}.json`);
  let options: Page;

  beforeAll(async () => {
    fs.writeFileSync(file, JSON.stringify(largeDictionary(COUNT, ID)));
    fixture.server.setRoute('/council.html', (_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(page());
    });
    options = await fixture.session.openExtensionPage('options.html');
    await options.waitForSelector('#dictionaries li');
    // Counts the background's writes of the automaton from here on.
    await options.evaluate(() => {
      const g = globalThis as unknown as { browser?: Local; chrome?: Local };
      const api = g.browser ?? g.chrome;
      if (api === undefined) throw new Error('No extension API on this page.');
      const state = { writes: 0 };
      (globalThis as unknown as { matcherWrites: typeof state }).matcherWrites = state;
      api.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && changes.matcher !== undefined) state.writes += 1;
      });
    });
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const writes = (): Promise<number> =>
    options.evaluate(
      () => (globalThis as unknown as { matcherWrites: { writes: number } }).matcherWrites.writes,
    );

  test('is compiled once at import and painted on new tabs without being compiled again', async () => {
    const input = await options.$('input#import-file[type="file"]');
    if (input === null) throw new Error('no #import-file');
    await input.uploadFile(file);
    await options.waitForSelector(`#dictionaries li[data-id="${ID}"]`, { timeout: 20_000 });
    await pollFor(
      async () => ((await writes()) > 0 ? true : undefined),
      20_000,
      'the automaton to be stored',
    );
    const stored = await options.evaluate(async (id) => {
      const g = globalThis as unknown as { browser?: Local; chrome?: Local };
      const api = g.browser ?? g.chrome;
      if (api === undefined) throw new Error('No extension API on this page.');
      const { matcher: text } = (await api.storage.local.get('matcher')) as { matcher: string };
      const matcher = JSON.parse(text) as {
        ids: string[];
        fingerprints: Record<string, string>;
        index: { id: string; entities: unknown[] }[];
      };
      return {
        ids: matcher.ids,
        fingerprint: matcher.fingerprints[id],
        entities: matcher.index.find((d) => d.id === id)?.entities.length,
      };
    }, ID);
    expect(stored.ids).toContain(ID);
    expect(stored.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(stored.entities).toBe(COUNT);

    for (let tab = 0; tab < 2; tab++) {
      const opened = await fixture.session.openPage(fixture.server.url(`/council.html?tab=${tab}`));
      const texts = await pollFor(
        async () => {
          const now = await paintedTexts(opened);
          return NAMED.every((n) => now.includes(n)) ? now : undefined;
        },
        15_000,
        'the imported people to be painted',
      );
      expect(texts).toEqual(expect.arrayContaining(NAMED));
      await opened.close();
    }
    // One write, the import's: no tab made the background validate and compile again.
    expect(await writes()).toBe(1);
  }, 90_000);
});
