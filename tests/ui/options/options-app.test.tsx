// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageFiles } from '../../../src/db/files/page-files.ts';
import type { ImportPreview, RecordCounts } from '../../../src/shared/protocol/index.ts';
import { OptionsApp } from '../../../src/ui/options/options-app.tsx';
import { fakeClient, type FakeHandlers } from '../popup/support/fake-client.ts';
import { choose, clickButton, render, typeInto, type Rendered } from '../popup/support/render.tsx';
import { settings } from '../popup/support/samples.ts';
import { previewImport } from '../../../src/db/import/import-contacts.ts';
import { setMessageLookup } from '../../../src/shared/i18n/messages.ts';
import { messageLookup, readMessages } from '../../support/locale-messages.ts';
import { VCARD } from '../../db/import/samples.ts';

let mounted: Rendered | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

async function mount(extra: FakeHandlers = {}, files: PageFiles | null = null) {
  let current = settings({ disabledSites: ['old.example.com'] });
  const fake = fakeClient({
    'settings/get': () => current,
    'settings/update': ({ patch }) => (current = { ...current, ...patch }),
    'site/set-enabled': ({ hostname, enabled }) => {
      const others = current.disabledSites.filter((s) => s !== hostname);
      current = { ...current, disabledSites: enabled ? others : [...others, hostname] };
      return { disabledSites: current.disabledSites };
    },
    'diagnostics/get': () => ({ browser: 'Chromium 156.0.0.0', extensionVersion: '0.1.0', sites: [] }),
    ...extra,
  });
  mounted = await render(<OptionsApp />, fake.client, files);
  await mounted.waitFor(() => expect(mounted!.$('[data-testid="dial-preset"]')).not.toBeNull());
  return { fake, ui: mounted };
}

async function pickFile(ui: Rendered, testId: string, name: string, content: string | Uint8Array) {
  const input = ui.$<HTMLInputElement>(`[data-testid="${testId}"]`)!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([content as BlobPart], name, { type: 'text/plain' })] });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('Options: the summary e-mail after a call', () => {
  it('shows the default template, refuses an unknown placeholder inline, saves one of the user’s own, and goes back to the default', async () => {
    const { ui, fake } = await mount();
    const field = () => ui.$<HTMLTextAreaElement>('[data-testid="summary-template-input"]')!;
    expect(field().value).toMatch(/^Dear \{name\},\n\nThank you for our call on \{date\}/);
    expect(ui.$('[data-testid="summary-template"]')?.textContent).toContain('{nextContact} the agreed next contact in their time zone');
    await typeInto(field(), 'Hi {nme}');
    expect(ui.$('[data-testid="summary-template"] .cp-field__error')?.textContent).toBe(
      '{nme} is not a placeholder: use {name}, {company}, {date}, {notes}, {commitments} or {nextContact}.',
    );
    expect(ui.$<HTMLButtonElement>('[data-testid="summary-template-save"]')?.disabled).toBe(true);
    await typeInto(field(), 'Hi {name},\n{notes}\n{commitments}');
    await act(() => ui.$<HTMLFormElement>('[data-testid="summary-template"]')!.requestSubmit());
    await ui.waitFor(() => expect(ui.$('[data-testid="summary-template-saved"]')?.textContent).toBe('Template saved.'));
    await clickButton(ui, 'Use the default');
    await ui.waitFor(() => expect(field().value).toMatch(/^Dear \{name\}/));
    expect(fake.sent('settings/update')).toEqual([{ patch: { summaryTemplate: 'Hi {name},\n{notes}\n{commitments}' } }, { patch: { summaryTemplate: '' } }]);
  });
});

describe('Options: calling', () => {
  it('saves a preset dial template at once and shows what it produces', async () => {
    const { ui, fake } = await mount();
    expect(ui.$('[data-testid="dial-example"]')?.textContent).toBe('+12127368410 opens tel:+12127368410');
    await choose(ui.$<HTMLSelectElement>('[data-testid="dial-preset"]')!, 'sip:{e164}');
    await ui.waitFor(() => expect(fake.sent('settings/update')).toEqual([{ patch: { dialTemplate: 'sip:{e164}' } }]));
    expect(ui.$('[data-testid="dial-example"]')?.textContent).toBe('+12127368410 opens sip:+12127368410');
  });

  it.each([
    ['pbx.example.com/dial', 'Start with a scheme such as tel:, sip:, callto: or https://.'],
    ['https://pbx.example.com/dial', 'Put {e164} (or {digits}) where the number goes.'],
    ['javascript:call({e164})', 'This kind of link cannot place calls. Use tel:, sip:, callto: or https://.'],
  ])('refuses the custom template %j inline: %s', async (template, message) => {
    const { ui, fake } = await mount();
    await choose(ui.$<HTMLSelectElement>('[data-testid="dial-preset"]')!, 'custom');
    await typeInto(ui.$<HTMLInputElement>('[data-testid="dial-custom"]')!, template);
    expect(ui.$('[data-testid="dial-template"] .cp-field__error')?.textContent).toBe(message);
    expect(ui.$('[data-testid="dial-custom"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(ui.$<HTMLButtonElement>('[data-testid="dial-save"]')?.disabled).toBe(true);
    expect(ui.$('[data-testid="dial-example"]')?.textContent).toBe('Example appears once the template is valid.');
    expect(fake.sent('settings/update')).toEqual([]);
  });

  it('saves a valid custom template, and shows the background’s refusal inline when it has one', async () => {
    let refuse = false;
    const { ui, fake } = await mount({
      'settings/update': ({ patch }) => {
        if (refuse) throw new Error('dialTemplate is not allowed');
        return settings({ ...patch });
      },
    });
    await choose(ui.$<HTMLSelectElement>('[data-testid="dial-preset"]')!, 'custom');
    await typeInto(ui.$<HTMLInputElement>('[data-testid="dial-custom"]')!, 'https://pbx.example.com/dial?n={e164}');
    expect(ui.$('[data-testid="dial-example"]')?.textContent).toBe('+12127368410 opens https://pbx.example.com/dial?n=%2B12127368410');
    await clickButton(ui, 'Save');
    await ui.waitFor(() => expect(ui.$('[data-testid="dial-saved"]')?.textContent).toBe('Dial template saved.'));
    expect(fake.sent('settings/update')).toEqual([{ patch: { dialTemplate: 'https://pbx.example.com/dial?n={e164}' } }]);

    refuse = true;
    await typeInto(ui.$<HTMLInputElement>('[data-testid="dial-custom"]')!, 'sips:{e164}');
    await clickButton(ui, 'Save');
    await ui.waitFor(() =>
      expect(ui.$('[data-testid="dial-template"] .cp-field__error')?.textContent).toBe(
        'Could not save the dial template: dialTemplate is not allowed.',
      ),
    );
  });

  it('saves the default country when one is picked', async () => {
    const { ui, fake } = await mount();
    const select = ui.$<HTMLSelectElement>('[data-testid="default-country"]')!;
    expect(select.value).toBe('');
    expect(select.options[0]?.textContent).toBe('Automatic (browser language)');
    await choose(select, 'DE');
    await ui.waitFor(() => expect(fake.sent('settings/update')).toEqual([{ patch: { defaultCountry: 'DE' } }]));
  });
});

describe('Options: sites', () => {
  const listed = (ui: Rendered) => ui.$$('[data-testid="disabled-site"] .cp-mono').map((e) => e.textContent);

  it('turns a site back on and switches another off from a pasted address', async () => {
    const { ui, fake } = await mount();
    expect(listed(ui)).toEqual(['old.example.com']);
    await typeInto(ui.$<HTMLInputElement>('[data-testid="site-input"]')!, 'https://crm.example.com/deals/7');
    await clickButton(ui, 'Switch off');
    await ui.waitFor(() => expect(listed(ui)).toEqual(['old.example.com', 'crm.example.com']));
    await clickButton(ui, 'Turn back on');
    await ui.waitFor(() => expect(listed(ui)).toEqual(['crm.example.com']));
    expect(fake.sent('site/set-enabled')).toEqual([
      { hostname: 'crm.example.com', enabled: false },
      { hostname: 'old.example.com', enabled: true },
    ]);
  });

  it('says what is wrong with a site name instead of sending it', async () => {
    const { ui, fake } = await mount();
    await typeInto(ui.$<HTMLInputElement>('[data-testid="site-input"]')!, 'not a site');
    await clickButton(ui, 'Switch off');
    expect(ui.$('[data-testid="section-sites"] .cp-field__error')?.textContent).toBe(
      'Enter a site name such as crm.example.com, or paste its address.',
    );
    expect(fake.sent('site/set-enabled')).toEqual([]);
  });
});

const HUBSPOT_CSV = 'First Name,Last Name,Company Name,Phone Number,Lifecycle Stage\nAda,Lovelace,Analytical Engines,+1 212 736 8410,lead\n';
const preview: ImportPreview = {
  source: 'hubspot',
  columns: ['First Name', 'Last Name', 'Company Name', 'Phone Number', 'Lifecycle Stage'],
  mapping: { 'First Name': 'firstName', 'Last Name': 'lastName', 'Company Name': 'company', 'Phone Number': 'phone', 'Lifecycle Stage': 'ignore' },
  sample: [{ name: 'Ada Lovelace', company: 'Analytical Engines', phones: [{ e164: '+12127368410', label: 'direct' }] }],
  rowCount: 1,
};

describe('Options: import', () => {
  it('previews a HubSpot CSV, lets a column be remapped, imports with that mapping and shows the report', async () => {
    const { ui, fake } = await mount({
      'import/preview': () => preview,
      'import/commit': () => ({ imported: 1, merged: 2, skipped: [{ row: 4, reason: 'No name and no company' }], adjusted: [{ row: 7, changes: ['the name was cut to 200 characters'] }] }),
    });
    await pickFile(ui, 'import-file', 'hubspot.csv', HUBSPOT_CSV);
    await ui.waitFor(() => expect(ui.$('[data-testid="import-source"]')?.textContent).toBe('HubSpot export recognised'));
    expect(ui.$('[data-testid="import-row-count"]')?.textContent).toContain('1 contact');
    expect(ui.$('[data-testid="import-mapping"]')?.textContent).toContain('Analytical Engines');
    expect(ui.$('[data-testid="import-sample"] tbody')?.textContent).toBe('Ada LovelaceAnalytical Engines+1 212 736 8410');
    expect(fake.sent('import/preview')).toEqual([{ fileName: 'hubspot.csv', content: HUBSPOT_CSV }]);

    await choose(ui.$<HTMLSelectElement>('[data-column="Lifecycle Stage"]')!, 'tags');
    await clickButton(ui, 'Import 1 contact');
    await ui.waitFor(() => expect(ui.$('[data-testid="import-report"]')).not.toBeNull());
    expect(fake.sent('import/commit')).toEqual([
      { fileName: 'hubspot.csv', content: HUBSPOT_CSV, mapping: { ...preview.mapping, 'Lifecycle Stage': 'tags' } },
    ]);
    expect(ui.$('[data-testid="import-imported"]')?.textContent).toBe('1 customer imported');
    expect(ui.$('[data-testid="import-merged"]')?.textContent).toBe('2 merged into existing customers');
    expect(ui.$('[data-testid="import-skipped"]')?.textContent).toBe('1 row skipped');
    expect(ui.$('[data-testid="import-skipped-rows"] tbody')?.textContent).toBe('4No name and no company');
    expect(ui.$('[data-testid="import-adjusted"]')?.textContent).toBe('1 row shortened to fit');
    expect(ui.$('[data-testid="import-adjusted-rows"] tbody')?.textContent).toBe('7the name was cut to 200 characters');
    expect(ui.$('[data-testid="import-report-notice"]')).toBeNull();
  });

  it('reads a file that is not UTF-8 as Windows-1252 and says so in the preview and the report', async () => {
    const { ui, fake } = await mount({ 'import/preview': () => preview, 'import/commit': () => ({ imported: 1, merged: 0, skipped: [], adjusted: [] }) });
    // "Jürgen Müller" as Excel on Windows saves it: ü is the single byte 0xFC, not UTF-8.
    const bytes = Uint8Array.from([...'Name,Phone\nJ\u00fcrgen M\u00fcller,+49 30 901820\n'].map((c) => c.charCodeAt(0)));
    await pickFile(ui, 'import-file', 'excel.csv', bytes);
    await ui.waitFor(() => expect(ui.$('[data-testid="import-encoding-notice"]')?.textContent).toContain('read as Windows-1252'));
    expect(fake.sent('import/preview')).toEqual([{ fileName: 'excel.csv', content: 'Name,Phone\nJürgen Müller,+49 30 901820\n' }]);
    await clickButton(ui, 'Import 1 contact');
    await ui.waitFor(() => expect(ui.$('[data-testid="import-report-notice"]')?.textContent).toContain('read as Windows-1252'));
  });

  it('names a vCard’s columns by the fields they become, in the user’s language', async () => {
    setMessageLookup(messageLookup(readMessages('de')));
    try {
      const { ui } = await mount({ 'import/preview': ({ fileName, content }) => previewImport(fileName, content, 'US') });
      await pickFile(ui, 'import-file', 'contacts.vcf', VCARD);
      await ui.waitFor(() => expect(ui.$('[data-testid="import-mapping"]')).not.toBeNull());
      const rows = ui.$$('[data-testid="import-mapping"] tbody th').map((th) => th.textContent);
      expect(rows).toEqual(['Vollständiger Name', 'Vorname', 'Nachname', 'Firma', 'Position', 'E-Mail', 'Mobiltelefon', 'Telefon geschäftlich', 'Telefon privat', 'Fax', 'Telefon', 'Notizen', 'Schlagwörter', 'Zeitzone']);
      expect(ui.$('[data-column="mobile"]')?.getAttribute('aria-label')).toBe('Spalte „Mobiltelefon“ importieren als');
      expect(ui.$<HTMLSelectElement>('[data-column="mobile"]')?.value).toBe('mobile');
    } finally {
      setMessageLookup(messageLookup(readMessages('en')));
    }
  });

  it('refuses to import while no column holds a name', async () => {
    const { ui } = await mount({ 'import/preview': () => preview });
    await pickFile(ui, 'import-file', 'hubspot.csv', HUBSPOT_CSV);
    await ui.waitFor(() => expect(ui.$('[data-testid="import-preview"]')).not.toBeNull());
    for (const column of ['First Name', 'Last Name', 'Company Name']) await choose(ui.$<HTMLSelectElement>(`[data-column="${column}"]`)!, 'ignore');
    expect(ui.$('[data-testid="import-preview"] [role="alert"]')?.textContent).toBe('Choose the column that holds the name (or the company).');
    expect(ui.$<HTMLButtonElement>('[data-testid="import-commit"]')?.disabled).toBe(true);
  });

  it('shows why a malformed file cannot be read, and imports nothing', async () => {
    const { ui, fake } = await mount({
      'import/preview': () => {
        throw new Error('hubspot.csv has no header row');
      },
    });
    await pickFile(ui, 'import-file', 'hubspot.csv', '\u0000\u0001garbage');
    await ui.waitFor(() =>
      expect(ui.$('[data-testid="import-error"] .cp-banner__text')?.textContent).toBe('Could not read the file: hubspot.csv has no header row.'),
    );
    expect(ui.$('[data-testid="import-preview"]')).toBeNull();
    expect(fake.sent('import/commit')).toEqual([]);
  });
});

describe('Options: backup and samples', () => {
  const restoring = (outcome: () => RecordCounts) => {
    const restored: string[] = [];
    const files = { restore: async (file: Blob) => (restored.push(await file.text()), outcome()) } as PageFiles;
    return { files, restored };
  };

  it('restores only after the user confirms that everything is replaced, then has the background set the reminders', async () => {
    const { files, restored } = restoring(() => ({ customers: 3, concerns: 1, commitments: 0, calls: 2, followUps: 1 }));
    const { ui, fake } = await mount({ 'backup/restored': () => ({ nextReminderAt: null }) }, files);
    await pickFile(ui, 'backup-file', 'callprep-backup.json', '{"formatName":"dexie"}');
    expect(ui.$('[data-testid="restore-confirm"]')?.textContent).toContain('This replaces all your data');
    expect(restored).toEqual([]);
    await clickButton(ui, 'Replace everything');
    await ui.waitFor(() =>
      expect(ui.$('[data-testid="restore-done"]')?.textContent).toBe('Restored 3 customers, 1 concern, 2 calls, 1 follow-up.'),
    );
    expect(restored).toEqual(['{"formatName":"dexie"}']);
    expect(fake.sent('backup/restored')).toEqual([{}]);
  });

  it('a restore that succeeded is not reported as failed when the background does not answer', async () => {
    const { files } = restoring(() => ({ customers: 1, concerns: 0, commitments: 0, calls: 0, followUps: 0 }));
    const { ui } = await mount({ 'backup/restored': () => { throw new Error('No answer to backup/restored'); } }, files);
    await pickFile(ui, 'backup-file', 'callprep-backup.json', '{}');
    await clickButton(ui, 'Replace everything');
    await ui.waitFor(() => expect(ui.$('[data-testid="restore-done"]')?.textContent).toMatch(/^Restored 1 customer\. Reminders are set again when the browser next starts/));
    expect(ui.$('[data-testid="backup-error"] .cp-banner__text')).toBeNull();
  });

  it('shows a refused backup clearly', async () => {
    const { files } = restoring(() => {
      throw new Error('This is not a Callprep backup');
    });
    const { ui } = await mount({}, files);
    await pickFile(ui, 'backup-file', 'notes.json', '[]');
    await clickButton(ui, 'Replace everything');
    await ui.waitFor(() =>
      expect(ui.$('[data-testid="backup-error"] .cp-banner__text')?.textContent).toBe(
        'Could not restore the backup: This is not a Callprep backup.',
      ),
    );
  });

  it('loads sample customers and says how many', async () => {
    const { ui } = await mount({ 'data/load-samples': () => ({ customers: 8, concerns: 4, commitments: 3, calls: 5, followUps: 2 }) });
    await clickButton(ui, 'Load sample customers');
    await ui.waitFor(() =>
      expect(ui.$('[data-testid="samples-loaded"]')?.textContent).toBe(
        'Loaded 8 customers, 4 concerns, 3 commitments, 5 calls, 2 follow-ups. Loading again does not duplicate them.',
      ),
    );
  });
});
