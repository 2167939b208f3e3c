import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import {
  clearDiagnostics,
  DiagnosticsDatabase,
  MAX_PROBLEMS_PER_SITE,
  MAX_SITES,
  problemsOnPage,
  readDiagnostics,
  recordProblem,
  type ProblemEntry,
} from '../../src/db/diagnostics-db.ts';
import { T0 } from './fresh-db.ts';

let n = 0;
const freshLog = () => new DiagnosticsDatabase(`diagnostics-test-${process.pid}-${++n}`);
const entry = (over: Partial<ProblemEntry> = {}): ProblemEntry => ({
  site: 'crm.example.com',
  code: 'scan-failed',
  detail: 'TypeError: x is not a function',
  browser: 'Firefox 140.12.0esr',
  tabId: 7,
  ...over,
});

describe('the diagnostics log', () => {
  test('the same cause on a site is counted, with its latest detail, browser and tab', async () => {
    const db = freshLog();
    await recordProblem(db, entry(), T0);
    await recordProblem(db, entry({ detail: 'TypeError: y is not a function', browser: 'Firefox 153.0', tabId: 9 }), T0 + 1000);
    expect(await readDiagnostics(db)).toEqual([
      {
        site: 'crm.example.com',
        lastAt: T0 + 1000,
        problems: [{ code: 'scan-failed', detail: 'TypeError: y is not a function', browser: 'Firefox 153.0', tabId: 9, count: 2, firstAt: T0, lastAt: T0 + 1000 }],
      },
    ]);
  });

  test(`keeps the ${MAX_SITES} sites most recently reported, and ${MAX_PROBLEMS_PER_SITE} causes each at most`, async () => {
    const db = freshLog();
    for (let i = 0; i < MAX_SITES + 3; i++) await recordProblem(db, entry({ site: `site${i}.example` }), T0 + i);
    const sites = await readDiagnostics(db);
    expect(sites).toHaveLength(MAX_SITES);
    expect(sites[0]!.site).toBe(`site${MAX_SITES + 2}.example`);
    expect(sites.map((s) => s.site)).not.toContain('site0.example');

    const codes = ['marks-unsupported', 'style-blocked', 'scan-failed', 'detector-failed', 'start-failed'] as const;
    for (const [i, code] of codes.entries()) await recordProblem(db, entry({ site: 'busy.example', code }), T0 + 100 + i);
    await recordProblem(db, entry({ site: 'busy.example', code: 'style-blocked' }), T0 + 200);
    const busy = (await readDiagnostics(db)).find((s) => s.site === 'busy.example')!;
    expect(busy.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS_PER_SITE);
    expect(busy.problems[0]).toMatchObject({ code: 'style-blocked', count: 2 });
  });

  test('a page asks for its site; with a tab, only what that tab reported', async () => {
    const db = freshLog();
    await recordProblem(db, entry({ code: 'scan-failed', tabId: 7 }), T0);
    await recordProblem(db, entry({ code: 'style-blocked', tabId: 8 }), T0 + 1);
    expect((await problemsOnPage(db, 'crm.example.com', 7)).map((p) => p.code)).toEqual(['scan-failed']);
    expect((await problemsOnPage(db, 'crm.example.com')).map((p) => p.code)).toEqual(['style-blocked', 'scan-failed']);
    expect(await problemsOnPage(db, 'other.example', 7)).toEqual([]);
    await clearDiagnostics(db);
    expect(await readDiagnostics(db)).toEqual([]);
  });
});
