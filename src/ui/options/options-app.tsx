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
import { SummaryTemplateField } from './summary-template-field.tsx';
import { SyncSection } from './sync-section.tsx';
import { t } from '../../shared/i18n/messages.ts';

const NAV = [
  ['calling', 'navCalling'],
  ['summary', 'summarySection'],
  ['sites', 'navSites'],
  ['import', 'navImport'],
  ['export', 'navExport'],
  ['sync', 'navSync'],
  ['samples', 'navSamples'],
  ['permissions', 'navPermissions'],
  ['diagnostics', 'diagnosticsTitle'],
] as const;

export function OptionsApp() {
  const settings = useQuery<Settings>((c) => c('settings/get', {}), [], 'fail_readSettings');
  return (
    <div class="op">
      <header class="op-header">
        <h1 class="op-title">
          <img src="/public/icons/icon-48.png" alt="" width={28} height={28} />
          {t('optionsTitle')}
        </h1>
        <nav aria-label={t('optionsSections')} class="op-nav">
          {NAV.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {t(label)}
            </a>
          ))}
        </nav>
      </header>
      <main class="op-main">
        <ErrorBanner message={settings.error} action={<button class="cp-banner__dismiss" onClick={() => void settings.refresh()}>{t('tryAgain')}</button>} />
        <OptionsSection id="calling" title={t('navCalling')} intro={t('callingIntro')}>
          <CallingSettings settings={settings} />
        </OptionsSection>
        <OptionsSection id="summary" title={t('summarySection')} intro={t('summarySectionIntro')}>
          <SummaryTemplateField settings={settings} />
        </OptionsSection>
        <OptionsSection id="sites" title={t('navSites')} intro={t('sitesIntro')}>
          <SiteSettings settings={settings} />
        </OptionsSection>
        <OptionsSection
          id="import"
          title={t('importTitle')}
          intro={t('importIntro')}
        >
          <ImportSection />
        </OptionsSection>
        <OptionsSection id="export" title={t('navExport')} intro={t('exportIntro')}>
          <ExportNotesButtons />
          <h3 class="op-subtitle">{t('backupTitle')}</h3>
          <p class="op-section__intro">{t('backupIntro')}</p>
          {/* A backup may carry settings too: read them again after a restore. */}
          <BackupSection onRestored={() => void settings.refresh()} />
        </OptionsSection>
        <OptionsSection id="sync" title={t('syncTitle')} intro={t('syncIntro')}>
          <SyncSection />
        </OptionsSection>
        <OptionsSection id="samples" title={t('navSamples')} intro={t('samplesIntro')}>
          <SampleDataSection />
        </OptionsSection>
        <OptionsSection id="permissions" title={t('navPermissions')} intro={t('permissionsIntro')}>
          <PermissionsSection />
        </OptionsSection>
        <OptionsSection id="diagnostics" title={DIAGNOSTICS_TEXT.title} intro={DIAGNOSTICS_TEXT.intro}>
          <DiagnosticsSection />
        </OptionsSection>
      </main>
    </div>
  );
}
