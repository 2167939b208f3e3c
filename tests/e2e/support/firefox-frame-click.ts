/**
 * A click on an element inside a child frame, in Firefox. Puppeteer's ElementHandle.click finds the
 * frame's <iframe> element through BiDi's browsingContext.locateNodes with a "context" locator, which
 * Firefox ESR 140 refuses ("Expected locator.type to be one of accessibility,css,innerText,xpath");
 * Firefox ESR 153 has it. Both have the frame's own place on screen (mozInnerScreenX/Y), so the point
 * is worked out from that and clicked with the page's mouse, as a user would.
 * TODO [2027-03-01]: drop once Firefox ESR 140 is out of support.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

type ScreenWindow = Window & { mozInnerScreenX: number; mozInnerScreenY: number };

export async function clickInChildFrame(page: Page, handle: ElementHandle<Element>): Promise<void> {
  const inFrame = await handle.evaluate((el) => {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = el.getBoundingClientRect();
    const win = window as unknown as ScreenWindow;
    return { x: win.mozInnerScreenX + box.left + box.width / 2, y: win.mozInnerScreenY + box.top + box.height / 2 };
  });
  const top = await page.mainFrame().evaluate(() => {
    const win = window as unknown as ScreenWindow;
    return { x: win.mozInnerScreenX, y: win.mozInnerScreenY };
  });
  await page.mouse.click(inFrame.x - top.x, inFrame.y - top.y);
}
