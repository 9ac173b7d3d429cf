// Micro benchmark of the pure matcher in Node: the seed article repeated to
// about 2 MB, searched whole and block by block, against a bare loop that only
// reads every code unit. Run: node tests/bench/matcher.mjs [path/to/dictionary.json]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMatcher } from './load-matcher.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedPath = path.join(root, 'tests/fixtures/seed/000_fd3c8e1caedc3321.txt');
const dictionaryPath = process.argv[2] ?? path.join(root, 'assets/dictionary/backstory.json');

/**
 * The fastest of the run times (ms) of `fn`, after a warm-up: on a shared
 * machine the minimum is the steadiest estimate of the cost itself.
 */
function fastest(fn, runs = 30) {
  for (let i = 0; i < 5; i++) fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const m = await loadMatcher();
const dictionary = JSON.parse(readFileSync(dictionaryPath, 'utf8'));
const seed = readFileSync(seedPath, 'utf8');
const text = seed.repeat(Math.ceil(2_000_000 / seed.length));
const blocks = text.split('\n');
const megabytes = (text.length * 2) / 1e6; // UTF-16 bytes; MB/s below counts code units x 2

const t0 = performance.now();
const compiled = m.compileMatcher([dictionary]);
const tCompile = performance.now() - t0;
const json = JSON.stringify(compiled);
const t1 = performance.now();
const matcher = m.createMatcher(JSON.parse(json));
const tCreate = performance.now() - t1;

// The same aliases, each made to end in a letter pair the text never has: the automaton pass alone, almost no hits.
const unmatched = m.createMatcher(
  m.compileMatcher([
    {
      ...dictionary,
      entities: dictionary.entities.map((e) => ({
        ...e,
        aliases: e.aliases.map((a) => ({ ...a, text: `${a.text}qx` })),
      })),
    },
  ]),
);

let sink = 0;
const floor = fastest(() => {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  sink += sum;
});
const floorBlocks = fastest(() => {
  let sum = 0;
  for (const block of blocks) for (let i = 0; i < block.length; i++) sum += block.charCodeAt(i);
  sink += sum;
});
let found = 0;
const whole = fastest(() => {
  found = m.findMentions(text, matcher, m.createMatchState()).length;
});
const passOnly = fastest(() => {
  sink += m.findMentions(text, unmatched, m.createMatchState()).length;
});
const perBlock = fastest(() => {
  const state = m.createMatchState();
  let n = 0;
  for (const block of blocks) n += m.findMentions(block, matcher, state).length;
  sink += n;
});

const row = (label, ms, base) =>
  `${label.padEnd(34)} ${ms.toFixed(2).padStart(8)} ms ${(text.length / 1e6 / (ms / 1000)).toFixed(0).padStart(6)} M chars/s` +
  (base === undefined ? '' : `  ${(ms / base).toFixed(2)}x floor`);
console.log(
  `text: ${text.length} code units (${megabytes.toFixed(1)} MB UTF-16), ${blocks.length} blocks, ${found} mentions`,
);
console.log(
  `compiled JSON: ${json.length} chars; compile ${tCompile.toFixed(1)} ms; createMatcher ${tCreate.toFixed(2)} ms`,
);
console.log(row('floor: bare loop over the string', floor));
console.log(row('floor: bare loop over the blocks', floorBlocks));
console.log(row('findMentions, whole text', whole, floor));
console.log(row('findMentions, block by block', perBlock, floorBlocks));
console.log(row('automaton pass only (no hits)', passOnly, floor));
if (sink === 0.5) console.log(sink);
