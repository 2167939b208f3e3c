// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createVisibilityCheck } from '../../src/content/skip-rules.ts';
import { walkText } from '../../src/content/text-walk.ts';

function page(html: string): void {
  // Test-only fixture markup, parsed by happy-dom; never page data.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

const textsUnder = (root: Node = document.body, onShadowRoot?: (r: ShadowRoot) => void) =>
  [...walkText(root, { isVisible: createVisibilityCheck(), onShadowRoot })].map((t) => t.data.trim());

beforeEach(() => page(''));

describe('which text is read', () => {
  test.each([
    ['plain text', '<p>Call +1 212 736 8410</p>', ['Call +1 212 736 8410']],
    ['inline markup splits text nodes', '<p><b>+1</b> 212 736 8410</p>', ['+1', '212 736 8410']],
    ['input value is not text', '<input value="+1 212 736 8410"><p>a</p>', ['a']],
    ['textarea', '<textarea>+1 212 736 8410</textarea><p>a</p>', ['a']],
    ['contenteditable', '<div contenteditable="true"><p>+1 212 736 8410</p></div><p>a</p>', ['a']],
    ['contenteditable="" counts as editable', '<div contenteditable=""><p>+1 212</p></div><p>a</p>', ['a']],
    ['contenteditable="false" is read', '<div contenteditable="false">+1 212</div>', ['+1 212']],
    ['script, style, noscript, template', '<script>var a=2127368410</script><style>p{}</style><noscript>x</noscript><template><p>t</p></template><p>a</p>', ['a']],
    ['select options', '<select><option>+1 212 736 8410</option></select><p>a</p>', ['a']],
    ['display:none', '<div style="display:none">+1 212 736 8410</div><p>a</p>', ['a']],
    ['visibility:hidden', '<div style="visibility:hidden">+1 212 736 8410</div><p>a</p>', ['a']],
    ['aria-hidden is still shown', '<div aria-hidden="true">+1 212</div>', ['+1 212']],
    ["Callprep's own card host", '<callprep-card><p>+1 212</p></callprep-card><p>a</p>', ['a']],
    ['whitespace-only nodes', '<p>a</p>\n   \n<p>b</p>', ['a', 'b']],
  ])('%s', (_name, html, expected) => {
    page(html);
    expect(textsUnder()).toEqual(expected);
  });

  test('open shadow roots are walked and reported; closed ones are invisible to us', () => {
    page('<div id="open"></div><div id="closed"></div><p>light</p>');
    const open = document.getElementById('open')!.attachShadow({ mode: 'open' });
    open.append(document.createElement('span'));
    open.firstChild!.textContent = 'in open shadow';
    const closed = document.getElementById('closed')!.attachShadow({ mode: 'closed' });
    closed.append('in closed shadow');
    const seen: ShadowRoot[] = [];
    expect(textsUnder(document.body, (r) => seen.push(r)).sort()).toEqual(['in open shadow', 'light']);
    expect(seen).toEqual([open]);
  });

  test('a text node given on its own is read when visible', () => {
    page('<p>one</p>');
    expect(textsUnder(document.querySelector('p')!.firstChild!)).toEqual(['one']);
  });
});
