/**
 * Helpers for the tooltip's browser tests. The card lives in a closed shadow
 * root, so the page (and these tests) see only its host: `elementFromPoint`
 * over the card returns the host, and screenshots show what is drawn there.
 */
import type { Page } from 'puppeteer-core';
import { pollFor } from './harness';
import { decodePng, type Pixels } from './tooltip-pixels';

/** A box in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The tooltip's host, as the page sees it. */
export const HOST = ':root > [data-backstory="off"]';
/** Waits `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The first box of the first occurrence of `text` in the page. */
export function boxOf(page: Page, text: string): Promise<Box> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getClientRects()[0];
      if (box) return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}

/** Whether the tooltip's host is what the page sees at (x, y). */
export function isCardAt(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate(
    (px, py, selector) => document.elementFromPoint(px, py)?.matches(selector) ?? false,
    x,
    y,
    HOST,
  );
}

/** Where the card's top-left inner corner is when placed below `box` (bottom-start, 6 px away). */
export function cardPoint(box: Box, dx = 20, dy = 20): { x: number; y: number } {
  return { x: Math.round(box.left + dx), y: Math.round(box.bottom + 6 + dy) };
}

/** Waits until the card shows below `box`. */
export async function waitForCard(page: Page, box: Box, what: string): Promise<void> {
  const { x, y } = cardPoint(box);
  await pollFor(async () => ((await isCardAt(page, x, y)) ? true : undefined), 3000, what);
}

/** Waits until the painter has painted something (the highlight registry is the document's). */
export async function openPainted(page: Page): Promise<Page> {
  await pollFor(
    () => page.evaluate(() => (CSS.highlights.size > 0 ? true : undefined)),
    10_000,
    'mentions to be painted',
  );
  return page;
}

/** Rests the pointer on the middle of `box` for longer than the hover delay. */
export async function hover(page: Page, box: Box): Promise<void> {
  await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 3 });
  await sleep(700);
}

/** A screenshot of `clip`, decoded. */
export async function screenshot(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<Pixels> {
  const png = await page.screenshot({ clip, type: 'png' });
  return decodePng(new Uint8Array(png));
}

/** How many pixels of `pixels` are dark (text), by luminance. */
export function darkPixels(pixels: Pixels): number {
  let count = 0;
  for (let y = 0; y < pixels.height; y += 1) {
    for (let x = 0; x < pixels.width; x += 1) {
      const [r, g, b] = pixels.at(x, y);
      if (0.2126 * r + 0.7152 * g + 0.0722 * b < 110) count += 1;
    }
  }
  return count;
}

/** A node of puppeteer's accessibility snapshot. */
export interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/** The first node of `role` in an accessibility snapshot, with all the text under it. */
export function findRole(tree: AxNode | null, role: string): { text: string } | null {
  const text = (node: AxNode): string => [node.name ?? '', ...(node.children ?? []).map(text)].join(' ');
  const stack = tree ? [tree] : [];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.role === role) return { text: text(node) };
    stack.push(...(node.children ?? []).slice().reverse());
  }
  return null;
}

/** How many pixels differ between two screenshots of the same region. */
export function changedPixels(a: Pixels, b: Pixels): number {
  let count = 0;
  for (let y = 0; y < a.height; y += 1) {
    for (let x = 0; x < a.width; x += 1) {
      if (a.at(x, y).some((c, i) => Math.abs(c - (b.at(x, y)[i] ?? 0)) > 24)) count += 1;
    }
  }
  return count;
}

/** A node as WebDriver BiDi serialises it (the fields read here). */
interface BidiNode {
  type: string;
  value?: {
    nodeType?: number;
    localName?: string;
    nodeValue?: string;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

type BidiConnection = {
  send: (method: string, params: object) => Promise<{ result: { result?: BidiNode } }>;
};

/** The text of a BiDi-serialised node and its shadow tree, without style sheets. */
function bidiText(node: BidiNode | null | undefined): string {
  const value = node?.value;
  if (value === undefined || value.localName === 'style') return '';
  if (value.nodeType === 3) return value.nodeValue ?? '';
  const parts = [bidiText(value.shadowRoot), ...(value.children ?? []).map(bidiText)];
  return parts.filter((part) => part !== '').join(' ');
}

/**
 * The text of the card, read through its closed shadow root: in Chromium from
 * the accessibility tree (the tooltip's role), in Firefox from WebDriver BiDi,
 * whose serialisation includes closed shadow roots when asked
 * (`includeShadowTree: 'all'`). `null` when there is no card.
 */
export async function cardText(page: Page, browserName: 'chromium' | 'firefox'): Promise<string | null> {
  if (browserName === 'chromium') {
    return findRole(await page.accessibility.snapshot({ interestingOnly: false }), 'tooltip')?.text ?? null;
  }
  // puppeteer-core's BiDi browser and frame: the connection and the browsing context's id.
  const { connection } = page.browser() as unknown as { connection: BidiConnection };
  const { _id: context } = page.mainFrame() as unknown as { _id: string };
  const { result } = await connection.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(HOST)})`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 50, includeShadowTree: 'all' },
  });
  const host = result.result;
  return host?.type === 'node' ? bidiText(host).replace(/\s+/g, ' ').trim() : null;
}
