/**
 * The keyboard shortcut opens a number's card: the selected number, or with nothing selected the
 * first number on screen; the card takes the focus and Escape gives it back to the page. In every
 * browser under test (how the shortcut is pressed in each: pages/keyboard-shortcut.ts).
 */
import { describe, expect, test } from 'vitest';
import { cardHostCount, cardOpenedWith, openLinksPage, pageHtml, waitForMarks } from './detection-probes.ts';
import { CardPage } from './pages/card-page.ts';
import { askBackground } from './pages/extension-page.ts';
import { OpenCardShortcut } from './pages/keyboard-shortcut.ts';
import { OPTIONS_PATH } from './pages/options-page.ts';
import { browsersUnderTest } from './support/browsers.ts';
import type { TestBrowser, TestFrame, TestPage } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';


/** Selects the text of the element `selector` matches, or puts the caret `caret` characters into it. */
const select = (target: TestFrame, selector: string, caret?: number) =>
  target.evaluate(
    (arg) => {
      const [sel, at] = arg as [string, number | undefined];
      const text = document.querySelector(sel)!.firstChild as Text;
      const range = document.createRange();
      if (typeof at === 'number') {
        range.setStart(text, at);
        range.collapse(true);
      } else range.selectNodeContents(text);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [selector, caret],
  );

const hasFocus = (target: TestFrame) => target.evaluate(() => document.hasFocus());
const activeId = (target: TestFrame) => target.evaluate(() => document.activeElement?.id || document.activeElement?.localName);

for (const [name, launch] of browsersUnderTest()) {
  describe(`opening a card from the keyboard in ${name}`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    let shortcut: OpenCardShortcut;

    startForSuite(launch, async (b, s) => {
      [browser, server] = [b, s];
      const ui = await browser.newPage();
      await ui.goto(browser.extensionUrl(OPTIONS_PATH));
      await askBackground(ui, 'data/load-samples', {});
      await ui.close();
      shortcut = await OpenCardShortcut.for(browser);
    });

    const openLinks = () => openLinksPage(browser, server.url('/fixtures/links.html'));

    /** The card the shortcut opened, once it shows a view and has taken the focus (it does on load). */
    async function focusedCard(page: TestPage): Promise<CardPage> {
      const card = await CardPage.opened(page);
      await card.frame.waitForFunction(() => document.hasFocus());
      return card;
    }

    test.each([
      ['a selected plain number', '#plain', undefined, '+16172531000'],
      ['a number selected inside a link', '#profile', undefined, '+13125550147'],
      ['the caret inside a number', '#plain', 5, '+16172531000'],
    ] as const)('%s opens its card, which takes the focus; Escape gives it back to the page', async (_name, selector, caret, e164) => {
      const page = await openLinks();
      const before = await pageHtml(page);
      await select(page, selector, caret);
      expect(await shortcut.pressAndAnswer(page)).toBe(e164);
      expect(await cardOpenedWith(page)).toMatchObject({ e164, pageTitle: 'Contact links' });
      const card = await focusedCard(page);

      // A real Escape, to the card that has the focus.
      await card.frame.pressClosing('Escape');
      expect(await cardHostCount(page)).toBe(0);
      expect(await hasFocus(page)).toBe(true);
      expect(await activeId(page)).toBe('body');
      // The selection is still there, and the page's DOM is as it was.
      expect(await page.evaluate(() => getSelection()!.rangeCount)).toBe(1);
      expect(await pageHtml(page)).toBe(before);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('a triple-click on a line selects it and the shortcut opens the number on that line', async () => {
      const page = await openLinks();
      const box = await page.evaluate(() => document.querySelector('.contact-name')!.getBoundingClientRect().toJSON() as DOMRect);
      await page.clickAt(box.x + 5, box.y + box.height / 2, { clickCount: 3 });
      expect(await page.evaluate(() => getSelection()!.toString())).toContain('+1 (617) 253-1000');
      expect(await shortcut.pressAndAnswer(page)).toBe('+16172531000');
      expect((await cardOpenedWith(page)).e164).toBe('+16172531000');
      await page.close();
    });

    test('with nothing selected the first number on screen opens, and focus returns to the focused link', async () => {
      const page = await openLinks();
      await page.focus('#profile');
      await page.evaluate(() => getSelection()!.removeAllRanges());
      // "Call the front desk" (tel:+12127368410) is the number nearest the top.
      expect(await shortcut.pressAndAnswer(page)).toBe('+12127368410');
      expect((await cardOpenedWith(page)).e164).toBe('+12127368410');
      const card = await focusedCard(page);
      await card.frame.pressClosing('Escape');
      expect(await activeId(page)).toBe('profile');
      await page.close();
    });

    test('after scrolling, the first number on screen is the one nearest the top of the viewport', async () => {
      const page = await openLinks();
      await page.evaluate(() => {
        document.body.style.paddingBottom = '2000px';
        const li = document.getElementById('profile')!.closest('li')!;
        window.scrollTo(0, li.getBoundingClientRect().top + window.scrollY - 4);
        getSelection()!.removeAllRanges();
      });
      expect(await shortcut.pressAndAnswer(page)).toBe('+13125550147');
      expect((await cardOpenedWith(page)).e164).toBe('+13125550147');
      await page.close();
    });

    test('a selection without a marked number opens nothing, and nothing breaks', async () => {
      const page = await openLinks();
      await select(page, 'h1');
      expect(await shortcut.pressAndAnswer(page)).toBeNull();
      expect(await cardHostCount(page)).toBe(0);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('text selected in an editable field is never read: no card opens', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('/fixtures/editable.html'));
      expect(await waitForMarks(page, ['+1 415 555 0132'])).toEqual(['+1 415 555 0132']);
      await page.focus('#notes');
      await page.evaluate(() => (document.getElementById('notes') as HTMLTextAreaElement).setSelectionRange(13, 29));
      expect(await shortcut.pressAndAnswer(page)).toBeNull();
      expect(await cardHostCount(page)).toBe(0);
      await page.close();
    });

    test('in a small embedded frame the card opens docked in the top page, and Escape returns the focus to the frame', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('/fixtures/small-frame-host.html'));
      const inner = await page.frame('small-frame-inner.html');
      const numbers = ['+44 20 7946 0958', '+44 20 7946 0321'];
      expect(await waitForMarks(inner, numbers)).toEqual([...numbers].sort());
      // The user is in the preview: focus and selection in the frame.
      await inner.evaluate(() => {
        window.focus();
        const text = [...document.querySelectorAll('p')].at(-1)!.lastChild as Text;
        const at = text.data.indexOf('+44 20 7946 0321');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 16);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      expect(await hasFocus(inner)).toBe(true);
      expect(await shortcut.pressAndAnswer(page, inner)).toBe('+442079460321');
      const card = await focusedCard(page);
      expect((await card.openedWith()).e164).toBe('+442079460321');
      expect(await cardHostCount(page)).toBe(1);
      expect(await cardHostCount(inner)).toBe(0);
      await card.frame.pressClosing('Escape');
      await inner.waitForFunction(() => document.hasFocus());
      await page.close();
    });
  });
}
