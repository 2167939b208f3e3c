/** Precision and recall of a detector over the labelled corpus, matching numbers by E.164 + extension. */
import { readdirSync, readFileSync } from 'node:fs';
import type { CorpusItem, ExpectedNumber } from './corpus-item.ts';

export interface Found {
  e164: string;
  ext?: string;
  raw?: string;
}

export interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Items where something was missed or found wrongly, for the test's message. */
  mistakes: { id: string; missed: ExpectedNumber[]; wrong: Found[] }[];
}

/** Every item of every .jsonl file in `folder` (this corpus by default; corpus2 passes its own). */
export function loadCorpus(folder: URL = new URL('./', import.meta.url)): CorpusItem[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) =>
      readFileSync(new URL(name, folder), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as CorpusItem),
    );
}

const keyOf = (number: { e164: string; ext?: string }) => `${number.e164};${number.ext ?? ''}`;

export function scoreDetector(items: CorpusItem[], detect: (text: string, region: string) => Found[]): Score {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const mistakes: Score['mistakes'] = [];
  for (const item of items) {
    const open = item.expected.map(keyOf);
    const wrong: Found[] = [];
    for (const found of detect(item.text, item.region)) {
      const at = open.indexOf(keyOf(found));
      if (at >= 0) {
        open.splice(at, 1);
        truePositives++;
      } else wrong.push(found);
    }
    falsePositives += wrong.length;
    falseNegatives += open.length;
    const missed = item.expected.filter((number) => open.includes(keyOf(number)));
    if (wrong.length > 0 || missed.length > 0) mistakes.push({ id: item.id, missed, wrong });
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  return { precision, recall, truePositives, falsePositives, falseNegatives, mistakes };
}
