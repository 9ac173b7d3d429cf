// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { RUN_BREAK, TextWalk, type TextChunk } from '../../../src/content/scan/text-walk';
import { fill } from './rig';

function readAll(root: Document | Element | ShadowRoot = document, maxChars?: number): TextChunk[] {
  const walk = new TextWalk(root, maxChars);
  const chunks: TextChunk[] = [];
  for (let chunk = walk.next(); chunk !== null; chunk = walk.next()) chunks.push(chunk);
  return chunks;
}

/** The runs of the page, whitespace-only ones left out. */
function runs(root: Document | Element | ShadowRoot = document): string[] {
  return readAll(root)
    .flatMap((chunk) => chunk.text.split(RUN_BREAK))
    .filter((run) => run.trim() !== '');
}

beforeEach(() => {
  fill('<title>Vladimir Putin</title><style>p{}</style>', document.head);
  fill('');
});

describe('runs of text', () => {
  test.each([
    ['<p><a href="#">Yusuf Raza</a> <b>Gilani</b> spoke.</p>', ['Yusuf Raza Gilani spoke.']],
    ['<p>Vladimir&nbsp;<em>Putin</em></p>', ['Vladimir\u00a0Putin']],
    ['<p><span><i>Vla</i>dimir</span> <my-name>Putin</my-name></p>', ['Vladimir Putin']],
    ['<p>Vladimir</p><p>Putin</p>', ['Vladimir', 'Putin']],
    ['<div><p>Vladimir</p>Putin</div>', ['Vladimir', 'Putin']],
    ['<p>Vladimir<br>Putin</p>', ['Vladimir', 'Putin']],
    ['<ul><li>Dushanbe</li><li>Tajikistan</li></ul>', ['Dushanbe', 'Tajikistan']],
    ['<table><tr><td>Vladimir</td><td>Putin</td></tr></table>', ['Vladimir', 'Putin']],
    ['<p>A <div>B</div> C</p>', ['A ', 'B', ' C']],
  ])('%s reads as %j', (html, expected) => {
    fill(html);
    expect(runs()).toEqual(expected);
  });

  test('node offsets point at each node in the chunk text', () => {
    fill('<p><a>Yusuf Raza</a> <b>Gilani</b></p><p>Dushanbe</p>');
    const [chunk] = readAll();
    expect(chunk).toBeDefined();
    if (!chunk) return;
    chunk.nodes.forEach((node, i) => {
      const start = chunk.starts[i] ?? -1;
      expect(chunk.text.slice(start, start + node.data.length)).toBe(node.data);
    });
  });

  test('chunks end on run boundaries and together hold every run', () => {
    fill(Array.from({ length: 50 }, (_, i) => `<p>paragraph ${i} <b>bold</b></p>`).join(''));
    const chunks = readAll(document, 100);
    expect(chunks.length).toBeGreaterThan(5);
    const all = chunks.flatMap((c) => c.text.split(RUN_BREAK)).filter((r) => r.trim() !== '');
    expect(all).toEqual(Array.from({ length: 50 }, (_, i) => `paragraph ${i} bold`));
  });
});

describe('never read', () => {
  test.each([
    'script',
    'style',
    'noscript',
    'textarea',
    'code',
    'pre',
    'kbd',
    'samp',
    'select',
    'option',
    'title',
  ])('<%s>', (tag) => {
    fill(`<p>Dushanbe</p><${tag}>Vladimir Putin</${tag}>`);
    expect(runs()).toEqual(['Dushanbe']);
  });

  test.each(['<template><p>Vladimir Putin</p></template>', '<svg><text>Vladimir Putin</text></svg>'])(
    '%s',
    (html) => {
      fill(`<p>Dushanbe</p>${html}<p>Tajikistan</p>`);
      expect(runs()).toEqual(['Dushanbe', 'Tajikistan']);
    },
  );

  test('subtrees switched off by an attribute are read: the annotator sifts out their mentions', () => {
    fill('<p>Dushanbe</p><div contenteditable><p>Vladimir Putin</p></div><p data-backstory="off">SCO</p>');
    expect(runs()).toEqual(['Dushanbe', 'Vladimir Putin', 'SCO']);
  });
});

describe('shadow roots and depth', () => {
  test('open shadow roots are read in place, closed ones are not', () => {
    fill('<p>Before</p><news-card></news-card><secret-card></secret-card><p>After</p>');
    const open = document.querySelector('news-card')?.attachShadow({ mode: 'open' });
    const closed = document.querySelector('secret-card')?.attachShadow({ mode: 'closed' });
    if (!open || !closed) throw new Error('no hosts');
    fill('<p>Vladimir <b>Putin</b></p><code>SCO</code>', open);
    fill('<p>Dushanbe</p>', closed);
    const chunks = readAll();
    expect(chunks.flatMap((c) => c.text.split(RUN_BREAK)).filter((r) => r.trim())).toEqual([
      'Before',
      'Vladimir Putin',
      'After',
    ]);
    expect(chunks.flatMap((c) => c.shadowRoots)).toEqual([open]);
  });

  test('a page nested 3,000 elements deep is read without recursion', () => {
    // Built node by node: jsdom's parser is slow on deep markup.
    let parent: Element = document.body;
    for (let depth = 0; depth < 3000; depth++) {
      const child = document.createElement(depth % 2 === 0 ? 'div' : 'span');
      parent.append(child);
      parent = child;
    }
    parent.append('Tajikistan');
    expect(runs()).toEqual(['Tajikistan']);
  }, 30_000);

  test('a walk rooted at an element reads only inside it', () => {
    fill('<p id="a">Dushanbe</p><p id="b">Tajikistan</p>');
    const b = document.getElementById('b');
    if (!b) throw new Error('no b');
    expect(runs(b)).toEqual(['Tajikistan']);
  });
});

describe('blank text', () => {
  test('indentation between blocks is not read: the chunk holds only the runs with text', () => {
    fill('<div>\n  <p>Vladimir</p>\n  <p>\n    <b>Vladimir</b> Putin</p>\n\t</div>\n');
    const chunks = readAll();
    expect(chunks.map((c) => c.text)).toEqual([`Vladimir${RUN_BREAK}Vladimir Putin`]);
  });

  test('blank text inside a run is kept: it separates the words of a name', () => {
    fill('<p><b>Yusuf Raza</b> <i>Gilani</i></p>');
    expect(readAll().map((c) => c.text)).toEqual(['Yusuf Raza Gilani']);
  });
});
