/**
 * The card's open time in Firefox (dist/firefox over the end-to-end driver): the same demo page,
 * customers and aimed clicks as the Chromium part (card.ts). Firefox has no Element Timing, so the
 * time is click → the first animation frame that shows the customer's name, which the card marks
 * itself (NAME_FRAME_MARK): a frame begins then, and its paint follows within it. So it reads a few
 * milliseconds earlier than Chromium's painted time; by this same measure Chromium's aimed opens take
 * 22–69 ms, median 32 (scratch probe, 2026-11-27).
 */
import { CARD_PAGE_PATH, NAME_FRAME_MARK } from '../../src/shared/card-frame.ts';
import { launchFirefoxDriver } from '../../tests/e2e/support/firefox-driver.ts';
import { browserVersion } from '../../tests/e2e/support/plain-browser.ts';
import { waitUntil, type TestPage } from '../../tests/e2e/support/driver.ts';
import { startStaticServer } from '../../tests/e2e/support/static-server.ts';
import { markCentre, samplesLoaded, sendLoadSamples, waitForMarkCentre } from '../start/demo-browser.ts';
import { armClickTime, bringPointer, clickedAt, sleep, type PointerPlan } from './card-clicks.ts';
import { percentile, spread } from './stats.ts';
import type { BenchRow } from './types.ts';

export interface CardBenchPlan extends PointerPlan {
  customers: ReadonlyArray<{ number: string; name: string }>;
  aimedOpens: number;
  quickOpens: number;
}

const shownCards = (page: TestPage) => page.evaluate(() => [...document.querySelectorAll('callprep-card')].filter((h) => h.matches(':popover-open')).length);

type Customer = CardBenchPlan['customers'][number];

async function openOnce(page: TestPage, { number, name }: Customer, aimed: boolean, plan: CardBenchPlan): Promise<number> {
  const point = await waitForMarkCentre((n) => page.evaluate(markCentre as (text: unknown) => ReturnType<typeof markCentre>, n), number);
  if (!point) throw new Error(`${number} is not marked`);
  await page.evaluate(armClickTime);
  await bringPointer((x, y) => page.moveTo(x, y), point, aimed, plan);
  await page.clickAt(point.x, point.y);
  // Nothing is asked of the page or the card while it opens (each question is a task in their threads).
  await sleep(500);
  await waitUntil(() => shownCards(page), (n) => n === 1, 'the card to show');
  const frame = await page.frame(CARD_PAGE_PATH);
  // The epoch time of the card's own mark (an inline function: tsx names declared ones with a helper the frame lacks).
  const shownAt = await waitUntil(
    () =>
      frame.evaluate((markName) => {
        const mark = performance.getEntriesByName(markName as string)[0];
        return mark ? performance.timeOrigin + mark.startTime : null;
      }, NAME_FRAME_MARK),
    (at) => at !== null,
    'the card to show the name',
  );
  if (!(await frame.text('body')).includes(name)) throw new Error(`the card shown is not ${name}'s`);
  const clicked = await page.evaluate(clickedAt);
  await page.moveTo(5, 5);
  await page.press('Escape');
  await waitUntil(() => shownCards(page), (n) => n === 0, 'the card to close');
  return shownAt! - clicked;
}

export async function firefoxCardRows(plan: CardBenchPlan): Promise<BenchRow[]> {
  const version = browserVersion('firefox');
  const browser = await launchFirefoxDriver();
  const server = await startStaticServer({ '/demo': 'demo' });
  try {
    const setup = await browser.newPage();
    await setup.goto(browser.extensionUrl('src/ui/options/options.html'));
    samplesLoaded(await setup.evaluate(sendLoadSamples));
    const page = await browser.newPage();
    await page.goto(server.url('/demo/crm.html'));
    const { customers } = plan;
    await openOnce(page, customers[0]!, false, plan); // warm, as after a user's first card
    const aimed: number[] = [];
    for (let i = 0; i < plan.aimedOpens; i++) aimed.push(await openOnce(page, customers[i % customers.length]!, true, plan));
    const quick: number[] = [];
    for (let i = 0; i < plan.quickOpens; i++) quick.push(await openOnce(page, customers[i % customers.length]!, false, plan));
    const aim = `pointer travels ${plan.approachMs} ms, rests ${plan.restMs} ms`;
    return [
      { name: 'card.firefox.open_ms', value: percentile(aimed, 50), unit: 'ms', label: `${version}: card, click → first frame showing the name, median of ${plan.aimedOpens} (${aim}; spread ${spread(aimed)})`, target: '< 100 ms' },
      { name: 'card.firefox.open_p95_ms', value: percentile(aimed, 95), unit: 'ms', label: `${version}: card, the same, p95 of ${plan.aimedOpens}`, target: '< 200 ms' },
      { name: 'card.firefox.quick_open_ms', value: percentile(quick, 50), unit: 'ms', label: `${version}: card, pointer jumps on the number and clicks at once, median of ${plan.quickOpens} (spread ${spread(quick)})` },
    ];
  } finally {
    await server.close();
    await browser.close();
  }
}
