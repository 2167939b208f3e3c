/**
 * Adopting the marks' stylesheet: where the list has its own methods (Chromium, Firefox 153), through
 * the page-side list where it has none (Firefox ESR 140's Xray wrapper), and a named error otherwise.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AdoptedSheet } from '../../src/content/mark-styles.ts';
import { addSheet, removeSheet, StyleSheetBlockedError, type StyledRoot } from '../../src/content/sheet-list.ts';

const sheet = (name: string) => ({ name }) as unknown as CSSStyleSheet;
const PAGE_SHEET = sheet('page');
const OURS = sheet('ours');

/** A root whose adoptedStyleSheets is whatever the test gives it. */
const rootWith = (list: unknown) => ({ adoptedStyleSheets: list }) as unknown as StyledRoot;

afterEach(() => vi.unstubAllGlobals());

describe('a list with its own array methods (Chromium, Firefox 153)', () => {
  test('our sheet goes after the page sheets, once, and comes out again leaving them', () => {
    const list = [PAGE_SHEET];
    const root = rootWith(list);
    addSheet(root, OURS);
    addSheet(root, OURS);
    expect(list).toEqual([PAGE_SHEET, OURS]);
    removeSheet(root, OURS);
    expect(list).toEqual([PAGE_SHEET]);
  });
});

describe('an Xray wrapper without length, indices or methods (Firefox ESR 140)', () => {
  /** What Firefox 140 hands a content script: an opaque wrapper, whose page-side array unwrap() gives. */
  function firefox140(pageSide: CSSStyleSheet[]) {
    const wrapper = Object.freeze({});
    const pageSideSheet = sheet('ours, page side');
    const unwrap = vi.fn((value: unknown) => (value === wrapper ? pageSide : value === OURS ? pageSideSheet : value));
    vi.stubGlobal('XPCNativeWrapper', { unwrap });
    return { root: rootWith(wrapper), pageSideSheet };
  }

  test('the page-side list gets the sheet as the page side holds it, with our own Array methods', () => {
    const pageSide = [PAGE_SHEET];
    // A page that replaced the list's methods is not called: no page code runs for us.
    Object.defineProperty(pageSide, 'push', { value: () => expect.unreachable('page push called') });
    Object.defineProperty(pageSide, 'splice', { value: () => expect.unreachable('page splice called') });
    const { root, pageSideSheet } = firefox140(pageSide);
    addSheet(root, OURS);
    expect([...pageSide]).toEqual([PAGE_SHEET, pageSideSheet]);
    removeSheet(root, OURS);
    expect([...pageSide]).toEqual([PAGE_SHEET]);
  });
});

describe('no way to change the list', () => {
  test('a named error, which the adopted sheet reports once and then stays quiet', () => {
    const root = rootWith(Object.freeze({}));
    expect(() => addSheet(root, OURS)).toThrow(StyleSheetBlockedError);

    vi.stubGlobal(
      'CSSStyleSheet',
      class {
        replaceSync() {}
      },
    );
    const onBlocked = vi.fn();
    const adopted = new AdoptedSheet('::highlight(x) {}', onBlocked);
    adopted.adopt(root);
    adopted.adopt(rootWith(Object.freeze({})));
    expect(onBlocked).toHaveBeenCalledOnce();
    expect(onBlocked.mock.calls[0]![0]).toBeInstanceOf(StyleSheetBlockedError);
    adopted.releaseAll(); // nothing was adopted, nothing to take back
  });

  test('any other error is not taken for a blocked sheet', () => {
    const root = {
      get adoptedStyleSheets(): never {
        throw new TypeError('a bug');
      },
    } as unknown as StyledRoot;
    vi.stubGlobal('CSSStyleSheet', class { replaceSync() {} });
    const onBlocked = vi.fn();
    expect(() => new AdoptedSheet('', onBlocked).adopt(root)).toThrow(TypeError);
    expect(onBlocked).not.toHaveBeenCalled();
  });
});
