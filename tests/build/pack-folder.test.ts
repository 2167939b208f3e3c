import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { packFolder } from '../../scripts/zip/pack-folder.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callprep-pack-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function write(files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

describe('packFolder (npm run zip)', () => {
  test('puts the folder content at the zip root, nested paths with forward slashes, bytes unchanged', async () => {
    const files = {
      'manifest.json': '{"manifest_version":3}',
      'assets/card.js': 'export const card = 1;\n',
      'src/ui/card/card.html': '<!doctype html><title>Callprep</title>',
      'public/icons/icon-16.png': '\u0089PNG fake',
    };
    await write(files);
    const { zip, files: names } = await packFolder(dir);
    const unpacked = unzipSync(zip);
    expect(Object.keys(unpacked).sort()).toEqual(Object.keys(files).sort());
    expect(names).toEqual(Object.keys(files).sort());
    for (const [name, text] of Object.entries(files)) expect(strFromU8(unpacked[name]!)).toBe(text);
  });

  test('the same folder gives the same bytes however often it is packed', async () => {
    await write({ 'manifest.json': '{}', 'b.js': 'b', 'a/c.js': 'c' });
    // Packing on another day must not change the bytes (a zip stamps each entry with a time).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
    const first = await packFolder(dir);
    vi.setSystemTime(new Date('2026-11-23T17:45:00Z'));
    const second = await packFolder(dir);
    vi.useRealTimers();
    expect(Buffer.from(second.zip).equals(Buffer.from(first.zip))).toBe(true);
  });

  test('an empty folder is refused with a message naming it', async () => {
    await expect(packFolder(dir)).rejects.toThrow(`${dir} is empty`);
  });
});
