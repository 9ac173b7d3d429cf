/**
 * Test harness for the tooltip in jsdom: a fixture article, a fake painter
 * index over it, a fake layout (jsdom lays nothing out, so every mention gets
 * a box and the caret API is answered from those boxes), pointer events, and
 * the tooltip loaded with `attachShadow` observed so tests can read the closed
 * shadow root, as assistive technology does.
 */
import fs from 'node:fs';
import { vi } from 'vitest';
import type { Entity } from '../../../src/core/dictionary/types';
import type { PaintedMention } from '../../../src/content/mentions/mention';
import type { MentionIndex } from '../../../src/content/mentions/mention-index';
import type { Tooltip, TooltipDeps } from '../../../src/content/tooltip/index';

export const ARTICLE = `
  <article>
    <p id="p1">Prime Minister Vladimir Putin met the leaders of the SCO in Dushanbe on 25 November.</p>
    <p id="p2">Later, Putin said the <a href="https://example.test/sco">SCO summit</a> had gone well.</p>
    <p id="p3">The Shanghai Cooperation Organisation was founded in 2001.</p>
  </article>`;

export const ENTITIES: Entity[] = [
  {
    id: 'vladimir-putin',
    type: 'person',
    name: 'Vladimir Putin',
    aliases: [{ text: 'Vladimir Putin', match: 'standalone', caseSensitive: false }],
    role: 'Prime Minister of Russia (2008–2012)',
    background: 'President of Russia from 2000 to 2008, <em>then</em> Prime Minister.',
    quotes: [
      'The summit brought together observers from Iran and Pakistan.',
      'The Russian Prime Minister Vladimir Putin visited the Tajik capital Dushanbe on 25 November.',
    ],
    related: ['sco', 'dushanbe', 'no-such-entity'],
  },
  {
    id: 'sco',
    type: 'organisation',
    name: 'Shanghai Cooperation Organisation',
    aliases: [{ text: 'SCO', match: 'standalone', caseSensitive: true }],
    role: 'Regional security bloc; held its summit in Dushanbe (Nov 2010)',
    background: 'A Eurasian political and security organisation founded in 2001.',
    quotes: ['The SCO summit was taking place there.'],
    related: [],
  },
  {
    id: 'dushanbe',
    type: 'place',
    name: 'Dushanbe',
    aliases: [{ text: 'Dushanbe', match: 'standalone', caseSensitive: false }],
    role: 'Capital of Tajikistan; host of the summit (25 Nov 2010)',
    background: '',
    quotes: [],
    related: [],
  },
];

/** Which text of the article is painted as which entity; occurrence counts from 0 within the element. */
export const MENTIONS: { selector: string; text: string; entityId: string; occurrence?: number }[] = [
  { selector: '#p1', text: 'Vladimir Putin', entityId: 'vladimir-putin' },
  { selector: '#p1', text: 'SCO', entityId: 'sco' },
  { selector: '#p1', text: 'Dushanbe', entityId: 'dushanbe' },
  { selector: '#p2', text: 'Putin', entityId: 'vladimir-putin' },
  { selector: '#p2 a', text: 'SCO', entityId: 'sco' },
  { selector: '#p3', text: 'Shanghai Cooperation Organisation', entityId: 'sco' },
];

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function rect({ left, top, width, height }: Box): DOMRect {
  return {
    left,
    top,
    width,
    height,
    x: left,
    y: top,
    right: left + width,
    bottom: top + height,
    toJSON: () => ({}),
  };
}

/** A painter index over fixed mentions; `repaint` swaps them and tells listeners. */
export class FakeIndex implements MentionIndex {
  private mentions: PaintedMention[] = [];
  readonly listeners = new Set<() => void>();

  constructor(mentions: PaintedMention[] = []) {
    this.mentions = mentions;
  }

  at(node: Node, offset: number): PaintedMention | null {
    return (
      this.mentions.find((m) => {
        const { range } = m;
        return range.startContainer === node && offset >= range.startOffset && offset < range.endOffset;
      }) ?? null
    );
  }

  all(): readonly PaintedMention[] {
    return this.mentions;
  }

  isEmpty(): boolean {
    return this.mentions.length === 0;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  repaint(mentions: PaintedMention[]): void {
    this.mentions = mentions;
    for (const listener of this.listeners) listener();
  }
}

/** The boxes jsdom cannot compute: one per range we know of. */
export const layout = new WeakMap<Range, DOMRect[]>();

/** Builds the painted mentions of the fixture, each on its own line 30 px apart, 10 px from the left. */
export function paintFixture(): PaintedMention[] {
  return MENTIONS.map((spec, index) => {
    const element = document.querySelector(spec.selector);
    const text = element?.firstChild;
    if (!(text instanceof Text)) throw new Error(`No text in ${spec.selector}`);
    const start = text.data.indexOf(spec.text);
    if (start < 0) throw new Error(`"${spec.text}" not in ${spec.selector}`);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + spec.text.length);
    layout.set(range, [rect({ left: 10, top: 100 + 30 * index, width: 8 * spec.text.length, height: 16 })]);
    return { entityId: spec.entityId, dictionaryId: 'fixture', index, range };
  });
}

/** Where to put the pointer to rest on mention `m`: the middle of its first box. */
export function pointOn(m: PaintedMention): { x: number; y: number } {
  const box = layout.get(m.range)?.[0];
  if (box === undefined) throw new Error('mention without a box');
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Installs the fake layout and caret API; returns the caret spy. */
export function installLayout(index: () => readonly PaintedMention[]): ReturnType<typeof vi.fn> {
  Range.prototype.getClientRects = function (this: Range) {
    return (layout.get(this) ?? []) as unknown as DOMRectList;
  };
  Range.prototype.getBoundingClientRect = function (this: Range) {
    return layout.get(this)?.[0] ?? rect({ left: 0, top: 0, width: 0, height: 0 });
  };
  Element.prototype.scrollIntoView = vi.fn();
  // Like the real API: over a mention, the caret inside it; right of its box on the same line, the
  // caret snaps to the mention's end; elsewhere, the start of the first paragraph (no mention there).
  const caret = vi.fn((x: number, y: number) => {
    for (const m of index()) {
      const box = layout.get(m.range)?.[0];
      if (box === undefined || y < box.top || y > box.bottom) continue;
      if (x >= box.left && x <= box.right)
        return { offsetNode: m.range.startContainer, offset: m.range.startOffset + 1 };
      if (x > box.right) return { offsetNode: m.range.endContainer, offset: m.range.endOffset };
    }
    const first = document.querySelector('#p1')?.firstChild ?? null;
    return first === null ? null : { offsetNode: first, offset: 0 };
  });
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = caret;
  return caret;
}

/** Dispatches a pointer event (jsdom has no PointerEvent: a MouseEvent with the pointer fields). */
export function pointer(
  type: string,
  x: number,
  y: number,
  options: { pointerType?: string; pointerId?: number; target?: EventTarget } = {},
): Event {
  const event = new MouseEvent(type, {
    clientX: x,
    clientY: y,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  Object.defineProperties(event, {
    pointerType: { value: options.pointerType ?? 'mouse' },
    pointerId: { value: options.pointerId ?? 1 },
  });
  const target = options.target ?? document.querySelector('#p1') ?? document.body;
  target.dispatchEvent(event);
  return event;
}

/** English UI strings from the extension's messages.json, placeholders filled as browser.i18n does. */
const messages = JSON.parse(fs.readFileSync('assets/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export function t(key: string, substitutions: string | string[] = []): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const entry = messages[key];
  if (entry === undefined) return '';
  return entry.message.replace(/\$([A-Z0-9_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** The closed shadow roots the tooltip attached, observed through the prototype it captures at load. */
export const shadowRoots: ShadowRoot[] = [];

/** Loads the tooltip module with `attachShadow` observed (it captures the prototype's method when loaded). */
export async function loadTooltip(): Promise<typeof import('../../../src/content/tooltip/index')> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this)
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    shadowRoots.push(root);
    return root;
  };
  vi.resetModules();
  const module = await import('../../../src/content/tooltip/index');
  Element.prototype.attachShadow = original;
  return module;
}

/** The own-UI registry the loaded tooltip uses (the same module instance as `loadTooltip` loaded). */
export function ownUi(): Promise<typeof import('../../../src/content/page/own-ui')> {
  return import('../../../src/content/page/own-ui');
}

/** Everything a test needs: the page, the index, the tooltip and its spies. */
export interface Setup {
  index: FakeIndex;
  mentions: PaintedMention[];
  tooltip: Tooltip;
  caret: ReturnType<typeof vi.fn>;
  openEntityView: ReturnType<typeof vi.fn>;
  /** Told which mention's card is open, for the painter's hover-only style. */
  onShow: ReturnType<typeof vi.fn>;
  deps: TooltipDeps;
  /** Aborts the tooltip's lifetime: its teardown. */
  stop: () => void;
  /** The tooltip's error reports. */
  onError: ReturnType<typeof vi.fn>;
}

export async function setUp(
  options: {
    empty?: boolean;
    delay?: () => number;
    entities?: Entity[];
    restingOn?: number;
    /** A tap on this mention before the card's code arrived. */
    tappedOn?: number;
  } = {},
): Promise<Setup> {
  const parsed = new DOMParser().parseFromString(ARTICLE, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  const mentions = paintFixture();
  const index = new FakeIndex(options.empty === true ? [] : mentions);
  const caret = installLayout(() => index.all());
  const { createTooltip } = await loadTooltip();
  const entities = options.entities ?? ENTITIES;
  const openEntityView = vi.fn();
  const onShow = vi.fn();
  const deps: TooltipDeps = {
    index,
    entity: (dictionaryId, entityId) =>
      dictionaryId === 'fixture' ? entities.find((e) => e.id === entityId) : undefined,
    attribution: (dictionaryId) =>
      dictionaryId === 'fixture' ? 'Strategic Culture Foundation, 29 Nov 2010' : undefined,
    hoverDelayMs: options.delay ?? (() => 300),
    t,
    openEntityView,
    onShow,
  };
  const resting = options.restingOn === undefined ? undefined : mentions[options.restingOn];
  if (resting !== undefined) deps.restingPointer = { ...pointOn(resting), target: null };
  const tapped = options.tappedOn === undefined ? undefined : mentions[options.tappedOn];
  if (tapped !== undefined) deps.pendingTap = { ...pointOn(tapped), target: null };
  const lifetime = new AbortController();
  const onError = vi.fn();
  const tooltip = createTooltip(deps, { signal: lifetime.signal, onError });
  const stop = (): void => {
    lifetime.abort();
  };
  current = { index, mentions, tooltip, caret, openEntityView, onShow, deps, stop, onError };
  return current;
}

// The setup of the running test, so that every test file shares one teardown and one mention lookup.
let current: Setup | null = null;

/** Destroys the running test's tooltip and restores real timers; register with `afterEach(tearDown)`. */
export function tearDown(): void {
  current?.stop();
  current = null;
  vi.useRealTimers();
}

/** The running test's `n`-th fixture mention. */
export function mention(n: number): PaintedMention {
  const m = current?.mentions[n];
  if (m === undefined) throw new Error(`no mention ${n}`);
  return m;
}

/** The host and the closed shadow root of the tooltip, once it has opened. */
export function tooltipParts(): {
  host: HTMLElement;
  root: ShadowRoot;
  card: HTMLElement;
  live: HTMLElement;
} {
  const root = shadowRoots.at(-1);
  const host = root?.host;
  const card = root?.querySelector<HTMLElement>('.card');
  const live = root?.querySelector<HTMLElement>('[role="status"]');
  if (!(host instanceof HTMLElement) || !root || !card || !live) throw new Error('tooltip not created');
  return { host, root, card, live };
}

/** Whether a card is showing, and whose name it shows. */
export function shownName(): string | null {
  const root = shadowRoots.at(-1);
  const card = root?.querySelector('.card.is-open');
  return card?.querySelector('.name')?.textContent ?? null;
}

export function useTimers(): void {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'Date'],
  });
}
