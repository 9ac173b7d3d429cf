/**
 * What the first-load content script leaves to card.js (issue 16): the
 * entities' texts, the sanitiser, Floating UI and the tooltip are in card.js,
 * which the background injects on first need, and not in content.js, which
 * every page loads. Bundled here with build.mjs's own options.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, test } from 'vitest';
import { bundleOptions } from '../../../scripts/build-options.mjs';

const root = path.resolve(import.meta.dirname, '../../..');

/** A role of the bundled dictionary in plain ASCII without quotes or backslashes, so it reads the same in any bundle. */
function plainRole(): string {
  const json = JSON.parse(fs.readFileSync(path.join(root, 'assets/dictionary/backstory.json'), 'utf8')) as {
    entities: { role: string }[];
  };
  const role = json.entities
    .map((e) => e.role)
    .find((r) => /^[\x20-\x7e]{20,}$/.test(r) && !/["'\\]/.test(r));
  if (role === undefined) throw new Error('the bundled dictionary has no plain role');
  return role;
}

/** The minified text of one bundle for Chrome. */
async function bundleText(name: 'content' | 'card'): Promise<string> {
  const result = await esbuild.build({
    ...bundleOptions('chrome', [name]),
    write: false,
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs).join('\n');
  return `${result.outputFiles.map((f) => f.text).join('')}\n/* inputs:\n${inputs}\n*/`;
}

describe('the card is left out of the first-load content script', () => {
  test('content.js has no entity text, sanitiser, Floating UI or tooltip; card.js has them', async () => {
    const role = plainRole();
    const [content, card] = await Promise.all([bundleText('content'), bundleText('card')]);
    for (const [text, has] of [
      [content, false],
      [card, true],
    ] as const) {
      expect(text.includes(role), 'an entity role').toBe(has);
      expect(text.includes('node_modules/dompurify'), 'DOMPurify').toBe(has);
      expect(text.includes('node_modules/@floating-ui'), 'Floating UI').toBe(has);
      expect(text.includes('src/content/tooltip/render.ts'), 'the tooltip').toBe(has);
    }
  }, 60_000);
});
