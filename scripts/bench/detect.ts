/**
 * Benchmark section "detect": our detector next to libphonenumber-js findNumbers on the same texts in
 * the same run (MB/s and the speed-up), and both scored on the two labelled corpora.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { findNumbers, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { digitRuns } from '../../src/detect/candidates.ts';
import { clearDetectionCache, detectPhoneNumbers } from '../../src/detect/detect.ts';
import type { CorpusItem } from '../../tests/detect/corpus/corpus-item.ts';
import { loadCorpus, scoreDetector } from '../../tests/detect/corpus/score.ts';
import { loadCorpus2 } from '../../tests/detect/corpus2/score-corpus2.ts';
import { crmTable, prose } from './detect-texts.ts';
import { median } from './stats.ts';
import type { BenchRow } from './types.ts';

const REGION = 'US';

/** Wall time of one run in ms; our detector starts cold (empty memo) every time. */
function timeOnce(work: () => unknown): number {
  clearDetectionCache();
  const started = performance.now();
  work();
  return performance.now() - started;
}

const bestOfThree = (work: () => unknown) => Math.min(timeOnce(work), timeOnce(work), timeOnce(work));

function libphonenumber(text: string, region: string) {
  return findNumbers(text, { defaultCountry: region as CountryCode, v2: true });
}

/**
 * The least time any detector of this design needs: one regex pass over the text for candidates
 * (our candidate scan with nothing judged) plus libphonenumber-js parsing and validating each
 * distinct number once, with the same call our detector makes. Their sum bounds the speed-up over
 * findNumbers from above.
 */
function designFloor(text: string): { floor: () => unknown; distinct: number } {
  const found = detectPhoneNumbers(text, { region: REGION });
  const distinct = [...new Set(found.map((m) => `${m.raw.trimStart().startsWith('+') ? '+' : ''}${m.raw.replace(/\D/g, '')}`))];
  const parseAll = () =>
    distinct.filter((digits) => parsePhoneNumberFromString(digits, { defaultCountry: REGION, extract: false })?.isValid()).length;
  return { floor: () => (digitRuns(text, () => {}), parseAll()), distinct: distinct.length };
}

/**
 * Both detectors and the design floor, interleaved so that all see the same machine load (the
 * shared machine is noisy): each round times findNumbers once, ours and the floor best of three
 * (they are short). Speed-ups are medians of the rounds' ratios; MB/s use each side's median time.
 * The share of the ceiling reached is the median of floor time / our time, timed side by side.
 */
function timeAll(rounds: number, ours: () => unknown, theirs: () => unknown, floor: () => unknown) {
  const oursTimes: number[] = [];
  const theirsTimes: number[] = [];
  const ratios: number[] = [];
  const ceilings: number[] = [];
  const shares: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const their = timeOnce(theirs);
    const our = bestOfThree(ours);
    const least = bestOfThree(floor);
    oursTimes.push(our);
    theirsTimes.push(their);
    ratios.push(their / our);
    ceilings.push(their / least);
    shares.push(least / our);
  }
  return { ours: median(oursTimes), theirs: median(theirsTimes), speedup: median(ratios), ceiling: median(ceilings), share: median(shares) };
}

function speedRows(name: string, what: string, text: string, target?: string, shareTarget?: string): BenchRow[] {
  const megabytes = Buffer.byteLength(text, 'utf8') / 1_000_000;
  const { floor, distinct } = designFloor(text);
  const { ours, theirs, speedup, ceiling, share } = timeAll(5, () => detectPhoneNumbers(text, { region: REGION }), () => libphonenumber(text, REGION), floor);
  const oursFound = detectPhoneNumbers(text, { region: REGION }).length;
  const theirsFound = libphonenumber(text, REGION).length;
  return [
    { name: `detect.${name}.size_mb`, value: megabytes, unit: 'MB', label: `${what}: text size` },
    { name: `detect.${name}.callprep_mb_s`, value: megabytes / (ours / 1000), unit: 'MB/s', label: `${what}: Callprep detector` },
    { name: `detect.${name}.libphonenumber_mb_s`, value: megabytes / (theirs / 1000), unit: 'MB/s', label: `${what}: libphonenumber-js findNumbers` },
    { name: `detect.${name}.speedup`, value: speedup, unit: 'x', label: `${what}: speed-up over findNumbers`, target },
    { name: `detect.${name}.callprep_found`, value: oursFound, unit: 'numbers', label: `${what}: numbers found by Callprep` },
    { name: `detect.${name}.libphonenumber_found`, value: theirsFound, unit: 'numbers', label: `${what}: numbers found by findNumbers` },
    { name: `detect.${name}.distinct_numbers`, value: distinct, unit: 'numbers', label: `${what}: distinct numbers in it` },
    {
      name: `detect.${name}.speedup_ceiling`,
      value: ceiling,
      unit: 'x',
      label: `${what}: highest speed-up possible (one regex pass + library parse of each distinct number)`,
    },
    { name: `detect.${name}.share_of_ceiling`, value: share, unit: '', label: `${what}: share of that highest speed-up reached`, target: shareTarget },
  ];
}

/** Our detector and findNumbers scored on a labelled corpus: the first one (`corpus`), and corpus2,
 *  written without reading the detector (issue 12). */
function corpusRows(name: string, what: string, corpus: CorpusItem[], targets: { precision: string; recall: string }): BenchRow[] {
  const ours = scoreDetector(corpus, (text, region) => detectPhoneNumbers(text, { region }));
  const theirs = scoreDetector(corpus, (text, region) =>
    libphonenumber(text, region).map((found) => ({ e164: found.number.number, ext: found.number.ext })),
  );
  const row = (key: string, value: number, label: string, target?: string): BenchRow => ({ name: `detect.${name}.${key}`, value, unit: '', label, target });
  return [
    row('snippets', corpus.length, `${what}: snippets`),
    row('callprep_precision', ours.precision, `${what}: precision, Callprep`, targets.precision),
    row('libphonenumber_precision', theirs.precision, `${what}: precision, findNumbers`),
    row('callprep_recall', ours.recall, `${what}: recall, Callprep`, targets.recall),
    row('libphonenumber_recall', theirs.recall, `${what}: recall, findNumbers`),
  ];
}

/** Size of the detector as the content script loads it lazily (minified, with max metadata). */
async function bundleRows(): Promise<BenchRow[]> {
  const result = await build({
    entryPoints: [new URL('../../src/detect/detect.ts', import.meta.url).pathname],
    bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return [
    { name: 'detect.bundle.min_kb', value: code.length / 1024, unit: 'KB', label: 'Detector chunk, minified' },
    { name: 'detect.bundle.gzip_kb', value: gzipSync(code).length / 1024, unit: 'KB', label: 'Detector chunk, minified + gzip' },
  ];
}

export async function run(): Promise<BenchRow[]> {
  detectPhoneNumbers('warm-up: (212) 555-0147, +49 30 12345678', { region: REGION });
  libphonenumber('warm-up: (212) 555-0147', REGION);
  return [
    ...speedRows('table', '10,000-row CRM table', crmTable(10_000), '≥ 10x', '≥ 0.85'),
    ...speedRows('invoices', '10,000 invoices to 1,000 customers', crmTable(10_000, 3, 1_000)),
    ...speedRows('prose', '1 MB of prose, few numbers', prose(1_000_000), '≥ 50x', '≥ 0.85'),
    ...corpusRows('corpus', 'Labelled corpus', loadCorpus(), { precision: '≥ 0.99', recall: '≥ 0.98' }),
    ...corpusRows('corpus2', 'Corpus2 (not tuned on)', loadCorpus2(), { precision: '≥ 0.995', recall: '≥ 0.99' }),
    ...(await bundleRows()),
  ];
}
