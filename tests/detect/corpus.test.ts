import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { detectPhoneNumbers } from '../../src/detect/detect.ts';
import { loadCorpus, scoreDetector } from './corpus/score.ts';

const corpus = loadCorpus();

describe('detection corpus', () => {
  it('is big and varied enough to mean something', () => {
    const regions = new Set(corpus.map((item) => item.region));
    const negatives = corpus.filter((item) => item.expected.length === 0).length;
    expect(corpus.length).toBeGreaterThanOrEqual(600);
    expect(regions.size).toBeGreaterThanOrEqual(25);
    expect(negatives / corpus.length).toBeGreaterThanOrEqual(1 / 3);
    expect(new Set(corpus.map((item) => item.id)).size).toBe(corpus.length);
  });

  it('labels only numbers libphonenumber calls valid, each standing in its text', () => {
    const bad = corpus.flatMap((item) =>
      item.expected
        .filter((number) => !parsePhoneNumberFromString(number.e164)?.isValid() || (number.raw !== undefined && !item.text.includes(number.raw)))
        .map((number) => `${item.id}: ${number.e164} ${number.raw ?? ''}`),
    );
    expect(bad).toEqual([]);
  });

  it('scores at least 0.99 precision and 0.98 recall', () => {
    const score = scoreDetector(corpus, (text, region) => detectPhoneNumbers(text, { region }));
    console.log(
      `detect corpus: ${corpus.length} snippets, precision ${score.precision.toFixed(4)}, recall ${score.recall.toFixed(4)} ` +
        `(${score.truePositives} found, ${score.falsePositives} wrong, ${score.falseNegatives} missed)`,
    );
    expect(score.precision, JSON.stringify(score.mistakes.slice(0, 10))).toBeGreaterThanOrEqual(0.99);
    expect(score.recall, JSON.stringify(score.mistakes.slice(0, 10))).toBeGreaterThanOrEqual(0.98);
  });

  it('gives the raw text and offsets of what it finds', () => {
    const wrongRaw = corpus.flatMap((item) => {
      const found = detectPhoneNumbers(item.text, { region: item.region });
      return item.expected
        .filter((number) => number.raw !== undefined)
        .filter((number) => !found.some((match) => match.raw === number.raw && item.text.slice(match.start, match.end) === number.raw))
        .map((number) => `${item.id}: ${number.raw}`);
    });
    expect(wrongRaw).toEqual([]);
  });
});
