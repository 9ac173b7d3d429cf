// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  ownUi,
  pointer,
  pointOn,
  setUp,
  shadowRoots,
  shownName,
  tooltipParts,
  useTimers,
  type Setup,
  tearDown,
  mention,
} from './harness';

let setup: Setup | null = null;
afterEach(tearDown);

describe('the host', () => {
  test('is one element under <html>, with a closed shadow root, added only when a card first opens', async () => {
    setup = await setUp();
    const before = document.documentElement.children.length;
    setup.tooltip.openFor(mention(0));
    setup.tooltip.close();
    setup.tooltip.openFor(mention(1));
    const { host, root } = tooltipParts();
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.documentElement.children.length).toBe(before + 1);
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(document.body.querySelector('[role="tooltip"]')).toBeNull();
  });

  test('holds its own styles and beats page CSS with inline !important: fixed, topmost, shown', async () => {
    setup = await setUp();
    setup.tooltip.openFor(mention(0));
    const { host, root } = tooltipParts();
    expect(host.getAttribute('data-backstory')).toBe('off');
    for (const [property, value] of [
      ['position', 'fixed'],
      ['z-index', '2147483647'],
      ['display', 'block'],
      ['visibility', 'visible'],
    ]) {
      expect(host.style.getPropertyValue(property as string)).toBe(value);
      expect(host.style.getPropertyPriority(property as string)).toBe('important');
    }
    // jsdom has no constructable sheets, so the fallback style element carries them here.
    expect(root.querySelector('style')?.textContent).toContain('prefers-color-scheme: dark');
    expect(root.querySelector('style')?.textContent).toContain('prefers-reduced-motion: reduce');
  });

  test('is made with the attachShadow captured at load, whatever the page puts there later', async () => {
    setup = await setUp();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was
    const replaced = Element.prototype.attachShadow;
    Element.prototype.attachShadow = () => {
      throw new Error('page replaced attachShadow');
    };
    try {
      expect(setup.tooltip.openFor(mention(0))).toBe(true);
      expect(shadowRoots.at(-1)?.host.parentNode).toBe(document.documentElement);
    } finally {
      Element.prototype.attachShadow = replaced;
    }
  });

  test('counts as Backstory’s own node for the painter; the page does not', async () => {
    setup = await setUp();
    setup.tooltip.openFor(mention(0));
    const { host, card } = tooltipParts();
    const { isBackstoryNode } = await ownUi();
    expect(isBackstoryNode(host)).toBe(true);
    expect(isBackstoryNode(card)).toBe(true);
    expect(isBackstoryNode(document.body)).toBe(false);
    expect(isBackstoryNode(document.documentElement)).toBe(false);
  });

  test('comes back when the page removes it', async () => {
    setup = await setUp();
    setup.tooltip.openFor(mention(0));
    const { host } = tooltipParts();
    host.remove();
    setup.tooltip.openFor(mention(1));
    expect(host.parentNode).toBe(document.documentElement);
    expect(shownName()).toBe('Shanghai Cooperation Organisation');
  });
});

describe('repaints', () => {
  test('the card follows its mention painted anew, and closes when it is gone', async () => {
    setup = await setUp();
    const { index, mentions } = setup;
    setup.tooltip.openFor(mention(2));
    const again = mentions.map((m) => ({ ...m, range: m.range.cloneRange() }));
    index.repaint(again);
    expect(setup.tooltip.openMention()).toBe(again[2]);
    expect(shownName()).toBe('Dushanbe');
    index.repaint(again.filter((m) => m.entityId !== 'dushanbe'));
    expect(setup.tooltip.openMention()).toBeNull();
    expect(shownName()).toBeNull();
  });
});

describe('destroy', () => {
  test('removes the host, every listener, observer and timer', async () => {
    useTimers();
    setup = await setUp();
    const { x, y } = pointOn(mention(0));
    pointer('pointermove', x, y);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(300);
    expect(shownName()).toBe('Vladimir Putin');
    const { host } = tooltipParts();
    // A hide and an announcement pending while it is torn down.
    setup.tooltip.step(1);
    pointer('pointermove', 700, 700);
    const { isBackstoryNode } = await ownUi();
    expect(isBackstoryNode(host)).toBe(true);
    setup.stop();
    expect(host.isConnected).toBe(false);
    expect(isBackstoryNode(host)).toBe(false);
    expect(setup.index.listeners.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    setup.caret.mockClear();
    pointer('pointermove', x, y);
    pointer('pointerdown', x, y, { pointerType: 'touch' });
    pointer('pointerup', x, y, { pointerType: 'touch' });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    vi.advanceTimersByTime(1000);
    expect(vi.getTimerCount()).toBe(0);
    expect(setup.caret).not.toHaveBeenCalled();
    expect(document.documentElement.querySelector(':scope > [data-backstory]')).toBeNull();
  });
});
