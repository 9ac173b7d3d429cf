// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addRecords, HUGE_BATCH, noChanges } from '../../../src/content/scan/page-changes';
import { markOwnNode, unmarkOwnNode } from '../../../src/content/page/own-ui';
import { painted, startController, type ControllerRig } from './controller-rig';
import { fill, rangeText } from './rig';

let rig: ControllerRig | null = null;

beforeEach(() => {
  fill('<main><p id="first">Talks in Dushanbe.</p><div id="feed"></div></main>');
});
afterEach(() => {
  rig?.stop();
  rig = null;
});

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`no #${id}`);
  return element;
}

describe('a page that changes', () => {
  test('appended text is annotated, and what was painted stays the same object', async () => {
    rig = await startController();
    const before = rig.controller.store.all()[0];
    const post = document.createElement('p');
    post.append(
      'Live: Vladimir ',
      Object.assign(document.createElement('b'), { textContent: 'Putin' }),
      ' in Tajikistan',
    );
    byId('feed').append(post);
    await rig.settle();
    expect(painted(rig)).toEqual([
      ['Dushanbe', 'dushanbe'],
      ['Vladimir Putin', 'vladimir-putin'],
      ['Tajikistan', 'tajikistan'],
    ]);
    expect(rig.controller.store.all()[0]).toBe(before);
    expect(rig.registry.typeRanges().map(rangeText).sort()).toEqual([
      'Dushanbe',
      'Tajikistan',
      'Vladimir Putin',
    ]);
  });

  test('text replaced in place is read again; ranges whose text is gone are dropped', async () => {
    rig = await startController();
    const text = byId('first').firstChild as Text;
    text.data = 'Talks in Tajikistan.';
    await rig.settle();
    expect(painted(rig)).toEqual([['Tajikistan', 'tajikistan']]);
    byId('first').textContent = 'No names now.';
    await rig.settle();
    expect(painted(rig)).toEqual([]);
    expect(rig.registry.typeRanges()).toEqual([]);
  });

  test('removed elements take their mentions with them, in document order with the rest', async () => {
    fill('<p>Dushanbe</p><section id="s"><p>Tajikistan</p><p>SCO</p></section><p>Rogun project</p>');
    rig = await startController();
    expect(painted(rig).map(([, id]) => id)).toEqual(['dushanbe', 'tajikistan', 'sco', 'rogun']);
    byId('s').remove();
    await rig.settle();
    expect(painted(rig).map(([, id]) => id)).toEqual(['dushanbe', 'rogun']);
    const middle = document.createElement('p');
    middle.textContent = 'SCO';
    document.body.firstElementChild?.after(middle);
    await rig.settle();
    expect(painted(rig).map(([, id]) => id)).toEqual(['dushanbe', 'sco', 'rogun']);
    expect(rig.controller.store.all().map((m) => m.index)).toEqual([0, 1, 2]);
  });

  test('text added inside an open shadow root is annotated', async () => {
    fill('<p>Dushanbe</p><news-card></news-card>');
    const root = document.querySelector('news-card')?.attachShadow({ mode: 'open' });
    if (!root) throw new Error('no host');
    fill('<p>Nothing yet</p>', root);
    rig = await startController();
    const p = document.createElement('p');
    p.textContent = 'The SCO in Tajikistan';
    root.append(p);
    await rig.settle();
    expect(painted(rig)).toEqual([
      ['Dushanbe', 'dushanbe'],
      ['SCO', 'sco'],
      ['Tajikistan', 'tajikistan'],
    ]);
    (root.querySelector('p')?.firstChild as Text).data = 'Now Dushanbe';
    await rig.settle();
    expect(painted(rig).map(([, id]) => id)).toEqual(['dushanbe', 'dushanbe', 'sco', 'tajikistan']);
  });

  test("Backstory's own UI is never read, even when added later", async () => {
    rig = await startController();
    const host = document.createElement('div');
    markOwnNode(host);
    host.textContent = 'Tajikistan';
    document.documentElement.append(host);
    try {
      await rig.settle();
      expect(painted(rig)).toEqual([['Dushanbe', 'dushanbe']]);
    } finally {
      host.remove();
      unmarkOwnNode(host);
    }
  });

  /** Rewrites #ticker every 5 ms for two seconds, a frame every 16 ms; returns after how many frames Dushanbe was painted. */
  const tick = async (active: ControllerRig): Promise<number> => {
    let paintedFrames = 0;
    for (let tick = 0; tick < 400; tick++) {
      byId('ticker').textContent = `Tick ${tick}: news from Dushanbe`;
      if (tick % 3 !== 0) continue;
      await active.settle(16);
      if (painted(active).some(([text]) => text === 'Dushanbe')) paintedFrames++;
    }
    return paintedFrames;
  };

  test('a block rewritten every 5 ms, cheap to read, keeps its name painted in every frame', async () => {
    fill('<p id="ticker">Waiting</p>');
    rig = await startController();
    expect(await tick(rig)).toBe(134);
  });

  test('a block rewritten every 5 ms, costly to read, is read in proportion to the time its reads take', async () => {
    fill('<p id="ticker">Waiting</p>');
    // 4 ms a read at a tenth of the time: a read every 40 ms at most, that is every third frame.
    rig = await startController({}, { readCostMs: 4 });
    const start = rig.finds();
    const paintedFrames = await tick(rig);
    const reads = rig.finds() - start;
    expect(reads).toBeLessThanOrEqual(Math.ceil(rig.timing.now() / 40));
    expect(reads).toBeGreaterThanOrEqual(Math.floor(134 / 3));
    // Painted in the frames it was read.
    expect(paintedFrames).toBeGreaterThanOrEqual(reads - 1);
    await rig.settle(1000);
    expect(painted(rig)).toEqual([['Dushanbe', 'dushanbe']]);
  });

  test('a full rescan after a huge batch finds everything', async () => {
    rig = await startController();
    const feed = byId('feed');
    for (let i = 0; i < HUGE_BATCH + 10; i++) feed.append(document.createElement('span'));
    feed.append('Tajikistan');
    await rig.settle();
    expect(painted(rig)).toEqual([
      ['Dushanbe', 'dushanbe'],
      ['Tajikistan', 'tajikistan'],
    ]);
  });
});

describe('reading mutation records', () => {
  function records(mutate: () => void): MutationRecord[] {
    const observer = new MutationObserver(() => undefined);
    observer.observe(document, { childList: true, characterData: true, subtree: true });
    mutate();
    const taken = observer.takeRecords();
    observer.disconnect();
    return taken;
  }

  test('a batch past the limit asks for a full rescan', () => {
    const changes = noChanges();
    const batch = records(() => {
      for (let i = 0; i <= HUGE_BATCH; i++) byId('feed').append(document.createElement('b'));
    });
    addRecords(changes, batch);
    expect(changes.isFull).toBe(true);
  });

  test('an added block is read alone; inline content reads its block; removed text is listed', () => {
    const changes = noChanges();
    const text = byId('first').firstChild as Text;
    const p = document.createElement('p');
    addRecords(
      changes,
      records(() => {
        byId('feed').append(p);
        byId('first').append(document.createElement('em'));
        text.remove();
      }),
    );
    expect(changes.isFull).toBe(false);
    expect([...changes.scopes]).toEqual([p, byId('first')]);
    expect([...changes.removed]).toEqual([text]);
  });

  test('changes in scripts and styles are ignored', () => {
    fill('<script id="s">var a;</script><p>x</p>');
    const changes = noChanges();
    addRecords(
      changes,
      records(() => {
        byId('s').textContent = 'var b;';
      }),
    );
    expect(changes.scopes.size).toBe(0);
  });
});
