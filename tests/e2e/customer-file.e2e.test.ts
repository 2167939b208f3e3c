/**
 * The customer's file as a complete, editable record, in every browser under test: fields edited in
 * place survive closing the card; concerns are added and resolved; a commitment past its date shows
 * as overdue and is marked done; a customer who prefers e-mail or texts gets those one click away;
 * contact preferences change the "good time now" verdict; a vCard import adds one contact and merges
 * another, and the new contact's number opens their file; the calendar export holds a follow-up made
 * in the card. Screenshots of edited states go to artifacts/screenshots/<browser>-card-edit*.png.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './support/browsers.ts';
import { clockPattern, hourIn, typedClock } from './support/clock.ts';
import type { TestBrowser, TestPage } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite, startWithSamples } from './support/suite.ts';
import type { OptionsPage } from './pages/options-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { CardPage } from './pages/card-page.ts';

const SHOTS = 'artifacts/screenshots';
const ADA = '(212) 736-8410';
const JUERGEN = '+49 30 901820';
const MARY = '+44 20 7946 0958';
const HEDY = '(310) 555-0147';

/** Two contacts: one new, one whose number Ada already has (so it merges into her file). */
const VCARD = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Hedy Lamarr',
  'N:Lamarr;Hedy;;;',
  'ORG:Spread Spectrum Labs',
  'TITLE:Chief Inventor',
  'EMAIL;TYPE=work:hedy@spread-spectrum.example',
  'TEL;TYPE=work;VALUE=uri:tel:+1-310-555-0147',
  'NOTE:Met at the radio conference. Prefers mornings.',
  'TZ:America/Los_Angeles',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ada Lovelace',
  'N:Lovelace;Ada;;;',
  'TITLE:Countess of Lovelace',
  'EMAIL;TYPE=INTERNET:ada.lovelace@analytical-engines.example',
  'TEL;TYPE=WORK,VOICE:+1 212 736 8410',
  'END:VCARD',
  '',
].join('\r\n');

/** A calendar day (yyyy-mm-dd, the browser's zone is the machine's) some days from today. */
function dayFromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

for (const [name, launch] of browsersUnderTest()) {
  describe(`customer file in ${name}`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    let crm: TestPage;
    let card: CardPage;
    let options: OptionsPage;
    const reopen = async (page: TestPage, number: string) => {
      await card?.close().catch(() => undefined);
      card = await CardPage.openFor(page, number);
    };

    startForSuite(launch, async (b, s) => {
      [browser, server] = [b, s];
      await mkdir(SHOTS, { recursive: true });
      // Calls go to a web dialer instead of tel:, which headless browsers hand to no app.
      const started = await startWithSamples(browser, server, { webDialer: true });
      ({ options, crm } = started);
      expect(started.loaded).toMatch(/^Loaded \d+ customers/);
      expect(started.dialerError).toBeNull();
    });

    it('edits the file in place, and the edits are there when the number is opened again', async () => {
      card = await CardPage.openFor(crm, ADA);
      expect(await card.fieldText('customer-company')).toBe('Analytical Engines Inc.');
      // Enter saves a one-line field; leaving it (Tab) saves too; a multi-line field saves on leaving.
      expect(await card.editInPlace('customer-title', 'Chief Operations Officer')).toBe('Saved');
      expect(await card.editInPlace('customer-company', 'Analytical Engines Ltd', 'leave')).toBe('Saved');
      expect(await card.editInPlace('customer-products', 'Callprep Team, Priority support, Call recording')).toBe('Saved');
      expect(await card.editInPlace('customer-notes', 'Agenda by e-mail first.\nSpeaks French with the Paris office.', 'leave')).toBe('Saved');
      expect(await card.chooseInPlace('customer-time-zone', 'Europe/Lisbon')).toBe('Saved');
      expect(await card.localTime()).toMatch(new RegExp(`^\\w{3} ${clockPattern()} their time \\(Lisbon\\)$`));
      await card.screenshot(`${SHOTS}/${name}-card-edit.png`);

      await reopen(crm, ADA);
      expect(await card.name()).toBe('Ada Lovelace');
      expect(await card.fieldText('customer-title')).toBe('Chief Operations Officer');
      expect(await card.fieldText('customer-company')).toBe('Analytical Engines Ltd');
      expect(await card.chips('customer-products')).toEqual(['Callprep Team', 'Priority support', 'Call recording']);
      expect(await card.fieldText('customer-notes')).toBe('Agenda by e-mail first.\nSpeaks French with the Paris office.');
      expect(await card.fieldText('customer-time-zone')).toBe('Lisbon');
      expect(await card.localTime()).toMatch(/\(Lisbon\)$/);
    });

    it('shows why an edit is refused and keeps the old value', async () => {
      await expect(card.editInPlace('customer-emails', 'ada at analytical-engines')).rejects.toThrow('“ada at analytical-engines” is not an e-mail address');
      await card.frame.press('Escape');
      expect(await card.fieldText('customer-emails')).toBe('ada@analytical-engines.example');
      // Escape cancelled the edit only: the card is still open.
      expect(await card.view()).toBe('file');
    });

    it('adds an open concern and resolves it', async () => {
      expect(await card.concerns()).toEqual(['Invoice #4471 charged twice']);
      await card.addConcern('Wants the Lisbon office on the same contract');
      // Newest first.
      expect(await card.concerns()).toEqual(['Wants the Lisbon office on the same contract', 'Invoice #4471 charged twice']);
      await reopen(crm, ADA);
      expect(await card.concerns()).toContain('Wants the Lisbon office on the same contract');
      await card.resolveConcern('Invoice #4471 charged twice');
      expect(await card.concerns()).toEqual(['Wants the Lisbon office on the same contract']);
    });

    it('shows a commitment past its date as overdue, and marks it done', async () => {
      await card.addCommitment('Send the Lisbon contract draft', dayFromToday(-3));
      await card.addCommitment('Book the onboarding session', dayFromToday(5));
      const listed = await card.commitments();
      // Open ones by due date: the overdue one first, in red, then the corrected invoice (in 2 days).
      expect(listed.map((c) => c.what)).toEqual(['Send the Lisbon contract draft', 'Send the corrected invoice', 'Book the onboarding session']);
      // A weekday and a date, in the order the browser's locale writes them ("Mon 23 Nov", "Mon, Nov 23").
      const date = String.raw`\w{3},? (?:\d{1,2} \w{3}|\w{3} \d{1,2})`;
      expect(listed[0]).toMatchObject({ overdue: true, due: expect.stringMatching(new RegExp(`^Overdue · ${date}`)) });
      expect(listed[2]).toMatchObject({ overdue: false, due: expect.stringMatching(new RegExp(`^Due ${date}`)) });
      await card.screenshot(`${SHOTS}/${name}-card-edit-commitments.png`);
      await card.markCommitmentDone('Send the Lisbon contract draft');
      await reopen(crm, ADA);
      expect((await card.commitments()).map((c) => c.what)).toEqual(['Send the corrected invoice', 'Book the onboarding session']);
    });

    it.each([
      ['email, phone', 'Preferred: E-mail', [{ text: 'E-mail j.mueller@mueller-soehne.example', href: 'mailto:j.mueller@mueller-soehne.example' }]],
      ['text, email, phone', 'Preferred: Text message', [
        { text: 'Send a text', href: 'sms:+4930901820' },
        { text: 'E-mail j.mueller@mueller-soehne.example', href: 'mailto:j.mueller@mueller-soehne.example' },
      ]],
      ['phone, email', '', []],
    ])('channels "%s" offer the one-click alternatives: %s', async (channels, hint, links) => {
      await reopen(crm, JUERGEN);
      expect(await card.editInPlace('pref-channels', channels)).toBe('Saved');
      expect(await card.alternativeChannel()).toEqual({ hint, links });
    });

    it('changes the "good time now" verdict when the contact preferences change', async () => {
      await reopen(crm, MARY);
      // Nothing to avoid first: her 13:00–14:00 would swallow best hours set between 10:00 and 11:00.
      expect(await card.editInPlace('pref-worst-hours', '')).toBe('Saved');
      // Best hours a few hours from now in London: whatever the day, not now.
      const hour = String((hourIn('Europe/London') + 3) % 24).padStart(2, '0');
      // Hours are typed as the browser's locale writes them (its example in the label says which clock), and shown back so.
      const twelveHour = /\d\s?[AP]M/.test((await card.inPlaceField('pref-best-hours')).label);
      expect(await card.editInPlace('pref-best-hours', `${typedClock(`${hour}:00`, twelveHour)} - ${typedClock(`${hour}:30`, twelveHour)}`)).toBe('Saved');
      expect((await card.inPlaceField('pref-best-hours')).value).toMatch(new RegExp(`^${clockPattern(`${hour}:00`)}–${clockPattern(`${hour}:30`)}$`));
      expect(/\d\s?[AP]M/.test((await card.inPlaceField('pref-best-hours')).value)).toBe(twelveHour);
      expect(await card.goodTimeText()).toMatch(new RegExp(`^Not now — next good time \\w{3} ${clockPattern(`${hour}:00`)} their time \\(London\\) \\(in .+\\)$`));

      // Every day, best hours from this hour for two: good, and until when.
      await card.toggleBestDay('Sat');
      await card.toggleBestDay('Sun');
      const now = hourIn('Europe/London');
      const end = `${String((now + 2) % 24).padStart(2, '0')}:00`;
      const start = `${String(now).padStart(2, '0')}:00`;
      expect(await card.editInPlace('pref-best-hours', `${typedClock(start, twelveHour)} - ${typedClock(end, twelveHour)}`)).toBe('Saved');
      expect(await card.goodTimeText()).toMatch(new RegExp(`^Good time until (\\w{3} )?${clockPattern(end)} their time \\(London\\)$`));
      await card.showSection('contact-time');
      await card.screenshot(`${SHOTS}/${name}-card-good-until.png`);

      // The whole day, every day: any time.
      expect(await card.editInPlace('pref-best-hours', `${typedClock('00:00', twelveHour)}–${typedClock('23:59', twelveHour)}`, 'leave')).toBe('Saved');
      // "Any day, 00:00–23:59" reads as what it means.
      expect(await card.bestSummary()).toBe('Any time');
      expect(await card.goodTimeText()).toBe('Good time now: any time suits them');
      expect(await card.goodTimeReason()).toBe('Inside their best hours');
      await card.showSection('contact-time');
      await card.screenshot(`${SHOTS}/${name}-card-edit-preferences.png`);
    });

    it('imports a vCard: one new contact, one merged into the customer with that number', async () => {
      await card.close();
      await options.reload('#import');
      expect(await options.previewImport('contacts.vcf', VCARD)).toEqual({ source: 'vCard file recognised', rows: ' · 2 contacts' });
      const report = await options.commitImport();
      expect(report).toMatchObject({ imported: '1 customer imported', merged: '1 merged into an existing customer', skipped: '0 rows skipped' });

      // A page of the user's own in front again (the options tab came forward for the import): a link
      // clicked in a tab behind others opens nothing in headless Chromium.
      await crm.close();
      crm = await browser.newPage();
      await crm.goto(server.url('/fixtures/customer-file.html'));
      card = await CardPage.openFor(crm, HEDY);
      expect(await card.view()).toBe('file');
      expect(await card.name()).toBe('Hedy Lamarr');
      expect(await card.fieldText('customer-title')).toBe('Chief Inventor');
      expect(await card.fieldText('customer-company')).toBe('Spread Spectrum Labs');
      expect(await card.fieldText('customer-emails')).toBe('hedy@spread-spectrum.example');
      expect(await card.fieldText('customer-notes')).toBe('Met at the radio conference. Prefers mornings.');
      expect(await card.localTime()).toMatch(new RegExp(`^\\w{3} ${clockPattern()} their time \\(Los Angeles\\)$`));

      // The merge added the new address and kept what the user had edited.
      await reopen(crm, ADA);
      expect(await card.fieldText('customer-emails')).toBe('ada@analytical-engines.example, ada.lovelace@analytical-engines.example');
      expect(await card.fieldText('customer-title')).toBe('Chief Operations Officer');
    });

    it('exports the calendar from the popup with the follow-up set in the card', async () => {
      await reopen(crm, HEDY);
      await card.call();
      await card.endCall();
      const saved = await card.wrapUp({ notes: 'Asked for the patent summary.', outcome: 'callback-requested', note: 'Send the patent summary' });
      expect(saved).toMatchObject({ saved: true, errors: [] });
      expect(saved.confirmation).toMatch(/^Call saved · follow-up /);
      await card.close();

      const popup = await PopupPage.open(browser);
      const [ics] = await popup.exportNotes('ics', 1);
      expect(ics?.filename).toMatch(/\.ics$/);
      // Long lines are folded (RFC 5545): unfold before reading.
      const text = (ics?.text ?? '').replace(/\r\n[ \t]/g, '');
      const events = text.split('BEGIN:VEVENT').slice(1);
      const hedy = events.find((e) => e.includes('SUMMARY:Follow up: Hedy Lamarr'));
      expect(hedy, text).toBeDefined();
      expect(hedy).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
      expect(hedy).toContain('Send the patent summary');
      expect(hedy).toContain('DESCRIPTION:Phone · +13105550147');
      expect(hedy).toContain('END:VEVENT');
      expect(crm.errors).toEqual([]);
    });
  });
}
