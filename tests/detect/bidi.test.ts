import { describe, expect, it } from 'vitest';
import { detectPhoneNumbers } from '../../src/detect/detect.ts';

const found = (text: string, region: string) => detectPhoneNumbers(text, { region }).map((match) => match.e164);

// Issue 9: "‮0148-637 )212(‬" shows as "(212) 736-8410" on screen, but its characters, which the
// detector reads, are in the other order: it was dialled as +1 014-863-7212.
const SHOWN_AS_212 = '\u202E0148-637 )212(\u202C';

describe('bidirectional controls that change how a number shows: not marked', () => {
  it.each<[string, string, string]>([
    ['a right-to-left override (RLO) around it', `Call ${SHOWN_AS_212} now`, 'US'],
    ['the override with a phone label before it', `Tel: ${SHOWN_AS_212}`, 'US'],
    ['the override never closed on its line', 'Call \u202E0148-637 )212( today', 'US'],
    ['the override opened in an earlier element on the line', '\u202ETel. \u00A00148-637 )212(', 'US'],
    ['a right-to-left embedding (RLE) around it', 'Call \u202B212 736 8410\u202C now', 'US'],
    ['a right-to-left isolate (RLI) around it', 'Call \u2067212 736 8410\u2069 now', 'US'],
    ['a first-strong isolate (FSI) around it', 'Call \u2068212 736 8410\u2069 now', 'US'],
    ['a right-to-left override inside a left-to-right isolate', 'Call \u2066x \u202E212 736 8410\u2069', 'US'],
    ['a right-to-left mark (RLM) right before it', 'Call \u200F212 736 8410', 'US'],
    ['an Arabic letter mark (ALM) right before it', 'Call \u061C(212) 736 8410', 'US'],
    ['a right-to-left mark inside it', 'Call +1 212\u200F 736 8410', 'US'],
    ['a left-to-right mark inside it', 'Call +1 (212)\u200E 736-8410', 'US'],
    ['an isolate inside it', 'Call +1 212 \u2066736\u2069 8410', 'US'],
  ])('%s', (_name, text, region) => {
    expect(found(text, region)).toEqual([]);
  });
});

describe('bidirectional controls that leave the written order: still marked', () => {
  it.each<[string, string, string, string[]]>([
    ['a left-to-right embedding (LRE) around it, as right-to-left pages write numbers', 'טלפון: \u202A+972 3-123-4567\u202C', 'IL', ['+97231234567']],
    ['a left-to-right isolate (LRI) around it', 'Call \u2066(212) 736-8410\u2069 now', 'US', ['+12127368410']],
    ['a left-to-right override (LRO) around it', 'Call \u202D(212) 736-8410\u202C now', 'US', ['+12127368410']],
    ['a left-to-right mark (LRM) before it', 'Call \u200E(212) 736-8410', 'US', ['+12127368410']],
    ['an override closed before it', '\u202Exyz\u202C Call (212) 736-8410', 'US', ['+12127368410']],
    ['an isolate closed before it', '\u2067xyz\u2069 Call (212) 736-8410', 'US', ['+12127368410']],
    ['an override on the line before', '\u202Exyz\nCall (212) 736-8410', 'US', ['+12127368410']],
    ['a left-to-right embedding inside a right-to-left override', '\u202Exyz \u202A(212) 736-8410\u202C\u202C', 'US', ['+12127368410']],
    ['a right-to-left mark earlier, with words between', 'שלום\u200F office (212) 736-8410', 'US', ['+12127368410']],
    ['the override around another number only', `${SHOWN_AS_212} or (415) 555-0132`, 'US', ['+14155550132']],
  ])('%s', (_name, text, region, expected) => {
    expect(found(text, region)).toEqual(expected);
  });
});
