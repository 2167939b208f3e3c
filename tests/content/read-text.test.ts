// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { ReadText } from '../../src/content/read-text.ts';

// On the node's wrapper (Chromium) and in a WeakMap (Firefox, where nodes are Xray wrappers): the same behaviour.
describe.each([false, true])('with Xray wrappers: %s', (xrays) => {
  test('a noted text node counts as unchanged until its text changes or it is forgotten', () => {
    const read = new ReadText(xrays);
    const text = document.createTextNode('Call (212) 736-8410');
    const other = document.createTextNode('Fax (212) 736-8411');
    expect(read.unchanged(text)).toBe(false);
    read.note(text);
    read.note(other);
    expect(read.unchanged(text)).toBe(true);
    text.data = 'Call (212) 736-8412';
    expect(read.unchanged(text)).toBe(false);
    read.note(text);
    read.forget(text);
    expect(read.unchanged(text)).toBe(false);
    expect(read.unchanged(other)).toBe(true);
    read.forgetAll();
    expect(read.unchanged(other)).toBe(false);
  });

  test('what one scanner noted is not seen by another, nor by the page under a name it could guess', () => {
    const first = new ReadText(xrays);
    const second = new ReadText(xrays);
    const text = document.createTextNode('(212) 736-8410');
    first.note(text);
    expect(second.unchanged(text)).toBe(false);
    expect(Object.keys(text)).toEqual([]);
    expect(JSON.stringify(Object.getOwnPropertyNames(text))).not.toContain('callprep');
  });
});
