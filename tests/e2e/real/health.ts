/**
 * Whether Backstory is still right on a page after whatever the page did:
 * the names expected are painted, every painted range is a whole-word alias
 * of its type, and resting the pointer on a name opens its card. Used by
 * the hostile-page tests.
 */
import type { Page } from 'puppeteer-core';
import { pollFor } from '../harness';
import { type Box, cardPoint, hover, isCardAt } from '../tooltip-helpers';
import { paintedRangeProblems } from './checks';
import { READ_PAINTED, type PaintedRange } from './probes';

/** Every painted range of the page. */
export async function paintedRanges(page: Page): Promise<PaintedRange[]> {
  return (await page.evaluate(READ_PAINTED)) as PaintedRange[];
}

/** Waits until each of `names` is painted, then returns every range; throws with what was painted. */
export async function waitForPainted(
  page: Page,
  names: readonly string[],
  timeoutMs = 10_000,
): Promise<PaintedRange[]> {
  let last: PaintedRange[] = [];
  try {
    return await pollFor(
      async () => {
        last = await paintedRanges(page);
        const texts = new Set(last.map((range) => range.text));
        return names.every((name) => texts.has(name)) ? last : undefined;
      },
      timeoutMs,
      `${names.join(', ')} to be painted`,
    );
  } catch (error) {
    throw new Error(`${String(error)}; painted: ${JSON.stringify(last.map((range) => range.text))}`);
  }
}

/** What is wrong with the painted ranges of `page` (see `paintedRangeProblems`). */
export async function problemsOf(page: Page): Promise<string[]> {
  return paintedRangeProblems(await paintedRanges(page));
}

/**
 * The box of the first line of the element `selector`, as wide as `width`:
 * where a name that starts the element is. Uses only Element methods, so it
 * works on pages that broke Range's.
 */
export function startOf(page: Page, selector: string, width = 60): Promise<Box> {
  return page.evaluate(
    (s, w) => {
      const element = document.querySelector(s);
      if (element === null) throw new Error(`${s} is not on the page`);
      const rect = element.getBoundingClientRect();
      const lineHeight = Math.min(rect.height, 24);
      return { left: rect.left, top: rect.top, right: rect.left + w, bottom: rect.top + lineHeight };
    },
    selector,
    width,
  );
}

/** Rests the pointer on `box` and says whether the card opened below it; moves away after. */
export async function hoverOpensCard(page: Page, box: Box): Promise<boolean> {
  await page.mouse.move(1, 1);
  await hover(page, box);
  const { x, y } = cardPoint(box);
  const isOpen = await pollFor(
    async () => ((await isCardAt(page, x, y)) ? true : undefined),
    3000,
    'the card',
  ).catch(() => false);
  await page.mouse.move(1, 1);
  return isOpen;
}
