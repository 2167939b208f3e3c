/**
 * The diagnostics log's handlers. A report's site and tab come from the sender; its detail is cut
 * short and cleared of anything that could be page content (addresses, digit runs) before it is kept.
 */
import browser from 'webextension-polyfill';
import { clearDiagnostics, getDiagnosticsDatabase, problemsOnPage, readDiagnostics, recordProblem, type DiagnosticsDatabase } from '../../db/diagnostics-db.ts';
import type { diagnosticsMessages } from '../../shared/protocol/diagnostics.ts';
import { currentBrowser } from '../browser-label.ts';
import type { BackgroundDeps } from '../deps.ts';
import { siteOfSender } from '../sender-site.ts';
import type { HandlersOf } from './handlers-of.ts';

export const MAX_KEPT_DETAIL = 200;

/** An error message as kept: web addresses and runs of digits (a phone number, an id) taken out. */
export function scrubDetail(detail: string): string {
  const scrubbed = detail
    .replace(/\b(?:https?|file|data|blob):\S*/gi, '<address>')
    .replace(/\+?\d[\d\s().\-/]*\d/g, (run) => (run.replace(/\D/g, '').length >= 5 ? '<digits>' : run))
    .replace(/\s+/g, ' ')
    .trim();
  return scrubbed.length > MAX_KEPT_DETAIL ? `${scrubbed.slice(0, MAX_KEPT_DETAIL - 1)}…` : scrubbed;
}

export interface DiagnosticsEnv {
  db: DiagnosticsDatabase;
  browser: () => Promise<string>;
  extensionVersion: () => string;
}

const browserEnv = (): DiagnosticsEnv => ({
  db: getDiagnosticsDatabase(),
  browser: currentBrowser,
  extensionVersion: () => browser.runtime.getManifest().version,
});

export const diagnosticsHandlers = ({ now }: Pick<BackgroundDeps, 'now'>, env: DiagnosticsEnv = browserEnv()): HandlersOf<typeof diagnosticsMessages> => ({
  'diagnostics/report': async ({ code, detail }, { sender }) => {
    const site = siteOfSender(sender);
    await recordProblem(env.db, { site, code, detail: scrubDetail(detail), browser: await env.browser(), tabId: sender.tab?.id }, now());
    return { logged: true };
  },
  'diagnostics/page': ({ hostname, tabId }) => problemsOnPage(env.db, hostname.toLowerCase(), tabId),
  'diagnostics/get': async () => ({ browser: await env.browser(), extensionVersion: env.extensionVersion(), sites: await readDiagnostics(env.db) }),
  'diagnostics/clear': async () => {
    await clearDiagnostics(env.db);
    return { cleared: true };
  },
});
