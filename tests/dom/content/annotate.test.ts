// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { storeIndex } from '../../../src/content/mentions/mention-at';
import { createRig, fill, NAMES, paintedPairs, rangeText } from './rig';

beforeEach(() => {
  document.head.replaceChildren();
  fill('');
});

describe('annotating a page', () => {
  test('names split over inline elements are found, with ranges over exactly their text', async () => {
    fill(`
      <article>
        <h1>Talks in Dushanbe</h1>
        <p><a href="/p">Yusuf Raza</a> <b>Gilani</b> met Vladimir&nbsp;<em>Putin</em> in <span>Tajik</span>istan.</p>
        <p>Later, <i>Putin</i> spoke of the SCO and the sco of Scotland.</p>
      </article>`);
    const { store, scan, registry } = createRig();
    await scan();
    expect(paintedPairs(store)).toEqual([
      ['Dushanbe', 'dushanbe'],
      ['Yusuf Raza Gilani', 'yusuf-raza-gilani'],
      ['Vladimir\u00a0Putin', 'vladimir-putin'],
      ['Tajikistan', 'tajikistan'],
      ['Putin', 'vladimir-putin'],
      ['SCO', 'sco'],
    ]);
    expect(registry.typeRanges().map(rangeText).sort()).toEqual(
      ['Dushanbe', 'Yusuf Raza Gilani', 'Vladimir\u00a0Putin', 'Tajikistan', 'Putin', 'SCO'].sort(),
    );
    expect([...registry.highlights.keys()].sort()).toEqual([
      'backstory-organisation',
      'backstory-person',
      'backstory-place',
    ]);
  });

  test('a name never runs across blocks, line breaks or skipped elements', async () => {
    fill(`
      <p>Vladimir</p><p>Putin</p>
      <p>Vladimir<br>Putin</p>
      <p>Vladimir <code>x</code> Putin</p>
      <ul><li>Yusuf Raza</li><li>Gilani</li></ul>`);
    const { store, scan } = createRig();
    await scan();
    expect(store.all()).toEqual([]);
  });

  test('nothing in skipped or opted-out parts is painted', async () => {
    fill(`
      <p>Dushanbe</p>
      <pre>Tajikistan</pre><code>Tajikistan</code><textarea>Tajikistan</textarea>
      <div contenteditable="true"><p>Tajikistan</p></div>
      <div data-backstory="off"><p><b>Tajikistan</b></p></div>
      <script>var s = "Tajikistan";</script>`);
    const { store, scan } = createRig();
    await scan();
    expect(paintedPairs(store)).toEqual([['Dushanbe', 'dushanbe']]);
  });

  test.each([
    '<div contenteditable>Vladimir Putin</div>',
    '<div contenteditable="true"><p>Vladimir Putin</p></div>',
    '<div contenteditable="plaintext-only">Vladimir Putin</div>',
    '<div contenteditable="TRUE"><div contenteditable="false">Vladimir Putin</div></div>',
    '<section data-backstory="off"><p><b>Vladimir Putin</b></p></section>',
    '<section data-backstory="OFF"><p>Vladimir Putin</p></section>',
    '<p>Vladimir <span contenteditable>Putin</span></p>',
  ])('nothing in %s is painted', async (html) => {
    fill(`<p>Dushanbe</p>${html}<p>Tajikistan</p>`);
    const { store, scan } = createRig();
    await scan();
    expect(paintedPairs(store)).toEqual([
      ['Dushanbe', 'dushanbe'],
      ['Tajikistan', 'tajikistan'],
    ]);
  });

  test.each([
    '<div contenteditable="false">Vladimir Putin</div>',
    '<section data-backstory="on"><p>Vladimir Putin</p></section>',
  ])('names in %s are painted', async (html) => {
    fill(html);
    const { store, scan } = createRig();
    await scan();
    expect(paintedPairs(store)).toEqual([['Vladimir Putin', 'vladimir-putin']]);
  });

  test('switched-off subtrees are honoured inside open shadow roots and around their hosts', async () => {
    fill(
      '<news-card id="inner"></news-card><div data-backstory="off"><news-card id="outer"></news-card></div>',
    );
    const inner = document.getElementById('inner')?.attachShadow({ mode: 'open' });
    const outer = document.getElementById('outer')?.attachShadow({ mode: 'open' });
    if (!inner || !outer) throw new Error('no hosts');
    fill('<p>Dushanbe</p><p contenteditable>Vladimir Putin</p>', inner);
    fill('<p>Tajikistan</p>', outer);
    const { store, scan } = createRig();
    await scan();
    expect(paintedPairs(store)).toEqual([['Dushanbe', 'dushanbe']]);
  });

  test.each([
    ['a full name in a switched-off subtree does not let its surname stand later', '<p>Putin spoke.</p>', []],
    [
      'a full name beside a switched-off subtree still does',
      '<p>Vladimir Putin arrived.</p><p>Putin spoke.</p>',
      [
        ['Vladimir Putin', 'vladimir-putin'],
        ['Putin', 'vladimir-putin'],
      ],
    ],
  ])('%s', async (_, after, expected) => {
    fill(`<div contenteditable><p>Vladimir Putin</p></div><p data-backstory="off">SCO</p>${after}`);
    const { store, scan } = createRig();
    await scan();
    expect(paintedPairs(store)).toEqual(expected);
  });

  test('a subtree switched off after a scan is left out of the next', async () => {
    fill('<p id="p">Dushanbe</p><p>Tajikistan</p>');
    const { store, scan } = createRig();
    await scan();
    expect(paintedPairs(store)).toHaveLength(2);
    document.getElementById('p')?.setAttribute('contenteditable', '');
    await scan();
    expect(paintedPairs(store)).toEqual([['Tajikistan', 'tajikistan']]);
  });

  test('a document in design mode is not annotated', async () => {
    fill('<p>Dushanbe</p>');
    document.designMode = 'on';
    try {
      const { store, scan } = createRig();
      await scan();
      expect(store.all()).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });

  test('text in open shadow roots is annotated', async () => {
    fill('<p>In Dushanbe:</p><news-card></news-card>');
    const root = document.querySelector('news-card')?.attachShadow({ mode: 'open' });
    if (!root) throw new Error('no host');
    fill('<p>The <b>Rogun</b> project in Tajikistan</p>', root);
    const { store, scan } = createRig();
    await scan();
    expect(paintedPairs(store)).toEqual([
      ['Dushanbe', 'dushanbe'],
      ['Rogun project', 'rogun'],
      ['Tajikistan', 'tajikistan'],
    ]);
    expect(store.all()[1]?.range.startContainer.getRootNode()).toBe(root);
  });

  test('the page DOM is unchanged', async () => {
    fill(`<p class="x"><a href="/p">Yusuf Raza</a> <b>Gilani</b> in Dushanbe</p>`);
    const before = document.documentElement.outerHTML;
    const { scan } = createRig();
    await scan();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('every name of the dictionary is found when chunks are small', async () => {
    fill(NAMES.map(([name], i) => `<p>Paragraph ${i}: ${name}.</p>`).join(''));
    const { store, scan } = createRig(20);
    await scan();
    expect(paintedPairs(store)).toEqual(NAMES.map(([name, id]) => [name, id]));
  });
});

describe('the mention index', () => {
  test('at() finds the mention under any offset of any of its nodes, and nothing beside it', async () => {
    fill('<p>Hi <a>Yusuf Raza</a> <b>Gilani</b>, Dushanbe</p>');
    const rig = createRig();
    await rig.scan();
    const store = storeIndex(rig.store);
    const [a, b] = [document.querySelector('a'), document.querySelector('b')];
    const tail = b?.nextSibling;
    const hi = a?.previousSibling;
    if (!a?.firstChild || !b?.firstChild || !tail || !hi) throw new Error('fixture');
    expect(store.at(a.firstChild, 0)?.entityId).toBe('yusuf-raza-gilani');
    expect(store.at(b.firstChild, 5)?.entityId).toBe('yusuf-raza-gilani');
    expect(store.at(b.firstChild, 6)).toBeNull();
    expect(store.at(hi, 1)).toBeNull();
    expect(store.at(tail, 1)).toBeNull();
    expect(store.at(tail, 2)?.entityId).toBe('dushanbe');
    expect(store.at(tail, 9)?.entityId).toBe('dushanbe');
    expect(store.at(tail, 10)).toBeNull();
  });

  test('all() is in document order and numbered, and onChange fires on repaint', async () => {
    fill('<p>Tajikistan, Dushanbe</p><p>SCO</p>');
    const { store, scan, painter } = createRig();
    let changes = 0;
    const off = store.onChange(() => changes++);
    await scan();
    expect(store.all().map((m) => [m.index, m.entityId])).toEqual([
      [0, 'tajikistan'],
      [1, 'dushanbe'],
      [2, 'sco'],
    ]);
    expect(store.isEmpty()).toBe(false);
    const before = changes;
    painter.repaint();
    expect(changes).toBe(before + 1);
    off();
    painter.repaint();
    expect(changes).toBe(before + 1);
  });
});
