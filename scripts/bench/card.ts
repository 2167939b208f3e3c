/**
 * Benchmark section "card": what the open card costs. Headless Chromium over dist/chrome, the demo
 * CRM page with the sample customers; a number is clicked like a user would, and once the card shows
 * the customer, its frame's JavaScript heap (after a garbage collection) and DOM size are read over
 * the DevTools protocol, with the time from the click to the customer's name on screen.
 */
import type { Frame, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/chromium.ts';
import { startStaticServer } from '../../tests/e2e/support/static-server.ts';
import { clickPoint, markCentre, samplesLoaded, sendLoadSamples } from '../start/demo-browser.ts';
import type { BenchRow } from './types.ts';

const NUMBER_TEXT = '(212) 736-8410';

async function cardFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().includes('src/ui/card/card.html'));
    if (frame) return frame;
    await page.waitForTimeout(25);
  }
  throw new Error('the card did not open');
}

export async function run(): Promise<BenchRow[]> {
  const browser = await launchChromium();
  const server = await startStaticServer({ '/demo': 'demo' });
  try {
    const setup = await browser.context.newPage();
    await setup.goto(browser.extensionUrl('src/ui/options/options.html'));
    samplesLoaded(await setup.evaluate(sendLoadSamples));
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo/crm.html'));
    await page.waitForFunction(markCentre, NUMBER_TEXT);
    const { x, y } = clickPoint(await page.evaluate(markCentre, NUMBER_TEXT), NUMBER_TEXT);
    const clickedAt = Date.now();
    await page.mouse.click(x, y);
    const frame = await cardFrame(page);
    await frame.waitForSelector('text=Ada Lovelace');
    const openMs = Date.now() - clickedAt;
    const cdp = await browser.context.newCDPSession(frame);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('Performance.enable');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? 0;
    return [
      { name: 'card.open_ms', value: openMs, unit: 'ms', label: 'Card: click on a number → customer name shown' },
      { name: 'card.js_heap_mb', value: heap.usedSize / 1_048_576, unit: 'MB', label: 'Card: JavaScript heap of the open card (after GC)' },
      { name: 'card.dom_nodes', value: nodes, unit: 'nodes', label: 'Card: DOM nodes of the open card' },
    ];
  } finally {
    await server.close();
    await browser.close();
  }
}
