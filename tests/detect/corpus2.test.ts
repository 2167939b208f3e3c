import { describe, expect, it } from 'vitest';
import { detectPhoneNumbers } from '../../src/detect/detect.ts';
import { checkCorpus2 } from './corpus2/check-corpus2.ts';
import { loadCorpus2, scoreCorpus2 } from './corpus2/score-corpus2.ts';

const corpus = loadCorpus2();

describe('detection corpus2 (written without reading the detector)', () => {
  it('is well-formed: every label valid for libphonenumber-js and standing in its text', () => {
    expect(checkCorpus2(corpus)).toEqual([]);
  });

  it('scores at least 0.995 precision and 0.99 recall (issue 12)', () => {
    const score = scoreCorpus2((text, region) => detectPhoneNumbers(text, { region }));
    console.log(
      `detect corpus2: ${corpus.length} snippets, precision ${score.precision.toFixed(4)}, recall ${score.recall.toFixed(4)} ` +
        `(${score.truePositives} found, ${score.falsePositives} wrong, ${score.falseNegatives} missed)`,
    );
    expect(score.precision, JSON.stringify(score.mistakes)).toBeGreaterThanOrEqual(0.995);
    expect(score.recall, JSON.stringify(score.mistakes)).toBeGreaterThanOrEqual(0.99);
  });

  it('marks exactly the text of each number it finds, written extension included', () => {
    const sameNumber = (a: { e164: string; ext?: string }, b: { e164: string; ext?: string }) => a.e164 === b.e164 && a.ext === b.ext;
    const found = corpus.flatMap((item) =>
      detectPhoneNumbers(item.text, { region: item.region })
        .filter((match) => item.expected.some((number) => sameNumber(number, match)))
        .map((match) => ({ item, match })),
    );
    const wrongRaw = found
      .filter(({ item, match }) => item.text.slice(match.start, match.end) !== match.raw || !item.expected.some((number) => sameNumber(number, match) && number.raw === match.raw))
      .map(({ item, match }) => `${item.id}: ${match.raw}`);
    expect(found.length).toBeGreaterThan(300);
    expect(wrongRaw).toEqual([]);
  });
});
