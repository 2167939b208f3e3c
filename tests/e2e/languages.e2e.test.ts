/**
 * Callprep in the user's language, in every browser under test: with the browser's UI in German,
 * French and Spanish, the popup and the card speak it (messages from _locales/<lang>), and the card
 * still opens on a number and shows the customer. Screenshots go to
 * artifacts/screenshots/<browser>-<lang>-card.png and -popup.png.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CardPage } from './pages/card-page.ts';
import { askBackground } from './pages/extension-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { browsersInLocale } from './support/browsers.ts';
import type { TestBrowser } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { openCrmContact, startForSuite } from './support/suite.ts';

const SHOTS = 'artifacts/screenshots';
/** International, so it reads the same whatever country the browser's language makes the default. */
const JUERGEN = '+49 30 901820';

/** What a user of each language reads, from _locales/<lang>/messages.json. */
const EXPECTED = {
  de: { language: 'de', exportNotes: 'Notizen exportieren', search: 'Nach Name, Firma oder Nummer suchen', call: 'Anrufen', best: 'Am besten', retry: 'Neuer Versuch', permission: 'Telefonnummern auf allen Websites lesen', backup: 'Sicherung herunterladen' },
  fr: { language: 'fr', exportNotes: 'Exporter les notes', search: 'Rechercher par nom, société ou numéro', call: 'Appeler', best: 'Idéal', retry: 'Nouvel essai', permission: 'Lire les numéros de téléphone sur tous les sites', backup: 'Télécharger une sauvegarde' },
  es: { language: 'es', exportNotes: 'Exportar notas', search: 'Buscar por nombre, empresa o número', call: 'Llamar', best: 'Mejor', retry: 'Reintentar', permission: 'Leer números de teléfono en todos los sitios', backup: 'Descargar una copia de seguridad' },
} as const;

for (const [locale, expected] of Object.entries(EXPECTED)) {
  for (const [name, launch] of browsersInLocale(locale)) {
    describe(`${name} in ${locale}`, () => {
      let browser: TestBrowser;
      let server: StaticServer;
      startForSuite(launch, (b, s) => void ([browser, server] = [b, s]));

      it('the popup speaks the browser’s language', async () => {
        await mkdir(SHOTS, { recursive: true });
        const popup = await PopupPage.open(browser);
        expect(await popup.page.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${expected.language}`));
        await askBackground(popup.page, 'data/load-samples', {});
        await popup.reload();
        await popup.page.waitFor('[data-testid="followups"]');
        const shown = await popup.page.evaluate(() => ({
          text: document.body.innerText,
          placeholder: document.querySelector('input[type="search"]')?.getAttribute('placeholder') ?? '',
        }));
        expect(shown.placeholder).toBe(expected.search);
        // The section title is upper-cased by CSS, which innerText reflects.
        expect(shown.text.toLocaleLowerCase(locale)).toContain(expected.exportNotes.toLocaleLowerCase(locale));
        expect(shown.text.toLowerCase()).not.toContain('export notes');
        await popup.page.screenshot(`${SHOTS}/${name}-${locale}-popup.png`);
        await popup.page.close();
      });

      it('the options page speaks the browser’s language', async () => {
        const options = await OptionsPage.open(browser);
        const text = await options.page.evaluate(() => document.body.innerText);
        expect(text).toContain(expected.permission);
        expect(text).toContain(expected.backup);
        expect(text).not.toMatch(/Read phone numbers on all sites|Download a backup|Default country|Load sample customers/);
        await options.page.screenshot(`${SHOTS}/${name}-${locale}-options.png`);
        await options.page.close();
      });

      it('the card opens on a number and speaks the browser’s language', async () => {
        const crm = await openCrmContact(browser, server);
        const card = await CardPage.openFor(crm, JUERGEN);
        expect(await card.name()).toBe('Jürgen Müller');
        // Outside the customer's hours (the test runs at any time of day) Call asks first and says so with "…".
        expect((await card.frame.text('[data-testid="call-button"]')).replace('☎', '').trim()).toMatch(new RegExp(`^${expected.call}…?$`));
        // The contact-time strip (its verdict and reasons) and the contact facts below it are in the language too.
        const strip = await card.frame.text('[data-testid="contact-time"]');
        const facts = await card.frame.text('[data-testid="contact-facts"]');
        expect(facts).toContain(expected.best);
        expect(facts).toContain(expected.retry);
        expect(`${strip} ${facts}`).not.toMatch(/Good time|Not now|without an answer|their best hours|Any time|Any day/);
        await card.screenshot(`${SHOTS}/${name}-${locale}-card.png`);
        await card.close();
        await crm.close();
      });
    });
  }
}
