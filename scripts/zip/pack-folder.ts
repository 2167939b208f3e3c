/**
 * One folder → one zip, with the folder's content at the zip's root (where both stores look for
 * manifest.json). Entries are sorted and stamped with one fixed time, so the same build always
 * gives the same bytes and two zips can be compared by checksum.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** 2000-01-01 00:00 local time: any fixed date after 1980, the first date a zip can hold. */
const FIXED_MTIME = new Date(2000, 0, 1);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function packFolder(dir: string): Promise<{ zip: Uint8Array; files: string[] }> {
  const files = await filesUnder(dir);
  if (!files.length) throw new Error(`${dir} is empty: nothing to pack.`);
  const entries: Zippable = {};
  const names: string[] = [];
  for (const file of files) {
    const name = relative(dir, file).split(sep).join('/');
    entries[name] = [await readFile(file), { mtime: FIXED_MTIME }];
    names.push(name);
  }
  return { zip: zipSync(entries, { level: 9 }), files: names };
}
