// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DiagnosticsLog } from '../../../src/shared/protocol/index.ts';
import { bugReportText } from '../../../src/ui/options/bug-report.ts';
import { DiagnosticsSection } from '../../../src/ui/options/diagnostics-section.tsx';
import { fakeClient } from '../popup/support/fake-client.ts';
import { clickButton, render, type Rendered } from '../popup/support/render.tsx';

const AT = Date.UTC(2026, 10, 26, 9, 30);
const LOG: DiagnosticsLog = {
  browser: 'Firefox 140.12.0esr',
  extensionVersion: '0.1.0',
  sites: [
    {
      site: 'crm.example.com',
      lastAt: AT,
      problems: [
        { code: 'style-blocked', detail: 'StyleSheetBlockedError: adoptedStyleSheets cannot be changed here', count: 3, firstAt: AT - 60_000, lastAt: AT, browser: 'Firefox 140.12.0esr', tabId: 4 },
        { code: 'scan-failed', detail: 'TypeError: x is not a function', count: 1, firstAt: AT - 120_000, lastAt: AT - 120_000, browser: 'Firefox 140.12.0esr' },
      ],
    },
    { site: 'file', lastAt: AT - 3_600_000, problems: [{ code: 'detector-failed', detail: 'DetectorLoadError: error loading module', count: 1, firstAt: AT - 3_600_000, lastAt: AT - 3_600_000, browser: 'Chromium 156.0.0.0' }] },
  ],
};

let mounted: Rendered | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  vi.restoreAllMocks();
});

describe('the diagnostics section', () => {
  it('lists each site with why Callprep could not run there, copies the log and clears it', async () => {
    let log = LOG;
    const fake = fakeClient({ 'diagnostics/get': () => log, 'diagnostics/clear': () => ((log = { ...log, sites: [] }), { cleared: true }) });
    const copied: string[] = [];
    mounted = await render(<DiagnosticsSection now={() => AT} copy={async (text) => void copied.push(text)} />, fake.client);
    const ui = mounted;
    await ui.waitFor(() => expect(ui.$$('[data-testid="diagnostics-site"]')).toHaveLength(2));
    expect(ui.$('[data-site="crm.example.com"]')?.textContent).toContain('The page did not let Callprep add the style that makes numbers visible.');
    expect(ui.$('[data-site="crm.example.com"] [data-code="style-blocked"]')?.textContent).toContain('3 times');

    await clickButton(ui, 'Copy for a bug report');
    await ui.waitFor(() => expect(ui.$('[data-testid="diagnostics-status"]')?.textContent).toBe('Copied. Paste it into your bug report.'));
    expect(copied).toEqual([bugReportText(LOG, AT)]);

    await clickButton(ui, 'Clear the log');
    await ui.waitFor(() => expect(ui.$('[data-testid="diagnostics-empty"]')).not.toBeNull());
    expect(fake.sent('diagnostics/clear')).toHaveLength(1);
  });

  it('says so when the browser refuses the clipboard; the text stays there to select', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fake = fakeClient({ 'diagnostics/get': () => LOG });
    mounted = await render(<DiagnosticsSection now={() => AT} copy={async () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError'))} />, fake.client);
    const ui = mounted;
    await ui.waitFor(() => expect(ui.$('[data-testid="diagnostics-sites"]')).not.toBeNull());
    await clickButton(ui, 'Copy for a bug report');
    await ui.waitFor(() => expect(ui.$('[data-testid="error"]')?.textContent).toBe('Could not copy. Select the text below and copy it.'));
    expect(ui.$<HTMLTextAreaElement>('[data-testid="diagnostics-report"]')?.value).toBe(bugReportText(LOG, AT));
  });
});

describe('the bug report text', () => {
  it('one line per cause, times in UTC, no more than the log holds', () => {
    expect(bugReportText(LOG, AT)).toBe(
      [
        'Callprep 0.1.0, Firefox 140.12.0esr, copied 2026-11-26 09:30 UTC',
        'crm.example.com: style-blocked, 3 times, last 2026-11-26 09:30 UTC (Firefox 140.12.0esr): StyleSheetBlockedError: adoptedStyleSheets cannot be changed here',
        'crm.example.com: scan-failed, once, last 2026-11-26 09:28 UTC (Firefox 140.12.0esr): TypeError: x is not a function',
        'file: detector-failed, once, last 2026-11-26 08:30 UTC (Chromium 156.0.0.0): DetectorLoadError: error loading module',
      ].join('\n'),
    );
    expect(bugReportText({ ...LOG, sites: [] }, AT)).toBe('Callprep 0.1.0, Firefox 140.12.0esr, copied 2026-11-26 09:30 UTC\nNothing to report: Callprep has run everywhere it was asked to.');
  });
});
