/**
 * Respecting the customer (issue 13), as a user meets it in every browser under test: personal notes
 * at the top of the card; a customer marked do-not-call is said so first, Call asks for a reason and
 * the override travels with the call into the exports; a call outside the customer's hours asks first
 * and plans their next good slot instead. Screenshots: artifacts/screenshots/<browser>-respect-*.png.
 */
import { mkdir } from 'node:fs/promises';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './support/browsers.ts';
import { clockPattern, hourIn } from './support/clock.ts';
import type { TestBrowser, TestPage } from './support/driver.ts';
import { waitUntil } from './support/driver.ts';
import { startForSuite, startWithSamples } from './support/suite.ts';
import { CardPage } from './pages/card-page.ts';
import { PopupPage } from './pages/popup-page.ts';

const SHOTS = 'artifacts/screenshots';
const ADA = '(212) 736-8410';
const JUERGEN = '+49 30 901820';
const MARY = '+44 20 7946 0958';
const CLOCK = clockPattern();

for (const [name, launch] of browsersUnderTest()) {
  describe(`respecting the customer in ${name}`, () => {
    let browser: TestBrowser;
    let crm: TestPage;
    let card: CardPage;
    const reopen = async (number: string) => {
      await card?.close().catch(() => undefined);
      card = await CardPage.openFor(crm, number);
    };

    startForSuite(launch, async (b, server) => {
      browser = b;
      await mkdir(SHOTS, { recursive: true });
      // A web dialer: headless browsers hand tel: to no app.
      const started = await startWithSamples(browser, server, { webDialer: true });
      crm = started.crm;
      expect(started.loaded).toMatch(/^Loaded \d+ customers/);
      expect(started.dialerError).toBeNull();
    });

    it('shows a new customer on the clock of their number’s country, which the background works out for the card', async () => {
      // A number the page shows later (an inquiry e-mail opened): nobody's yet, German, and Germany keeps one clock.
      const number = '+49 40 3290 4417';
      await crm.evaluate((n) => document.body.append(Object.assign(document.createElement('p'), { textContent: `Anfrage von Clara Wieck: ${n as string}` })), number);
      await reopen(number);
      expect(await card.view()).toBe('unknown');
      await card.createCustomer('Clara Wieck');
      expect(await card.name()).toBe('Clara Wieck');
      // Her file names no zone: the card shows her on Berlin's clock, from her number.
      expect(await card.localTime()).toMatch(new RegExp(`^\\w{3} ${CLOCK} their time \\(Berlin\\)$`));
    });

    it('keeps personal notes at the top of the card, apart from the business notes, edited there', async () => {
      await reopen(ADA);
      expect(await card.editInPlace('customer-personal-notes', 'Daughter started university.\nBack from holiday 3 Dec.', 'leave')).toBe('Saved');
      await reopen(ADA);
      expect(await card.fieldText('customer-personal-notes')).toBe('Daughter started university.\nBack from holiday 3 Dec.');
      expect(await card.fieldText('customer-notes')).toBe('Prefers a short agenda by e-mail before any call.');
      const order = await card.order();
      expect(order.indexOf('personal-notes')).toBeLessThan(order.indexOf('contact-time'));
      expect(order.indexOf('personal-notes')).toBeLessThan(order.indexOf('call-button'));
      await card.screenshot(`${SHOTS}/${name}-respect-personal-notes.png`);
    });

    it('says "do not call" before anything else, asks for a reason, and keeps the override with the call and in the exports', async () => {
      await reopen(JUERGEN);
      await card.markDoNotContact('phone', 'Asked in his letter of 2 Nov not to be called');
      await reopen(JUERGEN);
      expect(await card.doNotContact()).toEqual(['Do not call · since Today: Asked in his letter of 2 Nov not to be called']);
      const order = await card.order();
      expect(order.indexOf('do-not-contact')).toBeLessThan(order.indexOf('personal-notes'));
      expect(order.indexOf('do-not-contact')).toBeLessThan(order.indexOf('call-button'));
      await card.screenshot(`${SHOTS}/${name}-respect-do-not-call.png`);

      const ask = await card.askToCall();
      expect(ask.doNotCall).toBe('Do not call · since Today: Asked in his letter of 2 Nov not to be called');
      // Without a reason "Call anyway" does nothing: it is not a link to the dialer yet.
      expect(await card.callAnywayEnabled()).toBe(false);
      await card.showSection('contact-time');
      await card.screenshot(`${SHOTS}/${name}-respect-do-not-call-ask.png`);
      await card.callDespite('He rang us and asked for a call back about the invoices');
      await card.endCall();
      expect(await card.wrapUp({ notes: 'Called back as he asked.', outcome: 'connected', noFollowUp: true })).toMatchObject({ saved: true, errors: [] });
      await card.close();

      const popup = await PopupPage.open(browser);
      const [csv] = await popup.exportNotes('csv', 1);
      const rows = Papa.parse<string[]>((csv?.text ?? '').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      const header = rows[0] ?? [];
      const called = rows.find((r) => r[header.indexOf('Notes')] === 'Called back as he asked.');
      expect(called?.[header.indexOf('Do not contact')]).toMatch(/^phone since \d{4}-\d{2}-\d{2}: Asked in his letter of 2 Nov not to be called$/);
      expect(called?.[header.indexOf('Do-not-call override')]).toBe('He rang us and asked for a call back about the invoices');
      // The recorder keeps every download of the page: the JSON is the second.
      const [, json] = await popup.exportNotes('json', 2);
      const doc = JSON.parse(json?.text ?? '{}') as { customers: Array<{ name: string; doNotContact?: { phone?: { reason: string } } }> };
      expect(doc.customers.find((c) => c.name === 'Jürgen Müller')?.doNotContact?.phone?.reason).toBe('Asked in his letter of 2 Nov not to be called');
      await popup.page.close();
    });

    it('after no answer proposes the next try after their retry wait, counts the attempts, and after the third proposes their next channel', async () => {
      const wrapUpAs = async (outcome: string) => {
        await card.call();
        await card.endCall();
        await card.frame.fill('[data-testid="wrapup-notes"]', `${outcome}: nobody picked up.`);
        await card.frame.select('[data-testid="wrapup-outcome"]', outcome);
        await card.frame.waitFor('[data-testid="wrapup-retry"]');
        return card.frame.evaluate(() => ({
          retry: document.querySelector('[data-testid="wrapup-retry"]')?.textContent ?? '',
          channel: document.querySelector<HTMLSelectElement>('[data-testid="wrapup-channel"]')?.value ?? '',
          fit: document.querySelector('[data-testid="follow-up-fit"]')?.textContent ?? '',
        }));
      };
      // Ada's file has a voicemail three days ago, after her last answered call: this is attempt 2.
      await reopen(ADA);
      const second = await wrapUpAs('no-answer');
      expect(second.retry).toBe('Unanswered attempt 2 of 3: the follow-up proposes another call after their retry wait (4 h), inside their hours.');
      expect(second.channel).toBe('phone');
      // The proposed time is on their clock, inside their best hours.
      expect(second.fit).toMatch(/^✓ Inside their best hours · \w{3} .+ their time \(New York\)$/);
      await card.screenshot(`${SHOTS}/${name}-respect-retry.png`);
      expect(await card.wrapUp({})).toMatchObject({ saved: true, errors: [] });

      await reopen(ADA);
      const third = await wrapUpAs('busy');
      expect(third.retry).toBe('Unanswered attempt 3 in a row: instead of calling again, the follow-up proposes their next preferred channel, E-mail.');
      expect(third.channel).toBe('email');
      await card.screenshot(`${SHOTS}/${name}-respect-retry-third.png`);
      expect(await card.wrapUp({})).toMatchObject({ saved: true, errors: [] });
      await card.close();
    });

    it('for a customer who likes a heads-up, drafts the e-mail or text with the proposed time on their clock', async () => {
      await reopen(ADA);
      expect(await card.frame.evaluate(() => document.querySelector('[data-testid="heads-up"]') === null)).toBe(true);
      await card.frame.click('[data-testid="pref-heads-up"]');
      await card.frame.waitFor('[data-testid="heads-up-link"]');
      const shown = () =>
        card.frame.evaluate(() => ({
          text: document.querySelector('[data-testid="heads-up-link"]')?.textContent ?? '',
          href: document.querySelector('[data-testid="heads-up-link"]')?.getAttribute('href') ?? '',
          time: document.querySelector('[data-testid="heads-up-time"]')?.textContent ?? '',
        }));
      const email = await shown();
      expect(email.text).toBe('Let them know you’ll call (E-mail)');
      expect(email.time).toMatch(new RegExp(`^proposes \\w{3} ${CLOCK} their time \\(New York\\)$`));
      const draft = new URL(email.href);
      expect(`${draft.protocol}${draft.pathname}`).toBe('mailto:ada@analytical-engines.example');
      expect(draft.searchParams.get('body')).toMatch(new RegExp(`^Hello Ada Lovelace, I would like to give you a quick call on \\w{3} ${CLOCK} \\(New York time\\)\\. If another time suits you better, just reply with it\\.$`));
      await card.showSection('contact-time');
      await card.screenshot(`${SHOTS}/${name}-respect-heads-up.png`);
      // Texts first: the draft becomes a text to the number.
      expect(await card.editInPlace('pref-channels', 'text, phone')).toBe('Saved');
      await waitUntil(shown, (now) => now.href.startsWith('sms:+12127368410?body='), 'the heads-up to become a text');
      expect((await shown()).text).toBe('Let them know you’ll call (Text message)');
    });

    it('asks before a call outside their hours, says whose time each time is, and plans their next good slot instead', async () => {
      await crm.bringToFront();
      await reopen(MARY);
      // Best hours that are not now, and not in her night either (between 13:00 and 14:00 her worst hours say why).
      const hour = hourIn('Europe/London') === 10 ? '14' : '10';
      expect(await card.editInPlace('pref-best-hours', `${hour}:00-${hour}:30`)).toBe('Saved');
      const ask = await card.askToCall();
      expect(ask.doNotCall).toBe('');
      expect(ask.time).toMatch(new RegExp(`^It is \\w{3} ${CLOCK} their time \\(London\\): (outside their best hours .*|it is night where they are|.+ is one of their worst hours)\\.`));
      expect(ask.next).toMatch(new RegExp(`^Next good time: \\w{3} ${clockPattern(`${hour}:00`)} their time \\(London\\) · \\w{3} ${CLOCK} your time$`));
      await card.showSection('contact-time');
      await card.showSection('contact-time');
      await card.screenshot(`${SHOTS}/${name}-respect-calling-hours.png`);
      await card.frame.click('[data-testid="plan-next-good"]');
      await card.frame.waitFor('[data-testid="confirmation"]');
      expect(await card.confirmation()).toMatch(new RegExp(`^Follow-up planned: \\w{3} ${clockPattern(`${hour}:00`)} their time \\(London\\) \\(\\w{3} ${CLOCK} your time\\)$`));
      const planned = () => card.frame.evaluate(() => [...document.querySelectorAll('[data-testid="follow-up"]')].map((e) => e.textContent ?? ''));
      await waitUntil(planned, (items) => items.some((t) => t.startsWith('Call at their next good time')), 'the planned follow-up to be listed on the card');
      await card.screenshot(`${SHOTS}/${name}-respect-planned.png`);
      expect(crm.errors).toEqual([]);
    });
  });
}
