/**
 * The diagnostics log: per site, the last few causes that kept Callprep from running there. A
 * database of its own, beside the customer database: it is no user data, is never in a backup, and
 * survives a restore. Kept small: MAX_SITES sites (most recent), MAX_PROBLEMS_PER_SITE causes each.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { LoggedProblem, ProblemCode, SiteProblems } from '../shared/protocol/diagnostics.ts';

export const MAX_SITES = 20;
export const MAX_PROBLEMS_PER_SITE = 5;

export class DiagnosticsDatabase extends Dexie {
  sites!: EntityTable<SiteProblems, 'site'>;

  constructor(name = 'callprep-diagnostics') {
    super(name);
    this.version(1).stores({ sites: 'site, lastAt' });
  }
}

let instance: DiagnosticsDatabase | undefined;

export function getDiagnosticsDatabase(): DiagnosticsDatabase {
  instance ??= new DiagnosticsDatabase();
  return instance;
}

export interface ProblemEntry {
  site: string;
  code: ProblemCode;
  detail: string;
  browser: string;
  tabId?: number;
}

/** The site's causes with this one counted in: same cause, one more report; a new one, first. */
export function withProblem(problems: readonly LoggedProblem[], entry: ProblemEntry, at: number): LoggedProblem[] {
  const { code, detail, browser, tabId } = entry;
  const known = problems.find((p) => p.code === code);
  const updated: LoggedProblem = known
    ? { ...known, detail, browser, tabId, count: known.count + 1, lastAt: at }
    : { code, detail, browser, tabId, count: 1, firstAt: at, lastAt: at };
  const others = problems.filter((p) => p.code !== code);
  return [updated, ...others].sort((a, b) => b.lastAt - a.lastAt).slice(0, MAX_PROBLEMS_PER_SITE);
}

export async function recordProblem(db: DiagnosticsDatabase, entry: ProblemEntry, at: number): Promise<void> {
  await db.transaction('rw', db.sites, async () => {
    const row = await db.sites.get(entry.site);
    await db.sites.put({ site: entry.site, lastAt: at, problems: withProblem(row?.problems ?? [], entry, at) });
    const extra = (await db.sites.count()) - MAX_SITES;
    if (extra > 0) await db.sites.bulkDelete(await db.sites.orderBy('lastAt').limit(extra).primaryKeys());
  });
}

/** Every site's causes, most recent first. */
export const readDiagnostics = (db: DiagnosticsDatabase): Promise<SiteProblems[]> => db.sites.orderBy('lastAt').reverse().toArray();

/** The causes logged for a site; with a tab, only those last reported from that tab. */
export async function problemsOnPage(db: DiagnosticsDatabase, site: string, tabId?: number): Promise<LoggedProblem[]> {
  const row = await db.sites.get(site);
  return (row?.problems ?? []).filter((p) => tabId === undefined || p.tabId === tabId);
}

export const clearDiagnostics = (db: DiagnosticsDatabase): Promise<void> => db.sites.clear();
