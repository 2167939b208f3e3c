import { describe, expect, it } from 'vitest';
import { detectPhoneNumbers } from '../../src/detect/detect.ts';

type Row = [text: string, region: string, expected: string[]];
const found = (text: string, region: string) =>
  detectPhoneNumbers(text, { region }).map((match) => (match.ext ? `${match.e164};ext=${match.ext}` : match.e164));

describe('detectPhoneNumbers finds', () => {
  it.each<[string, Row]>([
    ['national with the default region', ['Call (212) 555-0147 today', 'US', ['+12125550147']]],
    ['+ international', ['Büro: +49 30 12345678', 'US', ['+493012345678']]],
    ['00 international', ['Ring 0044 20 7946 0321', 'DE', ['+442079460321']]],
    ['011 from NANP', ['Dial 011 44 20 7946 0321', 'US', ['+442079460321']]],
    ['00 on a NANP page', ['Europe: 0049 89 1234567', 'US', ['+49891234567']]],
    ['1- prefixed toll free', ['1-800-555-0199', 'US', ['+18005550199']]],
    ['x extension', ['+1 212 555 0147 x123', 'US', ['+12125550147;ext=123']]],
    ['ext. extension', ['212-555-0147 ext. 45', 'US', ['+12125550147;ext=45']]],
    ['ext extension', ['212-555-0147 ext 45', 'US', ['+12125550147;ext=45']]],
    ['# extension', ['(212) 555-0147 #9', 'US', ['+12125550147;ext=9']]],
    ['poste', ['514 555-0167 poste 2231', 'CA', ['+15145550167;ext=2231']]],
    ['Durchwahl', ['0221 9876543 Durchwahl 12', 'DE', ['+492219876543;ext=12']]],
    ['Durchw.', ['01 5123456 Durchw. 30', 'AT', ['+4315123456;ext=30']]],
    ['-0 as part of the number', ['030 12345-0', 'DE', ['+4930123450']]],
    ['no-break spaces', ['Tel.\u00A001\u00A042\u00A068\u00A053\u00A000', 'FR', ['+33142685300']]],
    ['narrow no-break spaces', ['+33\u202F1\u202F42\u202F68\u202F53\u202F00', 'FR', ['+33142685300']]],
    ['thin spaces', ['+49\u200930\u200912345678', 'DE', ['+493012345678']]],
    ['dots', ['212.555.0147', 'US', ['+12125550147']]],
    ['en dashes', ['212–555–0147', 'US', ['+12125550147']]],
    ['slash', ['030/12345678', 'DE', ['+493012345678']]],
    ['(0) trunk prefix', ['+44 (0)20 7946 0321', 'GB', ['+442079460321']]],
    ['label glued in CJK', ['電話03-1234-5678', 'JP', ['+81312345678']]],
    ['two numbers split by a slash', ['030 1234567 / 0171 7654321', 'DE', ['+49301234567', '+491717654321']]],
    ['a date right before a number', ['15.03.2024 030 1234567', 'DE', ['+49301234567']]],
    ['a label for its own number only', ['Call (212) 555-0147 or 030 1234567', 'US', ['+12125550147']]],
    ['a phone label before a # sign', ['Phone # 212 555 0147', 'US', ['+12125550147']]],
  ])('%s', (_name, [text, region, expected]) => {
    expect(found(text, region)).toEqual(expected);
  });
});

describe('detectPhoneNumbers leaves alone', () => {
  it.each<[string, string, string]>([
    ['ISO date', '2024-03-15', 'DE'],
    ['German date', '15.03.2024', 'DE'],
    ['US date', '03/15/2024', 'US'],
    ['date range', '01.03.2024 – 15.03.2024', 'DE'],
    ['year range', '2019–2024', 'DE'],
    ['time range', '14.30–16.00', 'DK'],
    ['price', '$1,234,567.00', 'US'],
    ['European amount', '1.234.567,00 €', 'DE'],
    ['invoice ID', 'INV-2024-000123', 'US'],
    ['order number with #', 'Order #1234567890', 'US'],
    ['valid-looking number after an order label', 'Order 2125550147', 'US'],
    ['UPS tracking', '1Z999AA10123456784', 'US'],
    ['IBAN', 'IBAN DE89 3704 0044 0532 0130 00', 'DE'],
    ['card', '4111 1111 1111 1111', 'US'],
    ['ISBN', 'ISBN 978-3-16-148410-0', 'DE'],
    ['IP address', '192.168.100.200', 'US'],
    ['coordinates', '48.856613, 2.352222', 'FR'],
    ['version', 'v2.14.3 and Version 10.4.12345', 'US'],
    ['postcode', '10115 Berlin', 'DE'],
    ['SSN', '123-45-6789', 'US'],
    ['score', 'won 102-98', 'US'],
    ['digits in a URL', 'https://example.com/orders/2125550147', 'US'],
    ['digits in an e-mail address', 'jane.2125550147@example.com', 'US'],
    ['VAT ID', 'USt-IdNr. DE123456789', 'DE'],
    ['company register', 'HRB 123456', 'DE'],
    ['German number without its trunk prefix', 'Nummer 20240315', 'DE'],
    // Dialled as German it would ring the wrong line: a label does not make up for the missing 0.
    ['a labelled number without the trunk prefix the region requires', 'Tel. 30 12345678', 'DE'],
    ['a US number with a label on a German page', 'New York office, Tel.: (212) 736-8410', 'DE'],
    ['customer number', 'Kunden-Nr. 0301234567', 'DE'],
    ['no region, national format', '(212) 555-0147', ''],
  ])('%s', (_name, text, region) => {
    expect(found(text, region)).toEqual([]);
  });
});

describe('detectPhoneNumbers results', () => {
  it('gives offsets into the text, with the extension in raw', () => {
    const text = 'Tom: +1 (646) 555-0183 x7, thanks';
    const [match] = detectPhoneNumbers(text, { region: 'US' });
    expect(match).toEqual({ start: 5, end: 25, raw: '+1 (646) 555-0183 x7', e164: '+16465550183', ext: '7' });
    expect(text.slice(match!.start, match!.end)).toBe(match!.raw);
  });

  it('ignores an unknown region and lower-case works', () => {
    expect(found('(212) 555-0147', 'us')).toEqual(['+12125550147']);
    expect(found('+49 30 12345678 or 030 12345678', 'XX')).toEqual(['+493012345678']);
  });
});

describe('detectPhoneNumbers on arbitrary text', () => {
  it('never throws, and every match is the text at its offsets', () => {
    let seed = 42;
    const random = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296);
    const alphabet = '0123456789012345678901234567890123456789 +-.()/–\u00A0\u202Fx#,:;@abcTelFax€$\n\t|';
    for (let round = 0; round < 2_000; round++) {
      const text = Array.from({ length: 5 + Math.floor(random() * 80) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const region = ['US', 'DE', 'FR', 'GB', 'JP', 'BR', undefined][round % 7];
      for (const match of detectPhoneNumbers(text, { region })) {
        expect(text.slice(match.start, match.end)).toBe(match.raw);
        expect(match.e164).toMatch(/^\+\d{6,17}$/);
        if (match.ext !== undefined) expect(match.ext).toMatch(/^\d+$/);
      }
    }
  });

  it('stays linear on long runs of digits and separators', () => {
    const text = '1 2 3 4 5 6 7 8 9 0 '.repeat(20_000);
    const started = performance.now();
    expect(detectPhoneNumbers(text, { region: 'US' })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
