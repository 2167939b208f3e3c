import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `tsx scripts/detect.ts` (what `npm run detect` runs) with these stdin lines. */
function runDetect(lines: string[]): Promise<{ stdout: string[]; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/detect.ts'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: out.split('\n').filter((line) => line !== ''), code }));
    child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  });
}

describe('npm run detect', () => {
  it('answers each input line with one output line, errors included, and goes on', async () => {
    const { stdout, code } = await runDetect([
      JSON.stringify({ text: 'Call (212) 555-0147 x12 today', region: 'US' }),
      'not json',
      JSON.stringify({ region: 'DE' }),
      JSON.stringify({ text: 'Rechnung 2024-03-15, Tel. 030 1234567', region: 'DE' }),
      JSON.stringify({ text: 'nothing here', region: 'US' }),
      JSON.stringify({ text: 'kein Land: +49 30 12345678' }),
      '[1,2]',
    ]);
    expect(code).toBe(0);
    expect(stdout).toHaveLength(7);
    const parsed = stdout.map((line) => JSON.parse(line) as unknown);
    expect(parsed[0]).toEqual([{ start: 5, end: 23, raw: '(212) 555-0147 x12', e164: '+12125550147', ext: '12' }]);
    expect(parsed[1]).toEqual({ error: expect.stringMatching(/^not JSON/) });
    expect(parsed[2]).toEqual({ error: '"text" is missing or not a string' });
    expect(parsed[3]).toEqual([{ start: 26, end: 37, raw: '030 1234567', e164: '+49301234567' }]);
    expect(parsed[4]).toEqual([]);
    expect(parsed[5]).toEqual([{ start: 11, end: 26, raw: '+49 30 12345678', e164: '+493012345678' }]);
    expect(parsed[6]).toEqual({ error: expect.stringContaining('expected an object') });
  }, 30_000);
});
