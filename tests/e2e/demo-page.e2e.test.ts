/**
 * The demo CRM page `npm start` opens: every contact number is marked, including the rows that
 * arrive 1.5 s after load, and none of the invoice identifiers, dates, amounts or the notes field.
 */
import { describe, expect, test } from 'vitest';
import { waitForMarks } from './detection-probes.ts';
import { browsersUnderTest } from './support/browsers.ts';
import type { TestBrowser } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';

const ON_LOAD = [
  '(212) 736-8410',
  '212-555-0142',
  '1-888-416-2273 x210',
  '+44 20 7946 0958',
  '+49 30 901820',
  '+33 1 42 68 53 00',
  '+61 2 9374 4000',
  '+12127368410',
  '+44 20 7946 0958',
  '212.736.8410',
];
const LATE = ['+81 3 3224 9999', '+1 415-555-0100 x301', '(415) 555-0100 ext. 455', '(415) 392-0146'];

for (const [name, launch] of browsersUnderTest()) {
  describe(`demo CRM page in ${name}`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    startForSuite(launch, (b, s) => void ([browser, server] = [b, s]), { '/': 'demo' });

    test('marks each contact number, the late ones too, and nothing else', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('/crm.html'));
      const expected = [...ON_LOAD, ...LATE];
      expect(await waitForMarks(page, expected)).toEqual([...expected].sort());
      expect(await page.count('#partners-rows tr')).toBe(LATE.length);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}
