import { describe, expect, it } from 'vitest';
import { extensionAfter } from '../../src/detect/extension.ts';

/** The extension after the number "212 555 0147" that opens the text, as [its text, its digits]. */
function extensionOf(text: string): [string, string] | undefined {
  const end = '212 555 0147'.length;
  const extension = extensionAfter(text, end);
  return extension && [text.slice(end, extension.end), extension.digits];
}

describe('extensionAfter', () => {
  it.each<[text: string, extension: [string, string] | undefined]>([
    // Labels libphonenumber-js reads.
    ['212 555 0147 x123', [' x123', '123']],
    ['212 555 0147 ext. 45, thanks', [' ext. 45', '45']],
    ['212 555 0147;ext=12\tLondon', [';ext=12', '12']],
    ['212 555 0147/x12', ['/x12', '12']],
    ['212 555 0147 #9', [' #9', '9']],
    ['212 555 0147,,45', [',,45', '45']],
    ['212 555 0147, ext. 45', [', ext. 45', '45']],
    ['212 555 0147 (ext. 12) today', [' (ext. 12)', '12']],
    ['212 555 0147 int. 214', [' int. 214', '214']],
    ['212 555 0147 доб. 123', [' доб. 123', '123']],
    ['212 555 0147 extensión 12', [' extensión 12', '12']],
    // Labels it does not know.
    ['212 555 0147 poste 2231', [' poste 2231', '2231']],
    ['212 555 0147 w. 12', [' w. 12', '12']],
    ['212 555 0147 wew. 15', [' wew. 15', '15']],
    ['212 555 0147 extensão 12', [' extensão 12', '12']],
    ['212 555 0147 ramal 22', [' ramal 22', '22']],
    ['212 555 0147 转 8012', [' 转 8012', '8012']],
    ['212 555 0147 分机 123', [' 分机 123', '123']],
    ['212 555 0147\u3000内線214', ['\u3000内線214', '214']],
    ['212 555 0147 내선 214', [' 내선 214', '214']],
    ['212 555 0147 تحويلة 214', [' تحويلة 214', '214']],
    // No extension.
    ['212 555 0147, 24 hours', undefined],
    ['212 555 0147 or 030 1234567', undefined],
    ['212 555 0147 in 2003', undefined],
    ['212 555 0147 x 12.50 USD', undefined],
    ['212 555 0147\n#2 on the list', undefined],
    ['212 555 0147', undefined],
  ])('%j → %j', (text, extension) => {
    expect(extensionOf(text)).toEqual(extension);
  });
});
