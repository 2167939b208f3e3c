// @vitest-environment happy-dom
import { beforeAll, expect, test, vi } from 'vitest';
import { stubHighlightApi } from './support/highlight-stubs.ts';

beforeAll(() => void stubHighlightApi());
const { MarkStore } = await import('../../src/content/mark-store.ts');
const { EntryMarker } = await import('../../src/content/entry-marker.ts');
const detector = await import('../../src/content/detector.ts');

function setUp(html: string) {
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
  const text = document.querySelector('p')!.firstChild as Text;
  const readAs = new Map([[text, text.data]]);
  const marks = new MarkStore(() => {});
  const requeue = vi.fn();
  const marker = new EntryMarker({ marks, region: 'US', asRead: (node) => readAs.get(node) === node.data, requeue });
  const shown = () => (marks.commit(), marks.shown().map((m) => [m.raw, m.e164]));
  return { text, marks, marker, shown, requeue };
}

test("what the background found is marked where it is in the node's text", () => {
  const { text, marker, shown } = setUp('<p>Call (212) 736-8410 today.</p>');
  marker.found(text, [{ start: 5, end: 19, raw: '(212) 736-8410', e164: '+12127368410' }]);
  expect(shown()).toEqual([['(212) 736-8410', '+12127368410']]);
  expect(marker.detectedElsewhere).toBe(1);
});

test('an answer of nothing takes away what the node had', () => {
  const { text, marker, shown } = setUp('<p>Call (212) 736-8410 today.</p>');
  marker.here(text, detector);
  expect(shown()).toHaveLength(1);
  marker.found(text, undefined);
  expect(shown()).toEqual([]);
});

test('a node that changed since it was read is left alone, here and with an answer', () => {
  const { text, marker, shown } = setUp('<p>Call (212) 736-8410 today.</p>');
  text.data = 'Call (415) 555-0132 today.';
  marker.found(text, [{ start: 5, end: 19, raw: '(212) 736-8410', e164: '+12127368410' }]);
  marker.here(text, detector);
  expect(shown()).toEqual([]);
  expect(marker.detectedElsewhere).toBe(0);
});
