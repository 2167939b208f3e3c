import { describe, expect, it } from 'vitest';
import { afterFirstGroup, digitRuns, piecesOf, toCandidate } from '../../src/detect/candidates.ts';

/** Every run in the text as [its page text, its digits, written with "+"]. */
function runsOf(text: string): [string, string, boolean][] {
  const runs: [string, string, boolean][] = [];
  digitRuns(text, (run) => runs.push([text.slice(run.start, run.end), run.digits, run.international]));
  return runs;
}

describe('digitRuns', () => {
  it.each<[what: string, text: string, runs: [string, string, boolean][]]>([
    ['ASCII', 'Call (212) 555-0147 now', [['(212) 555-0147', '2125550147', false]]],
    ['with "+"', 'Tel. +49 30 1234567', [['+49 30 1234567', '49301234567', true]]],
    ['non-breaking hyphens', 'Tél. 04‑93‑88‑12‑45', [['04‑93‑88‑12‑45', '0493881245', false]]],
    ['minus signs and em dashes', '07071−9443−120 and 3041—8823 11', [['07071−9443−120', '070719443120', false], ['3041—8823 11', '3041882311', false]]],
    ['full-width digits, plus and parentheses', 'ＴＥＬ ＋８１ （３） ３５８１ １１８５', [['＋８１ （３） ３５８１ １１８５', '81335811185', true]]],
    ['an ideographic space inside', '０２０－８１１８　４４７７', [['０２０－８１１８　４４７７', '02081184477', false]]],
    ['Arabic-Indic digits', 'هاتف: +٩٦٦ ١١ ٤٦٤ ٢٧٣١', [['+٩٦٦ ١١ ٤٦٤ ٢٧٣١', '966114642731', true]]],
    ['Eastern Arabic-Indic digits', 'تلفن: ۰۳۱-۵۵۴۲ ۷۱۸۰', [['۰۳۱-۵۵۴۲ ۷۱۸۰', '03155427180', false]]],
    ['middle dots alone join digits', 'Tél. 06·12·34·56·78', [['06·12·34·56·78', '0612345678', false]]],
    ['spaced middle dots separate items', '030 1234567 · 040 7654321', [['030 1234567', '0301234567', false], ['040 7654321', '0407654321', false]]],
    ['a number wrapped in parentheses is read without them', 'Call (1-844-665-3257) now', [['1-844-665-3257', '18446653257', false]]],
    ['"+" after "+" is no international prefix', '+++118/4471/22093+++', [['118/4471/22093', '118447122093', false]]],
    ['digits libphonenumber-js does not read are no digits', 'फ़ोन ०१२३४५६७८९', []],
  ])('%s', (_what, text, runs) => {
    expect(runsOf(text)).toEqual(runs);
  });
});

describe('piecesOf and afterFirstGroup', () => {
  const run = (text: string) => toCandidate(text, 0, text.length)!;
  const texts = (text: string, candidates: { start: number; end: number }[]) => candidates.map((c) => text.slice(c.start, c.end));

  it.each<[text: string, pieces: string[]]>([
    ['030 1234567 / 0171 7654321', ['030 1234567', '0171 7654321']],
    ['30 – 0121 496 0214', ['0121 496 0214']],
    ['1 – 416-555-0193', ['416-555-0193']],
    ['(030) 123456 / (0171) 765432', ['(030) 123456', '(0171) 765432']],
    ['030 1234567', []],
    ['2025-000123', []],
  ])('%j is cut into %j', (text, pieces) => {
    expect(texts(text, piecesOf(text, run(text)))).toEqual(pieces);
  });

  it.each<[text: string, tail: string | undefined]>([
    ['18001 0345 600 4471', '0345 600 4471'],
    ['15.03.2024 030 1234567', '030 1234567'],
    ['10017 (212) 555-0147', '(212) 555-0147'],
    ['0301234567', undefined],
  ])('%j without its first group: %j', (text, tail) => {
    const candidate = afterFirstGroup(text, run(text));
    expect(candidate && text.slice(candidate.start, candidate.end)).toBe(tail);
    if (candidate) expect(candidate.labelAt).toBe(0);
  });
});
