// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { firstMarkOnScreen, type ScreenProbe } from '../../src/content/first-on-screen.ts';
import { isFrameTheUserIsIn, openCardAtSelection } from '../../src/content/keyboard-open.ts';
import type { MarkInput, MarkStore as MarkStoreType, PhoneMark } from '../../src/content/mark-store.ts';
import { markAtCaret, markInSelection, type Boundaries } from '../../src/content/selection-mark.ts';
import type { Box } from '../../src/content/card-position.ts';
import { stubHighlightApi } from './support/highlight-stubs.ts';

beforeAll(() => void stubHighlightApi());

const { MarkStore } = await import('../../src/content/mark-store.ts');

/**
 * The page: a number split by markup (<b>+1</b> 212 736 8410), a second number on the same line, a
 * line with one number, a line with none, and a line that starts with a number.
 */
const PAGE = `<p id="a">Call <b>+1</b> 212 736 8410 or (312) 555-0147 today.</p>
<p id="b">Fax 646-555-0199</p>
<p id="c">No numbers here</p>
<p id="d">+44 20 7946 0958 is London</p>`;

let marks: MarkStoreType;

/** The text node that holds `text`, and the offset `delta` characters into it. */
function point(text: string, delta = 0): [Text, number] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(text);
    if (at >= 0) return [node, at + delta];
  }
  throw new Error(`no text node holds "${text}"`);
}

function mark(e164: string, raw: string, ...pieces: Array<[string, number]>): MarkInput {
  const parts = pieces.map(([text, length]) => {
    const [node, start] = point(text);
    return { node, start, end: start + length };
  });
  return { parts, e164, raw, fromLink: false };
}

/** Marks the numbers the way the scanner does: all numbers of a group of text nodes at once. */
function markGroup(...inputs: MarkInput[]): void {
  marks.set([...new Set(inputs.flatMap((m) => m.parts.map((p) => p.node)))], inputs);
}

beforeEach(() => {
  document.body.replaceChildren(document.createRange().createContextualFragment(PAGE));
  marks?.clear();
  marks = new MarkStore(() => {});
  markGroup(mark('+12127368410', '+1 212 736 8410', ['+1', 2], [' 212 736 8410', 13]), mark('+13125550147', '(312) 555-0147', ['(312) 555-0147', 14]));
  markGroup(mark('+16465550199', '646-555-0199', ['646-555-0199', 12]));
  markGroup(mark('+442079460958', '+44 20 7946 0958', ['+44 20 7946 0958', 16]));
  marks.commit();
});

const range = (start: [Node, number], end: [Node, number] = start): Boundaries => ({
  startContainer: start[0],
  startOffset: start[1],
  endContainer: end[0],
  endOffset: end[1],
});
const el = (id: string) => document.getElementById(id)!;
const e164Of = (m: PhoneMark | undefined) => m?.e164;

describe('the number the keyboard shortcut means', () => {
  test.each<[string, () => Boundaries[], string | undefined]>([
    ['the caret in the second text node of a split number', () => [range(point('212', 2))], '+12127368410'],
    ['the caret in its first text node (<b>+1</b>)', () => [range(point('+1', 1))], '+12127368410'],
    ['the caret just after the last digit', () => [range(point('0147', 4))], '+13125550147'],
    ['the caret in words before any number', () => [range(point('Call', 2))], undefined],
    ['the caret between <b>+1</b> and the rest of the number (an element boundary)', () => [range([el('a'), 2])], '+12127368410'],
    ['the caret between words and <b>+1</b>: no text of a number on either side', () => [range([el('a'), 1])], undefined],
    ['exactly the number selected', () => [range(point('(312)'), point('0147', 4))], '+13125550147'],
    ['a selection from inside one number on into the next', () => [range(point('736'), point('555-0147', 3))], '+12127368410'],
    ['a selection from one line into the middle of the next', () => [range(point('today'), point('646', 2))], '+16465550199'],
    ['a selection that only touches a number (ends where it starts)', () => [range(point('or '), point('(312)'))], undefined],
    ['a selection of words without a number', () => [range(point('No'), point('here', 4))], undefined],
    // A triple-click selects the line up to the start of the next: that next line's number is not meant.
    ['a triple-clicked line that ends at the start of a line with a number', () => [range(point('No'), [el('d'), 0])], undefined],
    ['a triple-clicked line with a number', () => [range(point('Fax'), [el('c'), 0])], '+16465550199'],
    ['a paragraph selected as a whole (element boundaries)', () => [range([el('b'), 0], [el('b'), 1])], '+16465550199'],
    ['the whole page: the first number in reading order', () => [range([document.body, 0], [document.body, document.body.childNodes.length])], '+12127368410'],
    ['several ranges (Firefox table cells): the first that holds one', () => [range(point('No'), point('here')), range(point('+44'), point('0958', 4))], '+442079460958'],
    ['no selection at all', () => [], undefined],
  ])('%s', (_name, ranges, expected) => {
    expect(e164Of(markInSelection(marks, ranges()))).toBe(expected);
  });

  test('a caret between two text nodes counts for the number on either side', () => {
    const b = el('a').querySelector('b')!;
    expect(e164Of(markAtCaret(marks, b, 1))).toBe('+12127368410'); // after "+1", inside <b>
    expect(e164Of(markAtCaret(marks, el('c'), 1))).toBeUndefined();
  });
});

test('the numbers shown are the committed ones, each once (a split number too)', () => {
  const all = ['+12127368410', '+13125550147', '+16465550199', '+442079460958'];
  expect(marks.shown().map((m) => m.e164).sort()).toEqual(all);
  // Set but not yet committed: not underlined yet, so not a candidate.
  document.getElementById('c')!.append(' or 020 7946 0001');
  markGroup(mark('+442079460001', '020 7946 0001', ['020 7946 0001', 13]));
  expect(marks.shown().map((m) => m.e164).sort()).toEqual(all);
  marks.commit();
  expect(marks.shown()).toHaveLength(5);
});

describe('the first number on screen', () => {
  const box = (top: number, left = 20, height = 18, width = 120): Box => ({ top, left, bottom: top + height, right: left + width });
  const fakeMark = (e164: string): PhoneMark => ({ e164, raw: e164, fromLink: false, parts: [], range: {} as StaticRange });

  test.each<[string, Array<[string, Box[], boolean?]>, string | undefined]>([
    ['the one nearest the top', [['+1001', [box(300)]], ['+1002', [box(100)]], ['+1003', [box(200)]]], '+1002'],
    ['on one line, the leftmost', [['+1001', [box(100, 500)]], ['+1002', [box(101, 20)]]], '+1002'],
    ['scrolled above the viewport does not count', [['+1001', [box(-60)]], ['+1002', [box(400)]]], '+1002'],
    ['half under the top edge still shows', [['+1001', [box(-6)]], ['+1002', [box(400)]]], '+1001'],
    ['below the viewport does not count', [['+1001', [box(900)]]], undefined],
    ['right of the viewport does not count', [['+1001', [box(100, 1400)]], ['+1002', [box(300)]]], '+1002'],
    ['a hidden one (no box) does not count', [['+1001', [box(100, 20, 0, 0)]], ['+1002', [box(300)]]], '+1002'],
    ['a number wrapped over two lines counts by the line on screen', [['+1001', [box(-40), box(-10, 20, 18)]], ['+1002', [box(50)]]], '+1001'],
    ['under a sticky header it is not shown: the next one', [['+1001', [box(10)], false], ['+1002', [box(200)]]], '+1002'],
    ['when none passes the hit test, the topmost', [['+1001', [box(200)], false], ['+1002', [box(10)], false]], '+1002'],
    ['no numbers', [], undefined],
  ])('%s', (_name, rows, expected) => {
    const byMark = new Map(rows.map(([e164, boxes, shows = true]) => [fakeMark(e164), { boxes, shows }]));
    const screen: ScreenProbe = {
      width: 1280,
      height: 860,
      boxesOf: (m) => byMark.get(m)!.boxes,
      showsAt: (m) => byMark.get(m)!.shows,
    };
    expect(firstMarkOnScreen([...byMark.keys()], screen)?.e164).toBe(expected);
  });
});

describe('which frame answers the shortcut', () => {
  const frame = (focused: boolean, active: { localName: string; shadowRoot?: unknown } | null, top: boolean) => {
    const win = { top: undefined as unknown };
    win.top = top ? win : {};
    return [{ hasFocus: () => focused, activeElement: active } as unknown as Document, win as unknown as Window] as const;
  };

  test.each<[string, ReturnType<typeof frame>, boolean]>([
    ['the focused top page', frame(true, { localName: 'body' }, true), true],
    ['the focused embedded frame, on a link in it', frame(true, { localName: 'a' }, false), true],
    ['the top page while the focus is in a frame inside it', frame(true, { localName: 'iframe' }, true), false],
    ['a frame while the focus is in a frame inside a web component of it', frame(true, { localName: 'x-viewer', shadowRoot: { activeElement: { localName: 'iframe' } } }, false), false],
    ['the top page while the focus is in Callprep’s own card', frame(true, { localName: 'callprep-card' }, true), false],
    ['the top page while the focus is in the address bar', frame(false, null, true), true],
    ['an embedded frame while the focus is elsewhere', frame(false, { localName: 'body' }, false), false],
  ])('%s', (_name, [doc, win], answers) => {
    expect(isFrameTheUserIsIn(doc, win)).toBe(answers);
  });
});

describe('opening from the keyboard in the page', () => {
  const context = () => {
    const open = vi.fn();
    return { open, ctx: { marks, opener: { open, cardInTop: false, closeInTop: () => undefined, prewarm: () => undefined }, shadowRoots: () => [], stillAlive: () => true } };
  };
  const selectRange = (r: Boundaries) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(live);
  };

  test('a selected number opens its card with what a click would give it', () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    document.title = 'Contacts';
    const { open, ctx } = context();
    selectRange(range(point('646'), point('0199', 4)));
    expect(openCardAtSelection(ctx)?.e164).toBe('+16465550199');
    expect(open).toHaveBeenCalledWith({ e164: '+16465550199', raw: '646-555-0199', ext: undefined, pageTitle: 'Contacts', nearbyName: undefined, nearbyCompany: undefined }, expect.anything(), undefined);
  });

  test('text selected in a textarea opens nothing, and its value is never read', () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    const area = document.createElement('textarea');
    document.body.append(area);
    area.focus();
    area.setSelectionRange(0, 0);
    const value = vi.fn(() => 'Call back on +44 20 7946 0958');
    Object.defineProperty(area, 'value', { get: value });
    Object.defineProperty(area, 'selectionStart', { get: () => 13 });
    Object.defineProperty(area, 'selectionEnd', { get: () => 29 });
    const { open, ctx } = context();
    expect(openCardAtSelection(ctx)).toBeUndefined();
    expect(open).not.toHaveBeenCalled();
    expect(value).not.toHaveBeenCalled();
  });

  test('a frame the user is not in opens nothing', () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    vi.stubGlobal('top', {});
    const { open, ctx } = context();
    selectRange(range(point('646'), point('0199', 4)));
    expect(openCardAtSelection(ctx)).toBeUndefined();
    expect(open).not.toHaveBeenCalled();
  });
});
