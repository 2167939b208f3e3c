// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findNearbyCompany, findNearbyName, looksLikeName } from '../../src/content/nearby-name.ts';

function numberNode(html: string): Text {
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
  const el = document.getElementById('n')!;
  return el.firstChild as Text;
}

describe('the name shown next to a number', () => {
  test.each([
    ['first cell of a table row', '<table><tr><td>Maria Gonzalez</td><td>Acme</td><td id="n">(212) 736-8410</td></tr></table>', 'Maria Gonzalez'],
    [
      'first cell with avatar initials before the name',
      '<table><tr><td><span class="avatar">AL</span><span>Ada Lovelace</span></td><td id="n">(212) 736-8410</td></tr></table>',
      'Ada Lovelace',
    ],
    ['first cell that is not a name (an order number)', '<table><tr><td>Order 4815162342</td><td id="n">646-555-0199</td></tr></table>', undefined],
    ['first cell with one word only', '<table><tr><td>Hooli</td><td id="n">646-555-0199</td></tr></table>', undefined],
    ['number in the first cell itself', '<table><tr><td id="n">646-555-0199</td><td>Tom Baker</td></tr></table>', undefined],
    ['itemprop=name in the same list item', '<ul><li><span itemprop="name">Acme Corp</span> <span id="n">+1 415 555 0132</span></li></ul>', 'Acme Corp'],
    ['class containing "name" in a contact card', '<div class="contact-card"><h3 class="contact-name">Lucie Martin</h3><p><span id="n">+33 1 42 68 53 00</span></p></div>', 'Lucie Martin'],
    ['a name outside the card-like block is not taken', '<h3 class="name">Tom Baker</h3><p><span id="n">+44 20 7946 0958</span></p>', undefined],
    ['nothing nearby', '<p>Call <span id="n">+44 20 7946 0958</span></p>', undefined],
  ])('%s', (_name, html, expected) => {
    expect(findNearbyName(numberNode(html), '+1')).toBe(expected);
  });

  test.each([
    ['Maria Gonzalez', true],
    ["James O'Neil", true],
    ['José María Cruz', true],
    ['José María de la Cruz', false],
    ['Zoë', false],
    ['Order 4815162342', false],
    ['One Two Three Four Five', false],
    ['', false],
  ])('%j looks like a name: %s', (text, expected) => {
    expect(looksLikeName(text)).toBe(expected);
  });
});

describe('the company shown with a number (its row, card or signature; never the page title)', () => {
  test.each([
    [
      'the Company column of the same row',
      '<table><thead><tr><th>Name</th><th>Company</th><th>Phone</th></tr></thead><tbody><tr><td>Nikola Tesla</td><td>Wardenclyffe Labs</td><td id="n">(646) 555-0123</td></tr></tbody></table>',
      'Wardenclyffe Labs',
    ],
    [
      'a German "Firma" column',
      '<table><tr><th>Name</th><th>Firma</th><th>Telefon</th></tr><tr><td>Jürgen Müller</td><td>Müller &amp; Söhne</td><td id="n">+49 30 901820</td></tr></table>',
      'Müller & Söhne',
    ],
    ['a cell that names a legal form, without headings', '<table><tr><td>Maria Gonzalez</td><td>Acme Corp</td><td id="n">(212) 736-8410</td></tr></table>', 'Acme Corp'],
    [
      'another row’s company is not taken',
      '<table><tr><th>Name</th><th>Company</th><th>Phone</th></tr><tr><td>Ada Lovelace</td><td>Analytical Engines Inc.</td><td>(212) 736-8410</td></tr><tr><td>Tom Baker</td><td></td><td id="n">(646) 555-0123</td></tr></table>',
      undefined,
    ],
    ['a signature', '<p>Best regards<br>Lucie Martin<br>Martin Conseil SARL<br>Tel. <span id="n">+33 1 42 68 53 00</span></p>', 'Martin Conseil SARL'],
    ['an organisation element in a contact card', '<div class="contact-card"><h3 class="contact-name">Lucie Martin</h3><span class="company">Martin Conseil</span><p><span id="n">+33 1 42 68 53 00</span></p></div>', 'Martin Conseil'],
    ['a company in a heading outside the number’s block', '<h1>Globex Corporation</h1><section><p>Lots of text here.</p><p>More text.</p><p>Call <span id="n">+44 20 7946 0958</span></p></section>', undefined],
    ['nothing nearby', '<p>Call <span id="n">+44 20 7946 0958</span></p>', undefined],
  ])('%s', (_name, html, expected) => {
    document.title = 'Ada Lovelace · Contacts · Globex Corp';
    expect(findNearbyCompany(numberNode(html))).toBe(expected);
  });
});
