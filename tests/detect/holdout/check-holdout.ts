/**
 * Validates the held-out detection corpus (holdout.jsonl) and prints what it holds.
 *   npx tsx tests/detect/holdout/check-holdout.ts      exit code 1 on any error
 * The rules are corpus2's (every `e164` valid and equal to what libphonenumber-js/max reads from its
 * `raw` with the item's region), with this corpus's source kinds, and one addition: a line break
 * inside a `raw` reads as a space, since plain-text signatures wrap a number over two lines.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CorpusItem } from '../corpus/corpus-item.ts';
import { numberOfRaw, summarize } from '../corpus2/check-corpus2.ts';

export const HOLDOUT_FILE = new URL('./holdout.jsonl', import.meta.url);

/** The kinds of text a snippet is modelled on; the second part of every id. */
export const KINDS = [
  'mail', 'cal', 'ticket', 'job', 'classified', 'estate', 'venue', 'gov', 'school', 'ship', 'bank',
  'insure', 'medical', 'product', 'event', 'press', 'profile', 'csv', 'chat',
] as const;

const MINIMUM_ITEMS = 220;

export function loadHoldout(file: URL = HOLDOUT_FILE): CorpusItem[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as CorpusItem);
}

export function checkHoldout(items: CorpusItem[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const kind = /^[a-z]{2}-([a-z]+)-\d{2,}$/.exec(item.id)?.[1];
    if (!kind || !(KINDS as readonly string[]).includes(kind) || item.id.slice(0, 2) !== item.region.toLowerCase())
      errors.push(`${item.id}: id must be <region>-<${KINDS.join('|')}>-<nn>`);
    if (seen.has(item.id)) errors.push(`${item.id}: duplicate id`);
    seen.add(item.id);
    if (item.text.trim() === '') errors.push(`${item.id}: empty text`);
    let from = 0;
    for (const { raw, e164, ext } of item.expected) {
      const where = `${item.id}: ${JSON.stringify(raw)}`;
      if (!raw || !e164) {
        errors.push(`${item.id}: every expected number needs e164 and raw`);
        continue;
      }
      const at = item.text.indexOf(raw, from);
      if (at < 0) errors.push(`${where}: not found in the text after the previous number`);
      else from = at + raw.length;
      const read = numberOfRaw(raw.replace(/\s*\n\s*/g, ' '), item.region, ext);
      if (read.problem) errors.push(`${where}: ${read.problem}`);
      else if (read.e164 !== e164) errors.push(`${where}: labelled ${e164}, libphonenumber-js reads ${read.e164}`);
      else if (read.ext !== undefined && read.ext !== ext) errors.push(`${where}: raw carries extension ${read.ext}, labelled ${ext ?? 'none'}`);
    }
  }
  return errors;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const items = loadHoldout();
  const errors = checkHoldout(items);
  // corpus2's summary, less its own size minimum; ours is MINIMUM_ITEMS.
  const summary = summarize(items).split('\n').filter((line) => !/^SHORT: fewer than \d+ snippets$/.test(line));
  if (items.length < MINIMUM_ITEMS) summary.push(`SHORT: fewer than ${MINIMUM_ITEMS} snippets`);
  console.log(summary.join('\n'));
  if (errors.length > 0) {
    console.error(`\n${errors.length} errors:\n${errors.join('\n')}`);
    process.exitCode = 1;
  } else if (summary.some((line) => line.startsWith('SHORT:'))) process.exitCode = 1;
  else console.log('\nholdout is well-formed');
}
