/** The options page: one calm column of sections, each reachable by its anchor (options.html#import). */
import type { Settings } from '../../shared/settings.ts';
import { ErrorBanner, useQuery } from '../shared/index.ts';
import { DIAGNOSTICS_TEXT } from '../shared/diagnostics-text.ts';
import { ExportNotesButtons } from '../shared/export-notes-buttons.tsx';
import { BackupSection } from './backup-section.tsx';
import { CallingSettings } from './calling-settings.tsx';
import { DiagnosticsSection } from './diagnostics-section.tsx';
import { ImportSection } from './import-section.tsx';
import { OptionsSection } from './options-section.tsx';
import { PermissionsSection } from './permissions-section.tsx';
import { SampleDataSection } from './sample-data-section.tsx';
import { SiteSettings } from './site-settings.tsx';

const NAV = [
  ['calling', 'Calling'],
  ['sites', 'Sites'],
  ['import', 'Import'],
  ['export', 'Export & backup'],
  ['samples', 'Sample data'],
  ['permissions', 'Permissions'],
  ['diagnostics', DIAGNOSTICS_TEXT.title],
] as const;

export function OptionsApp() {
  const settings = useQuery<Settings>((c) => c('settings/get', {}), [], 'fail_readSettings');
  return (
    <div class="op">
      <header class="op-header">
        <h1 class="op-title">
          <img src="/public/icons/icon-48.png" alt="" width={28} height={28} />
          Callprep settings
        </h1>
        <nav aria-label="Sections" class="op-nav">
          {NAV.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main class="op-main">
        <ErrorBanner message={settings.error} action={<button class="cp-banner__dismiss" onClick={() => void settings.refresh()}>Try again</button>} />
        <OptionsSection id="calling" title="Calling" intro="How Callprep reads numbers and hands a call to your phone or softphone.">
          <CallingSettings settings={settings} />
        </OptionsSection>
        <OptionsSection id="sites" title="Sites" intro="Callprep finds numbers on every site except these.">
          <SiteSettings settings={settings} />
        </OptionsSection>
        <OptionsSection
          id="import"
          title="Import contacts"
          intro="A CSV export from HubSpot, Salesforce, Pipedrive, Google Contacts or Outlook, any CSV with a header row, or a vCard (.vcf) file. Numbers already on file are merged into the existing customer."
        >
          <ImportSection />
        </OptionsSection>
        <OptionsSection id="export" title="Export & backup" intro="Call notes and follow-ups as a spreadsheet, as JSON, or as calendar events.">
          <ExportNotesButtons />
          <h3 class="op-subtitle">Backup</h3>
          <p class="op-section__intro">Everything Callprep keeps, in one file you can restore here, on this or another computer.</p>
          {/* A backup may carry settings too: read them again after a restore. */}
          <BackupSection onRestored={() => void settings.refresh()} />
        </OptionsSection>
        <OptionsSection id="samples" title="Sample data" intro="A handful of demo customers with concerns, promises and past calls, to try Callprep out.">
          <SampleDataSection />
        </OptionsSection>
        <OptionsSection id="permissions" title="Permissions" intro="Your data stays in this browser. Callprep has no server and sends nothing anywhere.">
          <PermissionsSection />
        </OptionsSection>
        <OptionsSection id="diagnostics" title={DIAGNOSTICS_TEXT.title} intro={DIAGNOSTICS_TEXT.intro}>
          <DiagnosticsSection />
        </OptionsSection>
      </main>
    </div>
  );
}
