/**
 * Scores the detector on corpus2, the corpus it was not written alongside.
 *   npx tsx tests/detect/corpus2/score-corpus2.ts
 * runs the detector as a black box (`npm run detect`, all snippets in one run) and prints precision,
 * recall and every miss and false mark, grouped by page family, as Markdown.
 * A unit test can pass detectPhoneNumbers itself to scoreCorpus2 instead.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CorpusItem, ExpectedNumber } from '../corpus/corpus-item.ts';
import { loadCorpus, scoreDetector, type Found, type Score } from '../corpus/score.ts';
import { CORPUS2_FOLDER, FAMILIES } from './check-corpus2.ts';

export type Detect = (text: string, region: string) => Found[];

export const loadCorpus2 = (): CorpusItem[] => loadCorpus(CORPUS2_FOLDER);

export const scoreCorpus2 = (detect: Detect): Score => scoreDetector(loadCorpus2(), detect);

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
const keyOf = (text: string, region: string) => `${region}\n${text}`;

/** One `npm run detect` over every item; the answers are then looked up per snippet. */
export function detectThroughCli(items: CorpusItem[]): Detect {
  const input = items.map((item) => JSON.stringify({ text: item.text, region: item.region })).join('\n') + '\n';
  const run = spawnSync('npm', ['run', '--silent', 'detect'], { cwd: REPOSITORY, input, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`npm run detect exited with ${run.status}: ${run.stderr}`);
  const lines = run.stdout.split('\n').filter((line) => line.trim() !== '');
  if (lines.length !== items.length) throw new Error(`npm run detect answered ${lines.length} lines for ${items.length} snippets`);
  const answers = new Map<string, Found[]>();
  lines.forEach((line, index) => {
    const item = items[index]!;
    const answer = JSON.parse(line) as Found[] | { error: string };
    if (!Array.isArray(answer)) throw new Error(`npm run detect refused ${item.id}: ${answer.error}`);
    answers.set(keyOf(item.text, item.region), answer);
  });
  return (text, region) => {
    const answer = answers.get(keyOf(text, region));
    if (!answer) throw new Error(`no detector answer for a ${region} snippet: ${text.slice(0, 60)}`);
    return answer;
  };
}

const show = (number: ExpectedNumber | Found) =>
  `\`${(number.raw ?? '').replace(/\s/g, ' ')}\` → ${number.e164}${number.ext ? ` ext ${number.ext}` : ''}`;

/** The score as Markdown: totals, then misses and false marks per family, each with its item id. */
export function formatScore(score: Score): string {
  const lines = [
    `- precision **${score.precision.toFixed(3)}**, recall **${score.recall.toFixed(3)}**`,
    `- ${score.truePositives} numbers found, ${score.falseNegatives} missed, ${score.falsePositives} false marks, in ${score.mistakes.length} snippets`,
  ];
  for (const [title, pick] of [
    ['Misses', (mistake: Score['mistakes'][number]) => mistake.missed],
    ['False marks', (mistake: Score['mistakes'][number]) => mistake.wrong],
  ] as const) {
    lines.push('', `## ${title}`);
    for (const family of FAMILIES) {
      const rows = score.mistakes
        .filter((mistake) => mistake.id.split('-')[1] === family)
        .flatMap((mistake) => pick(mistake).map((number) => `- ${mistake.id}: ${show(number)}`));
      if (rows.length > 0) lines.push('', `### ${family} (${rows.length})`, ...rows);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const items = loadCorpus2();
  console.log(formatScore(scoreDetector(items, detectThroughCli(items))));
}
