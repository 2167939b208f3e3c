import { describe, expect, it } from 'vitest';
import { parseDigits } from 'libphonenumber-js/max';
import { foldText, needsFolding } from '../../src/detect/fold.ts';
import { DIGIT, SEPARATOR_CLASS } from '../../src/detect/precheck.ts';

describe('foldText', () => {
  it.each<[what: string, text: string, folded: string]>([
    ['full-width digits and punctuation', '（０３）１２３４－５６７８', '(03)1234-5678'],
    ['full-width plus and colon', 'ＴＥＬ：＋８１', 'TEL:+81'],
    ['Arabic-Indic digits', '٠١١ ٤٦٤ ٢٧٣٠', '011 464 2730'],
    ['Eastern Arabic-Indic digits', '۰۲۱-۸۸۴۱ ۳۷۲۰', '021-8841 3720'],
    ['non-breaking hyphen, hyphen, figure dash, minus', '1\u20112\u20103\u20124\u22125', '1-2-3-4-5'],
    ['em dash and horizontal bar read as the en dash', '3041\u20148823 1\u20152', '3041\u20138823 1\u20132'],
    ['katakana prolonged sound mark used as a dash', '03ー1234ー5678', '03-1234-5678'],
    ['ASCII, spaces of any kind, the en dash and letters stay', 'Tel.\u00A0030\u202F123\u2009–4 ab', 'Tel.\u00A0030\u202F123\u2009–4 ab'],
    ['middle dots and bullets stay', '06·12•34・56', '06·12•34・56'],
    ['digits libphonenumber-js does not read stay', 'देवनागरी ०१२३', 'देवनागरी ०१२३'],
  ])('%s', (_what, text, folded) => {
    expect(foldText(text)).toBe(folded);
    expect(foldText(text)).toHaveLength(text.length);
  });
});

describe('needsFolding', () => {
  it.each<[text: string, needed: boolean]>([
    ['030 1234567', false],
    ['01\u00A042\u202F68\u200953–00', false],
    ['Tel. 030\u20111234567', true],
    ['０３', true],
    ['٠١١', true],
    ['電話 03-1234-5678', false],
  ])('%j → %s', (text, needed) => {
    expect(needsFolding(text, 0, text.length)).toBe(needed);
  });
});

describe('one home for which digits count', () => {
  it('the scanner takes every character libphonenumber-js reads as a digit, and folds it to that digit', () => {
    const digit = new RegExp(`^${DIGIT}$`, 'u');
    const mismatches: string[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const read = parseDigits(char);
      if (read !== '' && (!digit.test(char) || foldText(char) !== read)) mismatches.push(char);
    }
    expect(mismatches).toEqual([]);
  });

  it('every separator the scanner takes is read by the rules as ASCII, a space or the en dash', () => {
    const separator = new RegExp(`^${SEPARATOR_CLASS}$`, 'u');
    const unread: string[] = [];
    for (let code = 0x80; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (separator.test(char) && !/^[\s\x21-\x7E\u2013]$/.test(foldText(char))) unread.push(char);
    }
    expect(unread).toEqual([]);
  });
});
