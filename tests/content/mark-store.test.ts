// @vitest-environment happy-dom
import { beforeAll, expect, test } from 'vitest';
import { stubHighlightApi } from './support/highlight-stubs.ts';

beforeAll(() => void stubHighlightApi());
const { MarkStore } = await import('../../src/content/mark-store.ts');

test('the number under the pointer is a second highlight above the marks, gone when its mark goes', async () => {
  const registry = CSS.highlights as unknown as Map<string, Set<StaticRange> & { priority?: number }>;
  document.body.replaceChildren(document.createRange().createContextualFragment('<p>Call (212) 736-8410 today.</p>'));
  const text = document.querySelector('p')!.firstChild as Text;
  const marks = new MarkStore(() => {});
  marks.set([text], [{ parts: [{ node: text, start: 5, end: 19 }], raw: '(212) 736-8410', e164: '+12127368410', fromLink: false }]);
  marks.commit();
  const [mark] = marks.shown();
  marks.hover(mark);
  const hover = registry.get('callprep-phone-hover')!;
  expect([...hover]).toEqual([mark!.range]);
  expect(hover.priority).toBeGreaterThan(registry.get('callprep-phone')!.priority ?? 0);
  marks.hover(undefined);
  expect(hover.size).toBe(0);
  marks.hover(mark);
  marks.drop(text); // the page changed the text: mark and hover go
  expect(hover.size).toBe(0);
  marks.clear();
  expect(registry.has('callprep-phone-hover')).toBe(false);
});

test('every number found counts as marked; the registered highlight holds those near the viewport', async () => {
  const registry = CSS.highlights as unknown as Map<string, Set<StaticRange>>;
  const { NearViewHighlight } = await import('../../src/content/near-view.ts');
  let report: IntersectionObserverCallback = () => {};
  const observer = (callback: IntersectionObserverCallback) => ((report = callback), { observe() {}, unobserve() {}, disconnect() {} });
  document.body.replaceChildren(document.createRange().createContextualFragment('<p>(212) 736-8410</p><p>(415) 555-0100</p>'));
  const [near, far] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
  const marks = new MarkStore(() => {}, new NearViewHighlight(observer));
  for (const text of [near!, far!]) marks.set([text], [{ parts: [{ node: text, start: 0, end: 14 }], raw: text.data, e164: '+12127368410', fromLink: false }]);
  marks.commit(new Set([near!]));
  expect(marks.size).toBe(2);
  expect(marks.shown()).toHaveLength(2);
  expect([...registry.get('callprep-phone')!].map((r) => r.startContainer)).toEqual([near]);
  report([{ target: far!.parentElement!, isIntersecting: true, boundingClientRect: { width: 90, height: 18 } } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
  expect([...registry.get('callprep-phone')!].map((r) => r.startContainer)).toEqual([near, far]);
  marks.clear();
});

test('a big batch of marks is shown slice by slice, the text just read on screen first', async () => {
  const { NearViewHighlight } = await import('../../src/content/near-view.ts');
  const observer = () => ({ observe() {}, unobserve() {}, disconnect() {} });
  document.body.replaceChildren(document.createRange().createContextualFragment('<p>(212) 736-8410</p>'.repeat(30)));
  const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
  const marks = new MarkStore(() => {}, new NearViewHighlight(observer));
  for (const text of texts) marks.set([text], [{ parts: [{ node: text, start: 0, end: 14 }], raw: text.data, e164: '+12127368410', fromLink: false }]);
  // A slice with room for 10 marks; the last node was read on screen.
  let room = 10;
  const slice = { expired: () => --room <= 0 };
  const onScreen = new Set([texts[29]!]);
  expect(marks.commit(onScreen, slice)).toBe(false);
  const firstShown = marks.shown().map((m) => m.range.startContainer);
  expect(firstShown).toHaveLength(11);
  expect(firstShown).toContain(texts[29]);
  expect(marks.isStaged(texts[28]!)).toBe(true);
  room = 100;
  expect(marks.commit(undefined, slice)).toBe(true);
  expect(marks.shown()).toHaveLength(30);
  marks.clear();
});
