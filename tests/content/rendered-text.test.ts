// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { renderText } from '../../src/content/rendered-text.ts';

const node = (data: string) => document.createTextNode(data);
const folding = () => false;

describe('the text a reader sees', () => {
  test.each([
    ['one node as written', ['(212) 736-8410'], '(212) 736-8410'],
    ['a line break inside a number folds to a space', ['(212)\n      736-8410'], '(212) 736-8410'],
    ['runs of spaces fold', ['030    1234567'], '030 1234567'],
    ['no-break spaces are kept', ['030\u00A0\u00A01234567'], '030\u00A0\u00A01234567'],
    ['nodes joined, the space between folded once', ['+1 ', ' 212 ', '\n', '736 8410'], '+1 212 736 8410'],
  ])('%s', (_name, data, expected) => {
    expect(renderText(data.map(node), folding).text).toBe(expected);
  });

  test('white space is kept where the page keeps it (<pre>)', () => {
    expect(renderText([node('030\n1234567')], () => true).text).toBe('030\n1234567');
  });

  test('a match maps back to the nodes and offsets under it', () => {
    const nodes = [node('Tel +1'), node('\n   '), node('212 736 8410 ext')];
    const rendered = renderText(nodes, folding);
    const start = rendered.text.indexOf('+1');
    const end = rendered.text.indexOf(' ext');
    expect(rendered.text.slice(start, end)).toBe('+1 212 736 8410');
    expect(rendered.partsOf(start, end).map(({ node: n, start: s, end: e }) => [n.data, s, e])).toEqual([
      ['Tel +1', 4, 6],
      ['\n   ', 0, 4],
      ['212 736 8410 ext', 0, 12],
    ]);
  });

  test('offsets after a folded run point into the original text', () => {
    const text = node('Call (212)\n        736-8410 now');
    const rendered = renderText([text], folding);
    const start = rendered.text.indexOf('(');
    const end = rendered.text.indexOf(' now');
    const [part] = rendered.partsOf(start, end);
    expect(text.data.slice(part!.start, part!.end)).toBe('(212)\n        736-8410');
  });
});
