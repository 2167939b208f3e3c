// @vitest-environment happy-dom
/**
 * The scanner. A scan that throws is never swallowed: the run hears of it (and reports it, see content-script.ts),
 * drops what it had queued, and the next change of the page is scanned afresh.
 */
import { beforeAll, expect, test, vi } from 'vitest';
import { stubHighlightApi } from './support/highlight-stubs.ts';
import { scannerOptions } from './support/scanner-options.ts';

beforeAll(() => void stubHighlightApi());
const { MarkStore } = await import('../../src/content/mark-store.ts');
const { Scanner } = await import('../../src/content/scanner.ts');

test('an exception while marking goes to onError; the same text is read and marked on the next scan', async () => {
  document.body.replaceChildren(document.createRange().createContextualFragment('<p>Call (212) 736-8410 today.</p>'));
  const marks = new MarkStore(() => {});
  const set = marks.set.bind(marks);
  let broken = true;
  marks.set = (group, inputs) => {
    if (broken && inputs.length) throw new TypeError('StaticRange is broken here');
    return set(group, inputs);
  };
  const onError = vi.fn();
  const scanner = new Scanner(scannerOptions(marks, { onError }));
  scanner.enqueue(document.body);
  await scanner.idle();
  expect(onError).toHaveBeenCalledWith(new TypeError('StaticRange is broken here'));
  broken = false;
  scanner.enqueue(document.body);
  await scanner.idle();
  expect(marks.shown().map((m) => m.raw)).toEqual(['(212) 736-8410']);
});

test('an exception in a scan goes to onError; the next scan works again', async () => {
  document.body.replaceChildren(document.createRange().createContextualFragment('<p>Call (212) 736-8410 today.</p>'));
  const marks = new MarkStore(() => {});
  let broken = true;
  const onError = vi.fn();
  const scanner = new Scanner(
    scannerOptions(marks, {
      onError,
      // Layout is what throws here (a style read on a page in a state nobody foresaw).
      createVisibilityCheck: () => () => {
        if (broken) throw new TypeError('Failed to read the style');
        return true;
      },
    }),
  );
  scanner.enqueue(document.body);
  await scanner.idle();
  expect(onError).toHaveBeenCalledOnce();
  expect(onError.mock.calls[0]![0]).toEqual(new TypeError('Failed to read the style'));
  expect(marks.size).toBe(0);

  broken = false;
  scanner.enqueue(document.body);
  await scanner.idle();
  expect(marks.shown().map((m) => m.raw)).toEqual(['(212) 736-8410']);
  expect(onError).toHaveBeenCalledOnce();
});

test('a call link added after a page without any is marked, whatever its text says', async () => {
  document.body.replaceChildren(document.createRange().createContextualFragment('<p>Call (212) 736-8410 today.</p>'));
  const marks = new MarkStore(() => {});
  const scanner = new Scanner(scannerOptions(marks, { onError: vi.fn() }));
  scanner.enqueue(document.body);
  await scanner.idle();
  const link = document.createRange().createContextualFragment('<p><a href=" TEL:+14155550132">Call our desk</a></p>').firstChild!;
  document.body.append(link);
  scanner.enqueue(link);
  await scanner.idle();
  expect(marks.shown().map((m) => [m.raw, m.e164]).sort()).toEqual([['(212) 736-8410', '+12127368410'], ['Call our desk', '+14155550132']].sort());
});

test('hidden text is not marked, and is marked once shown and read again; visibility is asked only of text that may hold a number', async () => {
  document.body.replaceChildren(
    document.createRange().createContextualFragment('<p id="later">Call (212) 736-8410</p><p id="words">Only words here</p><p>Or (415) 555-0132</p>'),
  );
  const hidden = new Set(['later']);
  const asked: string[] = [];
  const marks = new MarkStore(() => {});
  const scanner = new Scanner(
    scannerOptions(marks, {
      // Cached per check, as the real one is (skip-rules.ts): a round must not reuse the last round's.
      createVisibilityCheck: () => {
        const seen = new Map<Element, boolean>();
        return (el) => {
          asked.push(el.id);
          if (!seen.has(el)) seen.set(el, !hidden.has(el.id));
          return seen.get(el)!;
        };
      },
    }),
  );
  scanner.enqueue(document.body);
  await scanner.idle();
  expect(marks.shown().map((m) => m.raw)).toEqual(['(415) 555-0132']);
  expect(asked).not.toContain('words');

  hidden.clear(); // the page shows it (a class toggled): the page watcher queues the subtree again
  scanner.enqueue(document.getElementById('later')!);
  await scanner.idle();
  expect(marks.shown().map((m) => m.raw).sort()).toEqual(['(212) 736-8410', '(415) 555-0132']);
});

test('a number split so that a piece holds no digit is marked whole; text without a digit is let go unnoted, and marked once it holds a number', async () => {
  const { ReadText } = await import('../../src/content/read-text.ts');
  const noted = vi.spyOn(ReadText.prototype, 'note');
  document.body.replaceChildren(
    document.createRange().createContextualFragment('<p id="split">Call <span>+</span><span>44 20 7946 0958</span></p><p id="words">Only words here</p>'),
  );
  const marks = new MarkStore(() => {});
  const scanner = new Scanner(scannerOptions(marks, { displayOf: (el) => (el.localName === 'span' ? 'inline' : 'block') }));
  scanner.enqueue(document.body);
  await scanner.idle();
  // The "+" is read with the digits after it, though its own node holds none.
  expect(marks.shown().map((m) => [m.raw, m.e164])).toEqual([['+44 20 7946 0958', '+442079460958']]);
  const words = document.getElementById('words')!.firstChild as Text;
  expect(noted.mock.calls.map(([node]) => node)).not.toContain(words);

  words.data = 'Or call (415) 555-0132'; // the page watcher forgets it and queues it again
  scanner.enqueue(words);
  await scanner.idle();
  expect(marks.shown().map((m) => m.raw).sort()).toEqual(['(415) 555-0132', '+44 20 7946 0958']);
  noted.mockRestore();
});
