// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { stepMentionRoute, isStepParams } from '../../../src/content/page/routes';
import {
  layout,
  pointer,
  pointOn,
  rect,
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

/** Puts mention `n`'s box at `top` (the page scrolled). */
function moveBox(n: number, top: number): void {
  layout.set(mention(n).range, [rect({ left: 10, top, width: 40, height: 16 })]);
}

describe('telling the painter which card is open', () => {
  test('reports the mention when a card opens and null when it closes', async () => {
    setup = await setUp();
    const { tooltip, onShow } = setup;
    tooltip.openFor(mention(2));
    expect(onShow).toHaveBeenLastCalledWith(mention(2));
    tooltip.close();
    expect(onShow).toHaveBeenLastCalledWith(null);
  });
});

describe('keyboard stepping', () => {
  test('steps forward and back through the mentions in document order, wrapping at the ends', async () => {
    setup = await setUp();
    const { tooltip } = setup;
    const names: (string | null)[] = [];
    for (let i = 0; i < 7; i += 1) {
      expect(tooltip.step(1)).toBe(true);
      names.push(`${tooltip.openMention()?.index ?? -1}:${shownName() ?? ''}`);
    }
    expect(names).toEqual([
      '0:Vladimir Putin',
      '1:Shanghai Cooperation Organisation',
      '2:Dushanbe',
      '3:Vladimir Putin',
      '4:Shanghai Cooperation Organisation',
      '5:Shanghai Cooperation Organisation',
      '0:Vladimir Putin',
    ]);
    tooltip.step(-1);
    expect(tooltip.openMention()?.index).toBe(5);
    tooltip.step(-1);
    expect(tooltip.openMention()?.index).toBe(4);
  });

  test('without an open card, starts from the viewport: forward from its top, back from its bottom', async () => {
    setup = await setUp();
    // The page is scrolled: mentions 0 and 1 above the viewport, 5 below it.
    moveBox(0, -200);
    moveBox(1, -100);
    moveBox(5, 2000);
    expect(setup.tooltip.step(1)).toBe(true);
    expect(setup.tooltip.openMention()?.index).toBe(2);
    setup.stop();
    setup = await setUp();
    moveBox(5, 2000);
    expect(setup.tooltip.step(-1)).toBe(true);
    expect(setup.tooltip.openMention()?.index).toBe(4);
  });

  test('after Escape, continues from the last mention stepped to while it is in view', async () => {
    useTimers();
    setup = await setUp();
    setup.tooltip.step(1);
    setup.tooltip.step(1);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shownName()).toBeNull();
    setup.tooltip.step(1);
    expect(setup.tooltip.openMention()?.index).toBe(2);
  });

  test('scrolls an off-screen mention into view, smoothly unless motion is reduced', async () => {
    setup = await setUp();
    moveBox(0, 3000);
    setup.tooltip.step(1);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the harness's mock, only inspected
    const scroll = vi.mocked(Element.prototype.scrollIntoView);
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(document.querySelector('#p1'));
    expect(scroll.mock.calls[0]?.[0]).toMatchObject({ block: 'center', behavior: 'smooth' });
    setup.tooltip.close();
    window.matchMedia = vi.fn(
      (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList,
    );
    setup.tooltip.step(1);
    expect(scroll.mock.calls[1]?.[0]).toMatchObject({ behavior: 'instant' });
    // A mention already in view is not scrolled to.
    setup.tooltip.step(1);
    expect(scroll).toHaveBeenCalledTimes(2);
    Reflect.deleteProperty(window, 'matchMedia');
  });

  test('announces the card politely, and keeps it open while the pointer moves elsewhere', async () => {
    useTimers();
    setup = await setUp();
    setup.tooltip.step(1);
    const { live, card } = tooltipParts();
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(card.getAttribute('role')).toBe('tooltip');
    vi.advanceTimersByTime(100);
    expect(live.textContent).toBe(
      'Vladimir Putin, Person. Prime Minister of Russia (2008–2012) President of Russia from 2000 to 2008, then Prime Minister.',
    );
    pointer('pointermove', 700, 700);
    vi.advanceTimersByTime(3000);
    expect(shownName()).toBe('Vladimir Putin');
  });

  test('a page without mentions: stepping does nothing', async () => {
    setup = await setUp({ empty: true });
    expect(setup.tooltip.step(1)).toBe(false);
    expect(setup.tooltip.step(-1)).toBe(false);
    expect(shownName()).toBeNull();
  });

  test('the stepMention route accepts only 1 and -1 and steps the tooltip', async () => {
    setup = await setUp();
    for (const bad of [
      null,
      {},
      { direction: 0 },
      { direction: 2 },
      { direction: '1' },
      { direction: -1.5 },
    ]) {
      expect(isStepParams(bad)).toBe(false);
    }
    const route = stepMentionRoute(setup.tooltip);
    expect(route.from).toBe('extension-page');
    expect(route.isParams({ direction: -1 })).toBe(true);
    await expect(route.handle({ direction: -1 }, {})).resolves.toBe(true);
    expect(setup.tooltip.openMention()?.index).toBe(5);
  });
});

describe('touch', () => {
  function tap(x: number, y: number, target?: EventTarget, moveBy = 0): Event {
    const options = { pointerType: 'touch', pointerId: 7, ...(target ? { target } : {}) };
    pointer('pointerdown', x, y, options);
    return pointer('pointerup', x + moveBy, y, options);
  }

  test('a tap on a mention opens its card, a tap elsewhere closes it', async () => {
    setup = await setUp();
    const { x, y } = pointOn(mention(2));
    tap(x, y);
    expect(shownName()).toBe('Dushanbe');
    tap(600, 600);
    expect(shownName()).toBeNull();
  });

  test('a tap in the card keeps it; a drag is not a tap', async () => {
    setup = await setUp();
    const { x, y } = pointOn(mention(2));
    tap(x, y, undefined, 40);
    expect(shownName()).toBeNull();
    tap(x, y);
    tap(5, 5, tooltipParts().host);
    expect(shownName()).toBe('Dushanbe');
  });

  test("a card that fails to build is reported as the tooltip's error; the next tap works", async () => {
    setup = await setUp();
    const failure = new Error('no attribution');
    const { attribution } = setup.deps;
    setup.deps.attribution = () => {
      throw failure;
    };
    const { x, y } = pointOn(mention(2));
    tap(x, y);
    expect(setup.onError).toHaveBeenCalledWith(failure);
    expect(shownName()).toBeNull();
    setup.deps.attribution = attribution;
    tap(x, y);
    expect(shownName()).toBe('Dushanbe');
  });

  test('a mention inside a link is left to the link', async () => {
    setup = await setUp();
    const { x, y } = pointOn(mention(4));
    const link = document.querySelector('#p2 a');
    if (link === null) throw new Error('fixture');
    const up = tap(x, y, link);
    expect(shownName()).toBeNull();
    expect(up.defaultPrevented).toBe(false);
  });
});
