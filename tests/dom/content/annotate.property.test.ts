// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileMatcher, createMatcher, createMatchState, findMentions } from '../../../src/core/match';
import { BLOCK, kindOf, SKIP } from '../../../src/content/scan/skip-rules';
import { createRig, TEST_DICTIONARY } from './rig';

type Tree = string | { tag: string; children: Tree[] };

const WORDS = [
  'the',
  'in',
  'and',
  'Vladimir',
  'Putin',
  'Putin\u2019s',
  'Dushanbe',
  'Tajikistan',
  'SCO',
  'sco',
  'Scotland',
  'Rogun',
  'project',
  'Yusuf',
  'Raza',
  'Gilani',
  'Putinism',
  ' ',
  '\u00a0',
  ', ',
  '. ',
];
const TAGS = [
  'p',
  'div',
  'span',
  'b',
  'em',
  'a',
  'li',
  'code',
  'section',
  'br',
  'textarea',
  'style',
  'my-card',
];

const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '));
const { tree } = fc.letrec<{ tree: Tree }>((node) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(node('tree'), { maxLength: 4 }) }),
  ),
}));

function build(node: Tree): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  if (node.tag !== 'br') for (const child of node.children) element.append(build(child));
  return element;
}

/** The obviously correct reference: runs per block by recursion over the small tree, each searched alone. */
function referenceRuns(nodes: readonly Tree[]): string[] {
  const runs: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current !== '') runs.push(current);
    current = '';
  };
  const visit = (node: Tree): void => {
    if (typeof node === 'string') {
      current += node;
      return;
    }
    const kind = kindOf(node.tag);
    if (kind === SKIP) {
      flush();
      return;
    }
    if (kind === BLOCK) flush();
    if (node.tag !== 'br') node.children.forEach(visit);
    if (kind === BLOCK) flush();
  };
  nodes.forEach(visit);
  flush();
  return runs;
}

const normalise = (s: string): string => s.replace(/\s+/g, ' ');

describe('annotating random pages', () => {
  test('never changes the DOM, and paints exactly what a reference scan of each block finds', async () => {
    const matcher = createMatcher(compileMatcher([TEST_DICTIONARY]));
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { maxLength: 5 }), async (nodes) => {
        document.body.replaceChildren(...nodes.map(build));
        const before = document.body.innerHTML;
        const { store, scan, registry } = createRig(64);
        await scan();
        expect(document.body.innerHTML).toBe(before);

        const state = createMatchState();
        const expected = referenceRuns(nodes).flatMap((run) =>
          findMentions(run, matcher, state).map((m) => [normalise(run.slice(m.start, m.end)), m.entityId]),
        );
        const actual = store.all().map((m) => [normalise(m.range.toString()), m.entityId]);
        expect(actual).toEqual(expected);
        expect(registry.typeRanges()).toHaveLength(actual.length);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
