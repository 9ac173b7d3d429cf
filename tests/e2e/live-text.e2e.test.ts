/**
 * Live text stays painted, in both browsers: a block rewritten every 100 ms
 * or 5 ms keeps its name painted in most frames, sampled just before paint
 * (the fixture counts frames; the ratios are of frames, not timings).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness';
import { useBrowser } from './harness/vitest';
import { waitForPainted } from './real/health';
import { SAVE_REGISTRY } from './real/probes';

/** Frames sampled, and in how many the ticker's and the control's names were painted. */
interface Sample {
  frames: number;
  ticker: number;
  control: number;
  ticks: number;
}

/** Long enough for a hundred frames or more on a loaded machine. */
const SAMPLE_MS = 2000;

describe.each(BROWSERS)('%s: live text', (name) => {
  const fixture = useBrowser(name);

  const sampleTicker = async (ms: number): Promise<Sample> => {
    const page: Page = await fixture.session.openPage('about:blank');
    await page.evaluateOnNewDocument(SAVE_REGISTRY);
    await page.goto(fixture.server.url(`/live/ticker.html?ms=${ms}`), { waitUntil: 'load', timeout: 15_000 });
    await page.bringToFront();
    await waitForPainted(page, ['Vladimir Putin', 'Dushanbe']);
    const sample = (await page.evaluate(`window.sampleFrames(${SAMPLE_MS})`)) as Sample;
    await page.close();
    console.log(
      `${name} ${ms} ms: ${JSON.stringify(sample)} ticker ${(sample.ticker / sample.frames).toFixed(3)}`,
    );
    // The page ticked and frames came; the static control was painted throughout.
    expect(sample.frames).toBeGreaterThan(20);
    expect(sample.ticks).toBeGreaterThan(5);
    expect(sample.control).toBe(sample.frames);
    return sample;
  };

  test('a block rewritten every 100 ms keeps its name painted in at least 95 % of frames', async () => {
    const sample = await sampleTicker(100);
    expect(sample.ticker / sample.frames).toBeGreaterThanOrEqual(0.95);
  });

  test('a block rewritten every 5 ms keeps its name painted in at least half of the frames', async () => {
    const sample = await sampleTicker(5);
    expect(sample.ticker / sample.frames).toBeGreaterThanOrEqual(0.5);
  });

  test('a block rewritten every 250 ms keeps its name painted in at least 95 % of frames', async () => {
    const sample = await sampleTicker(250);
    expect(sample.ticker / sample.frames).toBeGreaterThanOrEqual(0.95);
  });
});
