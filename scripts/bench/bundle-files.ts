/**
 * What a built page or script loads: its files followed through their static imports (what must load
 * before it runs) apart from the dynamic ones (loaded when needed), and their sizes. Reads the build's
 * output as it is (rolldown's `from"./x.js"` and `import("./x.js")`, crxjs's `getURL("…")` loader).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface LoadedFiles {
  /** Loaded before the entry runs: the entries and what they import statically. */
  eager: Set<string>;
  /** Imported dynamically by those, with what they import statically in turn (eager files left out). */
  lazy: Set<string>;
}

export async function loadedFiles(dist: string, entries: readonly string[]): Promise<LoadedFiles> {
  const dynamic = new Set<string>();
  const visit = async (file: string, into: Set<string>): Promise<void> => {
    if (into.has(file)) return;
    into.add(file);
    const code = await readFile(join(dist, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/getURL\(\s*"([^"]+)"\s*\)/g)) await visit(m[1]!, into); // crxjs loader → main chunk
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) await visit(dir + m[1], into);
    for (const m of code.matchAll(/import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)) dynamic.add(dir + m[1]);
  };
  const eager = new Set<string>();
  for (const file of entries) await visit(file, eager);
  const lazy = new Set<string>();
  for (const file of dynamic) await visit(file, lazy);
  for (const file of eager) lazy.delete(file);
  return { eager, lazy };
}

/** The module scripts an HTML page of the build starts with ("/assets/x.js" → "assets/x.js"). */
export async function pageScripts(dist: string, page: string): Promise<string[]> {
  const html = await readFile(join(dist, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
}

/** Kilobytes of `files`, as stored and gzipped. */
export async function sizeOf(dist: string, files: Iterable<string>): Promise<{ raw: number; gzip: number }> {
  const buffers = await Promise.all([...files].map((f) => readFile(join(dist, f))));
  return { raw: buffers.reduce((n, b) => n + b.length, 0) / 1024, gzip: buffers.reduce((n, b) => n + gzipSync(b).length, 0) / 1024 };
}
