import { describe, expect, test } from 'vitest';
import { createSlicer } from '../../../src/content/scan/slicer';

/** A slicer on a clock the test moves by hand. */
function rig(budgetMs: number): { slicer: ReturnType<typeof createSlicer>; advance: (ms: number) => void } {
  let time = 0;
  const slicer = createSlicer(
    budgetMs,
    () => Promise.resolve(),
    () => time,
  );
  return {
    slicer,
    advance: (ms) => {
      time += ms;
    },
  };
}

describe('slicer', () => {
  test('is due once the budget is used', () => {
    const { slicer, advance } = rig(8);
    advance(7.9);
    expect(slicer.isDue()).toBe(false);
    advance(0.1);
    expect(slicer.isDue()).toBe(true);
  });

  test('begin() starts a fresh slice: idle time before the work is not billed to it', () => {
    const { slicer, advance } = rig(8);
    // The content script made its slicer long before a mutation arrives.
    advance(5_000);
    expect(slicer.isDue()).toBe(true);
    slicer.begin();
    expect(slicer.isDue()).toBe(false);
    advance(8);
    expect(slicer.isDue()).toBe(true);
  });

  test('a yield starts a new slice', async () => {
    const { slicer, advance } = rig(8);
    advance(20);
    await slicer.yield();
    expect(slicer.isDue()).toBe(false);
  });
});
