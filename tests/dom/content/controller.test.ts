// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { painted, startController, type ControllerRig } from './controller-rig';
import { fill, makeRange } from './rig';
import { markHovered } from '../../../src/content/paint/marks';
import { revealMention } from '../../../src/content/paint/reveal';

let rig: ControllerRig | null = null;

beforeEach(() => {
  document.head.replaceChildren();
  fill('<p>In Dushanbe, the SCO met; Dushanbe again.</p><p>Tajikistan and the Rogun project.</p>');
});
afterEach(() => {
  rig?.stop();
  rig = null;
});

describe('settings', () => {
  test('pausing removes every highlight and style at once; resuming paints again', async () => {
    rig = await startController();
    expect(rig.registry.typeRanges()).toHaveLength(5);
    expect(rig.styles.roots.has(document)).toBe(true);
    rig.setSettings({ paused: true });
    expect(rig.registry.highlights.size).toBe(0);
    expect(rig.styles.roots.size).toBe(0);
    expect(rig.controller.store.all()).toEqual([]);
    expect(rig.controller.findings()).toBeNull();
    rig.setSettings({ paused: false });
    await rig.controller.idle();
    expect(rig.registry.typeRanges()).toHaveLength(5);
  });

  test('turning the site off stops watching the page too', async () => {
    rig = await startController();
    rig.setSettings({ disabledSites: ['example.com'] });
    const p = document.createElement('p');
    p.textContent = 'SCO';
    document.body.append(p);
    await rig.settle();
    expect(rig.registry.highlights.size).toBe(0);
    expect(rig.controller.store.foundMentions()).toEqual([]);
  });

  test('a page that opts out with <meta name="backstory" content="off"> is left alone and says why', async () => {
    const meta = document.createElement('meta');
    meta.name = 'backstory';
    meta.content = 'off';
    document.head.append(meta);
    rig = await startController();
    expect(rig.registry.highlights.size).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(rig.reports.at(-1)).toEqual({ findings: null, inactive: 'page-opted-out' });
  });

  test('hidden types and "first mention only" apply at once', async () => {
    rig = await startController();
    rig.setSettings({ hiddenTypes: ['place'] });
    expect(painted(rig)).toEqual([
      ['SCO', 'sco'],
      ['Rogun project', 'rogun'],
    ]);
    expect(rig.registry.highlights.get('backstory-place')?.ranges.size ?? 0).toBe(0);
    rig.setSettings({ hiddenTypes: [], mentionScope: 'first' });
    expect(painted(rig).map(([, id]) => id)).toEqual(['dushanbe', 'sco', 'tajikistan', 'rogun']);
  });

  test('the highlight style changes the rules, not the ranges', async () => {
    rig = await startController();
    expect(rig.styles.css).toContain('text-decoration-line:underline');
    rig.setSettings({ highlightStyle: 'background' });
    expect(rig.styles.css).toContain('::highlight(backstory-person){background-color');
    expect(rig.registry.typeRanges()).toHaveLength(5);
    rig.setSettings({ highlightStyle: 'hover-only' });
    expect(rig.styles.css).not.toContain('::highlight(backstory-person)');
    const first = rig.controller.store.all()[0] ?? null;
    markHovered(rig.controller.painter, rig.controller.currentSettings().highlightStyle, first);
    expect(rig.registry.highlights.get('backstory-hover')?.ranges.size).toBe(1);
  });
});

describe('teardown, findings and reveal', () => {
  test('aborting its lifetime leaves nothing behind and ignores later changes', async () => {
    rig = await startController();
    rig.stop();
    expect(rig.registry.highlights.size).toBe(0);
    expect(rig.styles.roots.size).toBe(0);
    const p = document.createElement('p');
    p.textContent = 'SCO';
    document.body.append(p);
    await rig.settle();
    expect(rig.registry.highlights.size).toBe(0);
  });

  test('findings list entities most mentioned first, with snippets in context', async () => {
    rig = await startController();
    const findings = rig.controller.findings();
    expect(findings?.totalMentions).toBe(5);
    expect(findings?.entities.map((e) => [e.entityId, e.count])).toEqual([
      ['dushanbe', 2],
      ['sco', 1],
      ['tajikistan', 1],
      ['rogun', 1],
    ]);
    expect(findings?.entities[0]?.snippets).toEqual([
      { index: 0, before: 'In ', text: 'Dushanbe', after: ', the SCO met; Dushanbe again.' },
      { index: 2, before: 'In Dushanbe, the SCO met; ', text: 'Dushanbe', after: ' again.' },
    ]);
    // Snippets stop at the block's edge.
    expect(findings?.entities[2]?.snippets[0]).toEqual({
      index: 3,
      before: '',
      text: 'Tajikistan',
      after: ' and the Rogun project.',
    });
  });

  test('a report follows each scan', async () => {
    rig = await startController();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(rig.reports.at(-1)?.inactive).toBeNull();
    expect(rig.reports.at(-1)?.findings?.totalMentions).toBe(5);
  });

  test('reveal scrolls to the mention, flashes it and opens the tooltip on it', async () => {
    rig = await startController();
    const { controller } = rig;
    const scrolled: string[] = [];
    const opened: string[] = [];
    const reveal = (index: number): boolean =>
      revealMention(controller.store.foundMentions()[index], {
        painter: controller.painter,
        scrollTo: (mention) => scrolled.push(mention.range.toString()),
        makeRange,
        openTooltip: (mention) => opened.push(mention.range.toString()),
      });
    expect(rig.controller.isActive()).toBe(true);
    expect(reveal(2)).toBe(true);
    expect(scrolled).toEqual(['Dushanbe']);
    expect(opened).toEqual(['Dushanbe']);
    expect(rig.registry.highlights.get('backstory-flash')?.ranges.size).toBe(1);
    expect(reveal(99)).toBe(false);
  });
});
