// @vitest-environment happy-dom
import { beforeAll, expect, test } from 'vitest';
import { stubHighlightApi } from './support/highlight-stubs.ts';

beforeAll(() => void stubHighlightApi());
const { NearViewHighlight } = await import('../../src/content/near-view.ts');

/** An IntersectionObserver the test drives: what is observed, and reports as the browser would send them. */
function fakeObserver() {
  const observed = new Set<Element>();
  let callback: IntersectionObserverCallback = () => {};
  let options: IntersectionObserverInit | undefined;
  const factory = (cb: IntersectionObserverCallback, init: IntersectionObserverInit) => {
    callback = cb;
    options = init;
    return {
      observe: (el: Element) => void observed.add(el),
      unobserve: (el: Element) => void observed.delete(el),
      disconnect: () => observed.clear(),
    };
  };
  const report = (el: Element, near: boolean, box = { width: 100, height: 20 }) =>
    callback([{ target: el, isIntersecting: near, boundingClientRect: box } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
  return { factory, observed, report, options: () => options };
}

function numbersIn(html: string): StaticRange[] {
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
  return [...document.querySelectorAll('[data-n]')].map((el) => {
    const text = el.firstChild as Text;
    return new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: text.length });
  });
}

const painted = (view: InstanceType<typeof NearViewHighlight>) => [...(view.highlight as unknown as Set<StaticRange>)];

test('a number is painted while its element is within a screen of the viewport, and kept when it is not', () => {
  const io = fakeObserver();
  const view = new NearViewHighlight(io.factory);
  const [top, bottom] = numbersIn('<p data-n>(212) 736-8410</p><p data-n>(415) 555-0100</p>');
  view.add(top!);
  view.add(bottom!);
  expect(view.size).toBe(2);
  expect(painted(view)).toEqual([]);
  expect(io.options()).toMatchObject({ root: document, rootMargin: '100%' });

  io.report(top!.startContainer.parentElement!, true);
  expect(painted(view)).toEqual([top]);
  // The user scrolls: the first leaves, the second comes near.
  io.report(top!.startContainer.parentElement!, false);
  io.report(bottom!.startContainer.parentElement!, true);
  expect(painted(view)).toEqual([bottom]);
  expect(view.size).toBe(2);
});

test('a number read on screen is painted at once; the first report takes it back if it was wrong', () => {
  const io = fakeObserver();
  const view = new NearViewHighlight(io.factory);
  const [seen, far] = numbersIn('<p data-n>(212) 736-8410</p><div><p data-n>(415) 555-0100</p></div>');
  view.add(seen!, true);
  expect(painted(view)).toEqual([seen]);
  io.report(seen!.startContainer.parentElement!, false);
  expect(painted(view)).toEqual([]);

  // An element the observer already reported far away: its report stands, whatever the caller says.
  view.add(far!);
  io.report(far!.startContainer.parentElement!, false);
  const second = new StaticRange({ startContainer: far!.startContainer, startOffset: 0, endContainer: far!.startContainer, endOffset: 5 });
  view.add(second, true);
  expect(painted(view)).toEqual([]);
});

/** After the task in which numbers went: when an element left without numbers is let go. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

test('one observation per element, ended with its last number', async () => {
  const io = fakeObserver();
  const view = new NearViewHighlight(io.factory);
  const [a] = numbersIn('<p data-n>(212) 736-8410 or (212) 736-8411</p>');
  const text = a!.startContainer;
  const b = new StaticRange({ startContainer: text, startOffset: 18, endContainer: text, endOffset: 32 });
  view.add(a!);
  view.add(b);
  expect([...io.observed]).toEqual([text.parentElement]);
  io.report(text.parentElement!, true);
  view.delete(a!);
  expect(painted(view)).toEqual([b]);
  expect(io.observed.size).toBe(1);
  view.delete(b);
  expect(painted(view)).toEqual([]);
  expect(view.size).toBe(0);
  await nextTask();
  expect(io.observed.size).toBe(0);
  // A report queued before the number went is ignored.
  io.report(text.parentElement!, true);
  expect(painted(view)).toEqual([]);
});

test('a number read again in its element after its text changed is painted at once, not a report later', async () => {
  const io = fakeObserver();
  const view = new NearViewHighlight(io.factory);
  const [before] = numbersIn('<p data-n>(212) 736-8410</p>');
  const text = before!.startContainer as Text;
  view.add(before!);
  io.report(text.parentElement!, true);
  // The page changes the text: the old mark goes, the scan marks the new number in the same task.
  text.data = '(212) 736-8411';
  view.delete(before!);
  const after = new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: text.length });
  view.add(after);
  expect(painted(view)).toEqual([after]);
  await nextTask();
  expect([...io.observed]).toEqual([text.parentElement]);
});

test('numbers in an element with display: contents (no box to observe) are watched through the element above it', async () => {
  const io = fakeObserver();
  const view = new NearViewHighlight(io.factory);
  const [range] = numbersIn('<div id="row"><span style="display: contents" data-n>(212) 736-8410</span></div>');
  const span = range!.startContainer.parentElement!;
  // Read on screen: painted at once, and still while it moves to the element above, until that one's first report.
  view.add(range!, true);
  io.report(span, false, { width: 0, height: 0 });
  const row = document.getElementById('row')!;
  expect([...io.observed]).toEqual([row]);
  expect(painted(view)).toEqual([range]);
  io.report(row, false);
  expect(painted(view)).toEqual([]);
  io.report(row, true);
  expect(painted(view)).toEqual([range]);
  view.delete(range!);
  await nextTask();
  expect(io.observed.size).toBe(0);
});

test('a hidden element keeps its own observation: it has a box again once shown', () => {
  const io = fakeObserver();
  const view = new NearViewHighlight(io.factory);
  const [range] = numbersIn('<div><p style="display: none" data-n>(212) 736-8410</p></div>');
  const p = range!.startContainer.parentElement!;
  view.add(range!);
  io.report(p, false, { width: 0, height: 0 });
  expect([...io.observed]).toEqual([p]);
  io.report(p, true);
  expect(painted(view)).toEqual([range]);
});

test('clear() forgets every number and stops observing', () => {
  const io = fakeObserver();
  const view = new NearViewHighlight(io.factory);
  const [range] = numbersIn('<p data-n>(212) 736-8410</p>');
  view.add(range!, true);
  view.clear();
  expect(painted(view)).toEqual([]);
  expect(view.size).toBe(0);
  expect(io.observed.size).toBe(0);
});
