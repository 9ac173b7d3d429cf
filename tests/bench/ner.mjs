// npm run bench:ner: the article engine (src/core/ner) against compromise 14 on the NER dev set
// (tests/fixtures/ner/dev), in Node: accuracy through the fixture's own scorer, speed (median
// ms per 10,000 characters over the dev set, and a 200,000-character text against a 10,000-character
// one) and minified size. Prints medians and ratios; asserts nothing.
//
//   node tests/bench/ner.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import nlp from 'compromise';
import { loadCore } from '../../scripts/load-core.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dev = path.join(root, 'tests/fixtures/ner/dev');
const at = process.argv.indexOf('--runs');
const RUNS = at >= 0 ? Number(process.argv[at + 1]) : 9;

const core = await loadCore({
  'src/core/ner/extract.ts': ['extractEntities'],
  'src/core/ner/draft-dictionary.ts': ['draftDictionary'],
});
const texts = fs
  .readdirSync(dev)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/u, ''), text: fs.readFileSync(path.join(dev, f), 'utf8') }));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Median milliseconds of RUNS calls, after one warm-up. */
function time(fn, text, runs = RUNS) {
  fn(text);
  const ms = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn(text);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const engine = (text) => core.extractEntities(text);
const compromise = (text) => {
  const doc = nlp(text);
  return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
};

/** Scores drafts with the fixture's scorer; returns its last line. */
function score(draftOf) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-ner-bench-'));
  for (const { name, text } of texts)
    fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(draftOf(text)));
  const run = spawnSync(process.execPath, [path.join(dev, '../score.mjs'), dev, dir], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return run.stdout.trim().split('\n');
}
/** compromise's people(), places() and organizations() as a dictionary, the same way the issue measured it. */
function compromiseDraft(text) {
  const [people, places, orgs] = compromise(text);
  const entities = [];
  const seen = new Set();
  for (const [type, list] of [
    ['person', people],
    ['place', places],
    ['organisation', orgs],
  ])
    for (const raw of list) {
      const name = raw
        .replace(/[\s,.;:!?'’"”)]+$/u, '')
        .replace(/^["“(]+/u, '')
        .trim();
      if (name && !seen.has(name.toLowerCase())) {
        seen.add(name.toLowerCase());
        entities.push({ name, type, aliases: [] });
      }
    }
  return { entities };
}

const engineRows = score((text) => core.draftDictionary(text, { name: 'bench' }).dictionary);
console.log('## accuracy on tests/fixtures/ner/dev (tests/fixtures/ner/score.mjs)');
console.log(engineRows.slice(0, -1).join('\n'));
console.log(`engine     ${engineRows.at(-1)}`);
console.log(`compromise ${score(compromiseDraft).at(-1)}`);

const per10k = (fn) => median(texts.map(({ text }) => (time(fn, text) * 10_000) / text.length));
const all = texts.map((t) => t.text).join('\n\n');
const sized = (n) => all.repeat(Math.ceil(n / all.length)).slice(0, n);
const small = sized(10_000);
const large = sized(200_000);
console.log(
  '\n## speed in Node (median over the dev set, ms per 10,000 characters; 200,000 vs 10,000 characters)',
);
for (const [label, fn] of [
  ['engine', engine],
  ['compromise', compromise],
]) {
  const ms10 = time(fn, small);
  const ms200 = time(fn, large, 3);
  console.log(
    `${label.padEnd(10)} ${per10k(fn).toFixed(2)} ms/10k chars   10k: ${ms10.toFixed(2)} ms   200k: ${ms200.toFixed(1)} ms   ratio ${(ms200 / ms10).toFixed(1)}x (linear: 20x)`,
  );
}

const bundle = await esbuild.build({
  entryPoints: [path.join(root, 'src/core/ner/extract.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
});
const compromiseMin = fs.statSync(path.join(root, 'node_modules/compromise/builds/compromise.js')).size;
console.log('\n## size, minified');
console.log(
  `engine with its data: ${(bundle.outputFiles[0].contents.length / 1024).toFixed(1)} KB (budget 150 KB)`,
);
console.log(`compromise 14 (builds/compromise.js): ${(compromiseMin / 1024).toFixed(1)} KB`);
