/** The diagnostics log as plain text for a bug report: one line per cause, times in UTC. */
import type { DiagnosticsLog } from '../../shared/protocol/diagnostics.ts';
import { DIAGNOSTICS_TEXT as T } from '../shared/diagnostics-text.ts';

const utc = (at: number): string => `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export function bugReportText(log: DiagnosticsLog, now: number): string {
  const lines = [`Callprep ${log.extensionVersion}, ${log.browser}, copied ${utc(now)}`];
  if (!log.sites.length) lines.push(T.empty);
  for (const { site, problems } of log.sites) {
    for (const p of problems) {
      lines.push(`${site}: ${p.code}, ${T.times(p.count)}, ${T.last} ${utc(p.lastAt)} (${p.browser}): ${p.detail}`);
    }
  }
  return lines.join('\n');
}
