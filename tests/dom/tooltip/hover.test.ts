// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  layout,
  pointer,
  pointOn,
  setUp,
  shownName,
  tooltipParts,
  useTimers,
  type Setup,
  tearDown,
  mention,
} from './harness';

let setup: Setup | null = null;
afterEach(tearDown);

/** Moves the pointer to (x, y) and lets the frame that handles it run. */
function moveTo(x: number, y: number, target?: EventTarget): void {
  pointer('pointermove', x, y, target ? { target } : {});
  vi.advanceTimersToNextFrame();
}

function restOn(n: number): void {
  const { x, y } = pointOn(mention(n));
  moveTo(x, y);
}

describe('hover intent', () => {
  test('opens once the pointer has rested on a mention for the hover delay, not before', async () => {
    useTimers();
    setup = await setUp();
    restOn(0);
    vi.advanceTimersByTime(299);
    expect(shownName()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(shownName()).toBe('Vladimir Putin');
  });

  test('reads the delay from the settings at each hover', async () => {
    useTimers();
    let delay = 500;
    setup = await setUp({ delay: () => delay });
    restOn(1);
    vi.advanceTimersByTime(450);
    expect(shownName()).toBeNull();
    vi.advanceTimersByTime(50);
    expect(shownName()).toBe('Shanghai Cooperation Organisation');
    setup.tooltip.close();
    delay = 100;
    restOn(2);
    vi.advanceTimersByTime(100);
    expect(shownName()).toBe('Dushanbe');
  });

  test('sweeping across mentions and along a long one opens nothing', async () => {
    useTimers();
    setup = await setUp();
    // Across each mention in turn, 150 ms on each.
    for (let n = 0; n < 5; n += 1) {
      restOn(n);
      vi.advanceTimersByTime(150 - 16);
    }
    // Along "Shanghai Cooperation Organisation" (264 px wide) at 100 px a second, for 2.5 s.
    const box = layout.get(mention(5).range)?.[0];
    if (box === undefined) throw new Error('fixture');
    for (let x = box.left; x <= box.right; x += 10) {
      moveTo(x, box.top + 8);
      vi.advanceTimersByTime(100 - 16);
      expect(shownName()).toBeNull();
    }
    // And off the text: nothing ever opened.
    moveTo(600, 5);
    vi.advanceTimersByTime(1000);
    expect(shownName()).toBeNull();
  });

  test('drifting a few pixels still counts as resting', async () => {
    useTimers();
    setup = await setUp();
    const { x, y } = pointOn(mention(5));
    moveTo(x, y);
    const start = Date.now();
    for (let i = 1; i <= 5; i += 1) {
      vi.advanceTimersByTime(30);
      moveTo(x + (i % 3) * 2, y + (i % 2) * 2);
    }
    vi.advanceTimersByTime(start + 299 - Date.now());
    expect(shownName()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(shownName()).toBe('Shanghai Cooperation Organisation');
  });

  test('the blank space beyond a line’s end is not the mention the caret snaps to', async () => {
    useTimers();
    setup = await setUp();
    const box = layout.get(mention(0).range)?.[0];
    if (box === undefined) throw new Error('fixture');
    moveTo(box.right + 40, box.top + 8);
    vi.advanceTimersByTime(2000);
    expect(shownName()).toBeNull();
    expect(setup.caret).toHaveBeenCalled();
  });

  test('stays while the pointer is on the card, closes 300 ms after it has left both', async () => {
    useTimers();
    setup = await setUp();
    restOn(0);
    vi.advanceTimersByTime(300);
    const { host } = tooltipParts();
    // Over the gap, into the card: the card is the host as the page sees it.
    moveTo(400, 400);
    vi.advanceTimersByTime(100);
    moveTo(50, 140, host);
    vi.advanceTimersByTime(5000);
    expect(shownName()).toBe('Vladimir Putin');
    moveTo(700, 700);
    vi.advanceTimersByTime(299);
    expect(shownName()).toBe('Vladimir Putin');
    vi.advanceTimersByTime(1);
    expect(shownName()).toBeNull();
  });

  test('coming back to the mention before the hide delay keeps the card', async () => {
    useTimers();
    setup = await setUp();
    restOn(0);
    vi.advanceTimersByTime(300);
    moveTo(700, 700);
    vi.advanceTimersByTime(200);
    restOn(0);
    vi.advanceTimersByTime(2000);
    expect(shownName()).toBe('Vladimir Putin');
  });

  test('a new hover replaces the card without closing it in between', async () => {
    useTimers();
    setup = await setUp();
    restOn(0);
    vi.advanceTimersByTime(300);
    const { card } = tooltipParts();
    const names: (string | null)[] = [];
    restOn(2);
    for (let t = 0; t < 400; t += 10) {
      names.push(shownName());
      vi.advanceTimersByTime(10);
    }
    expect(names).not.toContain(null);
    expect(names[0]).toBe('Vladimir Putin');
    expect(names.at(-1)).toBe('Dushanbe');
    expect(tooltipParts().card).toBe(card);
  });

  test('leaving the window closes a hover card after the delay', async () => {
    useTimers();
    setup = await setUp();
    restOn(1);
    vi.advanceTimersByTime(300);
    document.documentElement.dispatchEvent(Object.assign(new MouseEvent('pointerleave'), {}));
    vi.advanceTimersByTime(300);
    expect(shownName()).toBeNull();
  });

  test('a pointer already resting on a name when the card’s code arrives gets its card without moving', async () => {
    useTimers();
    setup = await setUp({ restingOn: 1 });
    vi.advanceTimersByTime(300);
    expect(shownName()).toBe('Shanghai Cooperation Organisation');
  });

  test('a finger that tapped a name before the card’s code arrived gets its card at once, and it stays', async () => {
    useTimers();
    setup = await setUp({ tappedOn: 1 });
    expect(shownName()).toBe('Shanghai Cooperation Organisation');
    vi.advanceTimersByTime(1000);
    expect(shownName()).toBe('Shanghai Cooperation Organisation');
  });

  test('a pointer at rest that the browser reports as re-entering (pointerover, no pointermove) opens the card', async () => {
    useTimers();
    setup = await setUp();
    restOn(1);
    vi.advanceTimersByTime(300);
    document.documentElement.dispatchEvent(Object.assign(new MouseEvent('pointerleave'), {}));
    vi.advanceTimersByTime(300);
    expect(shownName()).toBeNull();
    // Back over the same mention without a move: the page changed under it, or it re-entered the window.
    const { x, y } = pointOn(mention(1));
    pointer('pointerover', x, y);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(300);
    expect(shownName()).toBe('Shanghai Cooperation Organisation');
  });

  test('a touch pointerover opens nothing', async () => {
    useTimers();
    setup = await setUp();
    const { x, y } = pointOn(mention(1));
    pointer('pointerover', x, y, { pointerType: 'touch' });
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1000);
    expect(shownName()).toBeNull();
  });

  test('a page without mentions does no work on pointer moves', async () => {
    useTimers();
    setup = await setUp({ empty: true });
    const frames = vi.getTimerCount();
    pointer('pointermove', 20, 110);
    expect(vi.getTimerCount()).toBe(frames);
    vi.advanceTimersByTime(1000);
    expect(setup.caret).not.toHaveBeenCalled();
    expect(document.documentElement.querySelector(':scope > [data-backstory]')).toBeNull();
  });

  test('touch moves are scrolling, not hovering', async () => {
    useTimers();
    setup = await setUp();
    const { x, y } = pointOn(mention(0));
    pointer('pointermove', x, y, { pointerType: 'touch' });
    vi.advanceTimersByTime(1000);
    expect(setup.caret).not.toHaveBeenCalled();
    expect(shownName()).toBeNull();
  });

  test('a click elsewhere closes a hover card; a click on its mention does not', async () => {
    useTimers();
    setup = await setUp();
    restOn(0);
    vi.advanceTimersByTime(300);
    const { x, y } = pointOn(mention(0));
    pointer('pointerdown', x, y);
    expect(shownName()).toBe('Vladimir Putin');
    pointer('pointerdown', 600, 600);
    expect(shownName()).toBeNull();
  });
});

describe('Escape', () => {
  test('closes without the pointer moving, and the resting pointer does not reopen it', async () => {
    useTimers();
    setup = await setUp();
    restOn(0);
    vi.advanceTimersByTime(300);
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(shownName()).toBeNull();
    // Escape stays the page's too.
    expect(event.defaultPrevented).toBe(false);
    restOn(0);
    vi.advanceTimersByTime(1000);
    expect(shownName()).toBeNull();
    // Leaving the mention and resting on it again opens it again.
    moveTo(700, 700);
    restOn(0);
    vi.advanceTimersByTime(300);
    expect(shownName()).toBe('Vladimir Putin');
  });

  test('other keys leave the card open, and no key listener is left once it is closed', async () => {
    useTimers();
    setup = await setUp();
    const add = vi.spyOn(document, 'addEventListener');
    setup.tooltip.openFor(mention(0));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(shownName()).toBe('Vladimir Putin');
    const keyCall = add.mock.calls.find(([type]) => type === 'keydown');
    const signal = (keyCall?.[2] as AddEventListenerOptions | undefined)?.signal;
    expect(signal?.aborted).toBe(false);
    setup.tooltip.close();
    expect(signal?.aborted).toBe(true);
  });
});
