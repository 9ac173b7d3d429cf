// Measures where the bundled story speaks over the saved real pages
// ($BACKSTORY_PAGES or ../shared/pages): the extension's own matcher finds
// the bundled dictionary's mentions in each page's visible text, and the
// story gate (src/core/gate) says whether they are painted.
// Usage: node scripts/story-gate.mjs [--all] [minEntities minNonPlaces]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadCore } from './load-core.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.BACKSTORY_PAGES ?? path.resolve(root, '../shared/pages');
const args = process.argv.slice(2);
const isAll = args.includes('--all');
const [minEntities, minNonPlaces] = args.filter((a) => /^\d+$/u.test(a)).map(Number);
if (!fs.existsSync(dir)) {
  console.log(`no pages at ${dir}: nothing to measure`);
  process.exit(0);
}
const core = await loadCore({
  'src/core/match/index.ts': ['compileMatcher', 'createMatcher', 'findMentions', 'createMatchState'],
  'src/core/gate/story-gate.ts': ['speakingDictionaries', 'STORY_GATE_RULE'],
});
const rule =
  minEntities === undefined
    ? core.STORY_GATE_RULE
    : { ...core.STORY_GATE_RULE, minEntities, minNonPlaces: minNonPlaces ?? 0 };
/** @type {import('../src/core/dictionary/types').Dictionary} */
const dictionary = JSON.parse(fs.readFileSync(path.join(root, 'assets/dictionary/backstory.json'), 'utf8'));
const matcher = core.createMatcher(core.compileMatcher([dictionary]));
const typeOf = new Map(dictionary.entities.map((e) => [e.id, e.type]));

/**
 * The page's text in blocks, without what the content script never reads.
 * @param {string} html
 */
function blocks(html) {
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  for (const el of document.querySelectorAll('script, style, noscript, template, pre, code, textarea'))
    el.remove();
  return document.body.textContent.split(/\n\s*\n/u);
}

let speaking = 0;
let namesBefore = 0;
let pagesBefore = 0;
const pages = fs
  .readdirSync(dir)
  .filter((n) => fs.existsSync(path.join(dir, n, 'source.html')))
  .sort();
for (const name of pages) {
  const state = core.createMatchState();
  const mentions = blocks(fs.readFileSync(path.join(dir, name, 'source.html'), 'utf8')).flatMap((text) =>
    core.findMentions(text, matcher, state).map((/** @type {{ entityId: string }} */ m) => ({
      dictionaryId: dictionary.id,
      entityId: m.entityId,
      type: typeOf.get(m.entityId) ?? '',
    })),
  );
  if (mentions.length === 0) continue;
  pagesBefore++;
  namesBefore += new Set(mentions.map((m) => m.entityId)).size;
  const speaks = core.speakingDictionaries(mentions, new Set(), rule).has(dictionary.id);
  if (speaks) speaking++;
  if (speaks || isAll)
    console.log(
      `${speaks ? 'speaks ' : 'silent '} ${name}: ${[...new Set(mentions.map((m) => m.entityId))].join(', ')}`,
    );
}
console.log(`rule ${JSON.stringify(rule)}: the bundled story speaks on ${speaking} of ${pages.length} pages`);
console.log(`without the gate: ${namesBefore} names on ${pagesBefore} pages`);
