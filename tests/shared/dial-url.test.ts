import { describe, expect, it } from 'vitest';
import { dialUrl } from '../../src/shared/dial-url.ts';

describe('dialUrl', () => {
  it.each([
    ['tel:{e164}', '+12127368410', undefined, 'tel:+12127368410'],
    ['tel:{e164}', '+12127368410', '204', 'tel:+12127368410;ext=204'],
    ['tel:{e164},{ext}', '+12127368410', '204', 'tel:+12127368410,204'],
    ['sip:{digits}@pbx.example.com', '+442079460958', undefined, 'sip:442079460958@pbx.example.com'],
    ['sip:{e164}@pbx.example.com', '+442079460958', '12', 'sip:+442079460958@pbx.example.com'],
    ['https://pbx.example.com/dial?n={e164}&x={ext}', '+4930901820', '7', 'https://pbx.example.com/dial?n=%2B4930901820&x=7'],
    ['callto:{e164}', '+33142685300', undefined, 'callto:+33142685300'],
  ])('%s with %s ext %s → %s', (template, e164, ext, expected) => {
    expect(dialUrl(template, e164, ext)).toBe(expected);
  });

  it('keeps only digits of an extension so it cannot inject URL parts', () => {
    expect(dialUrl('tel:{e164}', '+12127368410', '12&x=1')).toBe('tel:+12127368410;ext=121');
  });
});
