/**
 * The content script's router fed anything: messages of any shape from any
 * sender. Ours always get a reply and never reach a handler unless sender and
 * params are right; anything else is left alone.
 */
import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, test } from 'vitest';
import { articleRoutes } from '../../../src/content/article/article-routes';
import { classifyContentSender, contentRoutes } from '../../../src/content/page/routes';
import type { ContentApi } from '../../../src/shared/messages';
import { createRouter } from '../../../src/shared/router';

const EXTENSION_ID = 'backstory-test-id';
const POPUP: Runtime.MessageSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/popup.html`,
};

/** A router over content routes whose handlers record each call. */
function setup() {
  const calls: string[] = [];
  const router = createRouter<ContentApi>(
    {
      ...contentRoutes({
        findings: () => {
          calls.push('findings');
          return null;
        },
        reveal: () => {
          calls.push('reveal');
          return false;
        },
        tooltip: {
          step: () => {
            calls.push('step');
            return false;
          },
        },
        pageHtml: () => {
          calls.push('pageHtml');
          return { kind: 'too-large', chars: 0 };
        },
      }),
      ...articleRoutes({
        show: () => {
          calls.push('show');
          return false;
        },
        moved: () => {
          calls.push('moved');
        },
        progress: () => {
          calls.push('articleProgress');
          return { state: 'waiting', readMs: null, chars: 0 };
        },
      }),
    },
    classifyContentSender(EXTENSION_ID),
  );
  return { calls, router };
}

const TYPES = [
  'getFindings',
  'revealMention',
  'stepMention',
  'getPageHtml',
  'showArticle',
  'pageMoved',
  'getArticleProgress',
  'toString',
  '__proto__',
  'constructor',
];
/** The own field `name` of `value`, when it is an object. */
function own(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? Object.entries(value).find(([key]) => key === name)?.[1]
    : undefined;
}

/**
 * What the contract (src/shared/messages.ts) says a message from our own
 * pages gets, written out here from the message types rather than taken from
 * the routes: the handler it reaches and what that handler returns in
 * `setup`, or why it is refused.
 */
function expectedOutcome(
  type: string,
  params: unknown,
): 'unknown' | 'malformed' | { handler: string; result: unknown } {
  const fields = typeof params === 'object' && params !== null ? Object.entries(params) : null;
  const field = (name: string): unknown => fields?.find(([key]) => key === name)?.[1];
  switch (type) {
    case 'getFindings':
      return fields?.length === 0 ? { handler: 'findings', result: null } : 'malformed';
    case 'getPageHtml':
      return fields?.length === 0
        ? { handler: 'pageHtml', result: { kind: 'too-large', chars: 0 } }
        : 'malformed';
    case 'getArticleProgress':
      return fields?.length === 0
        ? { handler: 'articleProgress', result: { state: 'waiting', readMs: null, chars: 0 } }
        : 'malformed';
    case 'revealMention': {
      const index = field('index');
      const isIndex = typeof index === 'number' && index >= 0 && index % 1 === 0;
      return isIndex ? { handler: 'reveal', result: false } : 'malformed';
    }
    case 'stepMention': {
      const direction = field('direction');
      return direction === 1 || direction === -1 ? { handler: 'step', result: false } : 'malformed';
    }
    case 'pageMoved':
      return typeof field('url') === 'string' ? { handler: 'moved', result: null } : 'malformed';
    case 'showArticle': {
      // Names of the right shape: an address, a dictionary's entities, notes and an automaton.
      const names = field('names');
      const prebuilt = own(names, 'prebuilt');
      const isNames =
        typeof own(names, 'url') === 'string' &&
        Array.isArray(own(own(names, 'dictionary'), 'entities')) &&
        Array.isArray(own(names, 'notes')) &&
        typeof prebuilt === 'object' &&
        prebuilt !== null;
      return isNames ? { handler: 'show', result: false } : 'malformed';
    }
    default:
      return 'unknown';
  }
}

/** Values at the edges of what the contract accepts, for an index, a direction or params. */
const EDGES = [
  0,
  -0,
  1,
  -1,
  2,
  -2,
  0.5,
  -1.5,
  NaN,
  Infinity,
  -Infinity,
  '0',
  '1',
  true,
  null,
  undefined,
  [],
  {},
];

/** Params of every shape, and of each type's own shape as often as any other. */
const PARAMS = fc.oneof(
  fc.anything(),
  fc.constantFrom({}, [], { extra: true }),
  fc.record({ index: fc.oneof(fc.constantFrom(...EDGES), fc.integer(), fc.double(), fc.anything()) }),
  fc.record({ index: fc.nat(), extra: fc.anything() }),
  fc.record({ direction: fc.oneof(fc.constantFrom(...EDGES), fc.anything()) }),
  fc.record({ direction: fc.constantFrom(1, -1), extra: fc.anything() }),
  fc.record({ url: fc.oneof(fc.webUrl(), fc.anything()) }),
  fc.record({
    names: fc.record(
      {
        url: fc.oneof(fc.webUrl(), fc.anything()),
        dictionary: fc.oneof(
          fc.record({ entities: fc.oneof(fc.array(fc.anything()), fc.anything()) }),
          fc.anything(),
        ),
        notes: fc.oneof(fc.array(fc.anything()), fc.anything()),
        prebuilt: fc.oneof(fc.object(), fc.anything()),
      },
      { requiredKeys: [] },
    ),
  }),
);

/** Every type with every edge as its index and as its direction, and with bare params: always tried. */
const EXAMPLES: [string, unknown][] = TYPES.flatMap((type) => [
  ...EDGES.flatMap((edge) => [
    [type, { index: edge }] as [string, unknown],
    [type, { direction: edge }] as [string, unknown],
  ]),
  ...EDGES.map((edge) => [type, edge] as [string, unknown]),
]);

const senders = fc.oneof(
  fc.constant<Runtime.MessageSender>({ id: 'another-extension', url: 'chrome-extension://another/x.html' }),
  fc.record({ id: fc.constant(EXTENSION_ID), url: fc.webUrl() }),
  fc.record({
    id: fc.option(fc.string(), { nil: undefined }),
    url: fc.option(fc.string(), { nil: undefined }),
  }),
);

describe('the content router fed anything', () => {
  test('a message from a web page or another extension never reaches a handler', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), fc.anything(), senders, async (type, params, sender) => {
        const { calls, router } = setup();
        if (sender.id === EXTENSION_ID && (sender.url === undefined || !/^https?:/.test(sender.url))) return;
        const reply = await router({ backstory: 1, type, params }, sender);
        expect(reply).toHaveProperty('error');
        expect(calls).toEqual([]);
      }),
    );
  });

  test('from our own pages, well-formed params reach their handler and any other params get an error', async () => {
    const outcomes = { handled: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), PARAMS, async (type, params) => {
        const { calls, router } = setup();
        const reply = await router({ backstory: 1, type, params }, POPUP);
        const expected = expectedOutcome(type, params);
        if (expected === 'unknown') {
          expect(reply).toEqual({ error: `Unknown message type "${type}".` });
          expect(calls).toEqual([]);
        } else if (expected === 'malformed') {
          outcomes.refused += 1;
          expect(reply).toEqual({ error: `"${type}" has malformed params.` });
          expect(calls).toEqual([]);
        } else {
          outcomes.handled += 1;
          expect(reply).toEqual({ result: expected.result });
          expect(calls).toEqual([expected.handler]);
        }
      }),
      { numRuns: 300, examples: EXAMPLES },
    );
    // Both kinds of params were tried: the property above did not hold by never reaching a branch.
    expect(outcomes.handled).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  test('anything that is not an envelope of ours is left to other listeners', () => {
    fc.assert(
      fc.property(fc.anything(), (message) => {
        const isOurs =
          typeof message === 'object' &&
          message !== null &&
          (message as { backstory?: unknown }).backstory === 1 &&
          typeof (message as { type?: unknown }).type === 'string';
        fc.pre(!isOurs);
        expect(setup().router(message, POPUP)).toBeUndefined();
      }),
    );
  });

  test.each([
    ['revealMention', { index: -1 }],
    ['revealMention', { index: 1.5 }],
    ['revealMention', { index: '0' }],
    ['stepMention', { direction: 2 }],
    ['getFindings', { extra: true }],
    ['getPageHtml', null],
    ['pageMoved', { url: 7 }],
    ['showArticle', { names: { url: 'https://a.example/', dictionary: {}, notes: [], prebuilt: {} } }],
    [
      'showArticle',
      { names: { url: 'https://a.example/', dictionary: { entities: [] }, notes: [], prebuilt: null } },
    ],
  ])('%s with %j is refused as malformed', async (type, params) => {
    const { calls, router } = setup();
    expect(await router({ backstory: 1, type, params }, POPUP)).toEqual({
      error: `"${type}" has malformed params.`,
    });
    expect(calls).toEqual([]);
  });

  test('names from the prototype are unknown types, not routes', async () => {
    const { router } = setup();
    for (const type of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(await router({ backstory: 1, type, params: {} }, POPUP)).toEqual({
        error: `Unknown message type "${type}".`,
      });
    }
  });
});
