// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { inlineGroupOf, MAX_GROUP_NODES, textBefore, type DisplayOf } from '../../src/content/inline-group.ts';

function page(html: string): void {
  // Test-only fixture markup, parsed by happy-dom; never page data.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

/** Text nodes with visible characters, in document order. */
function texts(): Text[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\S/.test(node.nodeValue ?? '')) found.push(node as Text);
  return found;
}

/** Inline elements are inline unless they carry data-display (happy-dom lays nothing out). */
const displayOf: DisplayOf = (el) => el.getAttribute('data-display') ?? 'inline';
const groupOf = (text: Text) => inlineGroupOf(text, { isVisible: (el) => !el.hasAttribute('data-hidden'), displayOf }).map((t) => t.data);

beforeEach(() => page(''));

describe('text nodes read as one number', () => {
  test.each([
    ['country code in bold', '<p><b>+1</b> 212 736 8410</p>', ['+1', ' 212 736 8410']],
    ['area code in its own span, space between spans', '<p><span>(212)</span> <span>736-8410</span></p>', ['(212)', ' ', '736-8410']],
    ['spans on separate source lines', '<p><span>+49 30</span>\n    <span>901820</span></p>', ['+49 30', '\n    ', '901820']],
    ['nested inline markup, the label outside', '<p>Tel <a href="#"><b>+44</b> <i>20</i></a> 7946 0958</p>', ['+44', ' ', '20', ' 7946 0958']],
    ['an empty icon element between', '<p><span>030</span><i></i><span>1234567</span></p>', ['030', '1234567']],
    ['a comment between', '<p><span>030</span><!-- x --><span>1234567</span></p>', ['030', '1234567']],
  ])('%s', (_name, html, expected) => {
    page(html);
    for (const text of texts().filter((t) => expected.includes(t.data) && /\d/.test(t.data))) expect(groupOf(text)).toEqual(expected);
  });
});

describe('text nodes left alone', () => {
  test.each([
    ['separate cells', '<table><tr><td>030</td><td>1234567</td></tr></table>'],
    ['separate paragraphs', '<p>030</p><p>1234567</p>'],
    ['a line break between', '<p>030<br>1234567</p>'],
    ['a label ends the first node', '<p><b>Phone:</b> 030 1234567</p>'],
    ['words end the first node', '<p><b>Invoice</b> 2025 123456</p>'],
    ['a span laid out as a block', '<p><span data-display="block">030</span><span>1234567</span></p>'],
    ['a flex item', '<div><span data-display="flex">030</span><span>1234567</span></div>'],
    ['an editable span', '<p><span contenteditable="true">030</span><span>1234567</span></p>'],
    ['a hidden neighbour', '<p><span>030</span><span data-hidden>1234567</span></p>'],
    ['a superscript footnote', '<p>030 1234567<sup>1</sup></p>'],
  ])('%s', (_name, html) => {
    page(html);
    // Hidden text is never read itself (see text-walk.ts): only visible nodes are asked.
    for (const text of texts().filter((t) => !t.parentElement?.hasAttribute('data-hidden'))) expect(groupOf(text)).toEqual([text.data]);
  });

  test(`a chain of more than ${MAX_GROUP_NODES} digit spans is not a number`, () => {
    page(`<p>${'<span>12</span>'.repeat(MAX_GROUP_NODES + 1)}</p>`);
    for (const text of texts()) expect(groupOf(text)).toEqual(['12']);
  });

  test('a chain of up to the limit is one group, whichever node is asked', () => {
    page(`<p>${'<span>12</span>'.repeat(MAX_GROUP_NODES)}</p>`);
    const groups = texts().map((t) => groupOf(t).length);
    expect(groups).toEqual(Array(MAX_GROUP_NODES).fill(MAX_GROUP_NODES));
  });
});

describe('the text before a number on its line', () => {
  const lastText = () => texts().at(-1)!;
  const before = () => textBefore(lastText(), { isVisible: () => true, displayOf });

  test.each([
    ['a label in bold', '<p><b>Invoice no.</b> 4155550132</p>', 'Invoice no.'],
    ['nested, white space folded', '<p><span class="l"><i>Account\n   ID:</i></span>\n <span>2125550147</span></p>', 'Account ID: '],
    ['nothing before the cell', '<table><tr><td>Invoice</td><td>4155550132</td></tr></table>', ''],
    ['a block label does not count', '<div><span data-display="block">Invoice</span><span>4155550132</span></div>', ''],
    ['a line break ends the line', '<p>Invoice<br><b>4155550132</b></p>', ''],
  ])('%s', (_name, html, expected) => {
    page(html);
    expect(before()).toBe(expected);
  });

  test('at most the last 48 characters', () => {
    page(`<p><span>${'word '.repeat(30)}Tel.</span> 4155550132</p>`);
    expect(before()).toHaveLength(48);
    expect(before().endsWith('word Tel.')).toBe(true);
  });
});
