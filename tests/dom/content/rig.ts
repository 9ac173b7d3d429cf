/**
 * A test rig for the content script in jsdom: a small dictionary built by
 * the real matcher, and a fake highlight registry (jsdom has no
 * `CSS.highlights`) that records the ranges painted.
 */
import type { Dictionary, Entity } from '../../../src/core/dictionary/types';
import { prebuildFor } from '../../../src/core/match';
import { Annotator } from '../../../src/content/scan/annotator';
import type { FoundMention } from '../../../src/content/mentions/mention';
import { MentionStore } from '../../../src/content/mentions/mention-store';
import { Painter, type HighlightLike, type HighlightRegistryLike } from '../../../src/content/paint/painter';
import { createRecogniser } from '../../../src/content/scan/recogniser';
import { createSlicer } from '../../../src/content/scan/slicer';
import type { ViewportWatchFactory } from '../../../src/content/paint/viewport-watch';

function entity(id: string, type: string, name: string, extra: Entity['aliases'] = []): Entity {
  return {
    id,
    type,
    name,
    aliases: [{ text: name, match: 'standalone', caseSensitive: false }, ...extra],
    role: `${name}, for tests`,
    background: 'A test entity.',
    quotes: [],
    related: [],
  };
}

/** The test dictionary: a few people, places and organisations. */
export const TEST_DICTIONARY: Dictionary = {
  schemaVersion: 1,
  id: 'test-dictionary',
  name: 'Test dictionary',
  entities: [
    entity('vladimir-putin', 'person', 'Vladimir Putin', [
      { text: 'Putin', match: 'after-full-name', caseSensitive: false },
    ]),
    entity('yusuf-raza-gilani', 'person', 'Yusuf Raza Gilani'),
    entity('dushanbe', 'place', 'Dushanbe'),
    entity('tajikistan', 'place', 'Tajikistan'),
    entity('sco', 'organisation', 'Shanghai Cooperation Organisation', [
      { text: 'SCO', match: 'standalone', caseSensitive: true },
    ]),
    entity('rogun', 'project', 'Rogun project'),
  ],
};

/** The names the tests write, each with the entity it must be found as. */
export const NAMES: readonly (readonly [string, string])[] = [
  ['Vladimir Putin', 'vladimir-putin'],
  ['Yusuf Raza Gilani', 'yusuf-raza-gilani'],
  ['Dushanbe', 'dushanbe'],
  ['Tajikistan', 'tajikistan'],
  ['SCO', 'sco'],
  ['Rogun project', 'rogun'],
];

/** A highlight that keeps its ranges in a set. */
export class FakeHighlight implements HighlightLike {
  readonly ranges = new Set<AbstractRange>();
  priority = 0;
  add(range: AbstractRange): this {
    this.ranges.add(range);
    return this;
  }
  delete(range: AbstractRange): boolean {
    return this.ranges.delete(range);
  }
  clear(): void {
    this.ranges.clear();
  }
}

/** A registry like `CSS.highlights`, inspectable. */
export class FakeRegistry implements HighlightRegistryLike {
  readonly highlights = new Map<string, FakeHighlight>();
  create(): FakeHighlight {
    return new FakeHighlight();
  }
  set(name: string, highlight: HighlightLike): void {
    if (highlight instanceof FakeHighlight) this.highlights.set(name, highlight);
  }
  delete(name: string): void {
    this.highlights.delete(name);
  }
  /** Every registered range of the type highlights (not hover or flash). */
  typeRanges(): AbstractRange[] {
    return [...this.highlights]
      .filter(([name]) => name !== 'backstory-hover' && name !== 'backstory-flash')
      .flatMap(([, highlight]) => [...highlight.ranges]);
  }
}

/** The text a static or live range covers, read from its nodes. */
export function rangeText(range: AbstractRange): string {
  const doc = range.startContainer.ownerDocument ?? document;
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

/** A static range over a found mention, as the extension makes them. */
export function makeRange(mention: FoundMention): AbstractRange {
  return new StaticRange({
    startContainer: mention.startNode,
    startOffset: mention.startOffset,
    endContainer: mention.endNode,
    endOffset: mention.endOffset,
  });
}

/** The real recogniser over the test dictionary. */
export function testRecogniser(): ReturnType<typeof createRecogniser> {
  return createRecogniser([TEST_DICTIONARY], prebuildFor([TEST_DICTIONARY]));
}

/** Store, painter and annotator over `document`, with a fake registry; yields are microtasks. */
export function createRig(
  maxChunkChars?: number,
  viewport?: ViewportWatchFactory,
): {
  registry: FakeRegistry;
  store: MentionStore;
  painter: Painter;
  annotator: Annotator;
  scan: () => Promise<void>;
} {
  const registry = new FakeRegistry();
  const store = new MentionStore();
  const painter = new Painter(registry, store, makeRange, undefined, viewport);
  const annotator = new Annotator({
    doc: document,
    store,
    painter,
    slicer: createSlicer(0, () => Promise.resolve()),
    recogniser: testRecogniser(),
    maxChunkChars,
  });
  const scan = (): Promise<void> => annotator.scanAll(new AbortController().signal);
  return { registry, store, painter, annotator, scan };
}

/** What is painted, as `[text, entityId]` pairs in document order. */
export function paintedPairs(store: MentionStore): [string, string][] {
  return store.all().map((m) => [m.range.toString(), m.entityId]);
}

/** Replaces the children of `target` (the body by default) with parsed `html`: the fixtures are the tests' own markup. */
export function fill(html: string, target: Element | ShadowRoot = document.body): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  target.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}
