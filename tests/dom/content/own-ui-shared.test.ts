// @vitest-environment jsdom
/**
 * content.js and card.js each bundle page/own-ui.ts and run in one isolated
 * world: a host marked by the card's copy must be Backstory's own to the
 * painter's copy, or the painter scans the card (issue 16's lazy card).
 */
import { describe, expect, test, vi } from 'vitest';

type OwnUi = typeof import('../../../src/content/page/own-ui');

/** A fresh instance of the module, as a second bundle has. */
async function freshCopy(): Promise<OwnUi> {
  vi.resetModules();
  return import('../../../src/content/page/own-ui');
}

describe('own UI across the two bundles', () => {
  test('a node marked by one copy is own to another, and unmarked for both', async () => {
    const painter = await freshCopy();
    const card = await freshCopy();
    expect(card).not.toBe(painter);
    const host = document.createElement('div');
    const inside = host.appendChild(document.createElement('span'));
    document.body.append(host);
    expect(painter.isBackstoryNode(inside)).toBe(false);
    card.markOwnNode(host);
    expect(painter.isBackstoryNode(inside)).toBe(true);
    card.unmarkOwnNode(host);
    expect(painter.isBackstoryNode(inside)).toBe(false);
  });
});
