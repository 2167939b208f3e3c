// @vitest-environment happy-dom
/**
 * The marks' stylesheet adopted at document_start (early-mark-sheet.iife.ts), while the page is
 * nearly empty, and taken over by the scanner: adopting it later restyles the whole page at once.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { stubHighlightApi } from './support/highlight-stubs.ts';
import { adoptEarlyMarkSheet, createMarkSheet, dropEarlyMarkSheet } from '../../src/content/mark-styles.ts';

// Where the early script leaves the sheet for the scanner (mark-styles.ts): cleared between tests.
const EARLY = Symbol.for('callprep.early-mark-sheet');

beforeEach(() => {
  document.adoptedStyleSheets = [];
  delete (globalThis as Record<symbol, unknown>)[EARLY];
});
afterEach(() => vi.unstubAllGlobals());

test('the scanner takes over the sheet adopted at document_start instead of adopting a second one', () => {
  stubHighlightApi();
  adoptEarlyMarkSheet();
  expect(document.adoptedStyleSheets).toHaveLength(1);
  const [early] = document.adoptedStyleSheets;
  const pageSheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];

  const marks = createMarkSheet(() => expect.unreachable('not blocked'));
  marks.adopt(document);
  expect(document.adoptedStyleSheets).toEqual([early, pageSheet]);
  marks.releaseAll();
  expect(document.adoptedStyleSheets).toEqual([pageSheet]);
});

test('a page that replaced its sheets after document_start gets the marks sheet back when numbers are marked', () => {
  stubHighlightApi();
  adoptEarlyMarkSheet();
  const [early] = document.adoptedStyleSheets;
  expect(early).toBeInstanceOf(CSSStyleSheet);
  document.adoptedStyleSheets = []; // the page's framework assigns its own list at start
  createMarkSheet(() => expect.unreachable('not blocked')).adopt(document);
  expect(document.adoptedStyleSheets).toEqual([early]);
});

test('a browser without highlights gets no sheet at document_start (the scanner says why nothing is marked)', () => {
  vi.stubGlobal('Highlight', undefined);
  adoptEarlyMarkSheet();
  expect(document.adoptedStyleSheets).toEqual([]);
});

test('where Callprep does not run, or found no number, the sheet from document_start leaves the page; marks later bring it back', () => {
  stubHighlightApi();
  adoptEarlyMarkSheet();
  const [early] = document.adoptedStyleSheets;
  dropEarlyMarkSheet();
  expect(document.adoptedStyleSheets).toEqual([]);

  adoptEarlyMarkSheet();
  const marks = createMarkSheet(() => expect.unreachable('not blocked'));
  marks.dropUnused(document);
  expect(document.adoptedStyleSheets).toEqual([]);
  marks.adopt(document); // a number appeared later
  expect(document.adoptedStyleSheets).toHaveLength(1);
  marks.dropUnused(document); // in use now: stays
  expect(document.adoptedStyleSheets).toHaveLength(1);
  expect(early).toBeInstanceOf(CSSStyleSheet);
});
