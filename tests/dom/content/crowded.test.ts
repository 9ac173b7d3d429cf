// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { WINDOW_ABOVE } from '../../../src/content/paint/highlight-layer';
import type { ViewportWatchFactory } from '../../../src/content/paint/viewport-watch';
import { createRig } from './rig';

/** A viewport watch the test drives: it records what is watched and reports when told. */
function manualWatch(): {
  factory: ViewportWatchFactory;
  watched: Set<Element>;
  report: (element: Element, isNear: boolean) => void;
} {
  const watched = new Set<Element>();
  let onChange: (element: Element, isNear: boolean) => void = () => undefined;
  const factory: ViewportWatchFactory = (callback) => {
    onChange = callback;
    return {
      observe: (element) => watched.add(element),
      unobserve: (element) => watched.delete(element),
      disconnect: () => {
        watched.clear();
      },
    };
  };
  return {
    factory,
    watched,
    report: (element, isNear) => {
      onChange(element, isNear);
    },
  };
}

function paragraphs(count: number): HTMLParagraphElement[] {
  const all = Array.from({ length: count }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `Item ${i}: Dushanbe`;
    return p;
  });
  document.body.replaceChildren(...all);
  return all;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('a crowded page', () => {
  test('past the limit only blocks reported near the viewport hold ranges', async () => {
    const blocks = paragraphs(WINDOW_ABOVE + 10);
    const watch = manualWatch();
    const { store, scan, registry } = createRig(undefined, watch.factory);
    await scan();
    // Every mention is shown (the index has them all) but none is painted until its block is placed.
    expect(store.all()).toHaveLength(WINDOW_ABOVE + 10);
    expect(registry.typeRanges()).toHaveLength(0);
    expect(watch.watched.size).toBe(WINDOW_ABOVE + 10);
    const [first, second] = blocks;
    if (!first || !second) throw new Error('fixture');
    watch.report(first, true);
    watch.report(second, true);
    expect(registry.typeRanges()).toHaveLength(2);
    watch.report(first, false);
    expect(registry.typeRanges()).toHaveLength(1);
  });

  test('under the lower limit everything is painted again and nothing is watched', async () => {
    paragraphs(WINDOW_ABOVE + 10);
    const watch = manualWatch();
    const { scan, registry, painter } = createRig(undefined, watch.factory);
    await scan();
    expect(watch.watched.size).toBe(WINDOW_ABOVE + 10);
    // "First mention only" leaves one shown mention, far under WINDOW_BELOW.
    painter.setFilter({ hiddenTypes: [], mentionScope: 'first' });
    painter.repaint();
    expect(watch.watched.size).toBe(0);
    expect(registry.typeRanges()).toHaveLength(1);
  });

  test('small pages are painted at once, without watching', async () => {
    paragraphs(10);
    const watch = manualWatch();
    const { scan, registry } = createRig(undefined, watch.factory);
    await scan();
    expect(registry.typeRanges()).toHaveLength(10);
    expect(watch.watched.size).toBe(0);
  });
});
