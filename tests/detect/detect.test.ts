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

describe('detectPhoneNumbers reads the characters pages write numbers in (issue 12)', () => {
  it.each<[string, Row]>([
    ['non-breaking hyphens', ['Tél. 04‑93‑88‑12‑45', 'FR', ['+33493881245']]],
    ['hyphen U+2010', ['Tel.: 915‐23‐41‐87', 'ES', ['+34915234187']]],
    ['figure dashes after 00', ['Bel 0031‒548‒512‒840', 'NL', ['+31548512840']]],
    ['minus signs', ['Phone:07071−9443−120', 'DE', ['+4970719443120']]],
    ['an em dash', ['Tel.: +55 (11) 3041—8823', 'BR', ['+551130418823']]],
    ['a horizontal bar', ['Tel 020―7946―0321', 'GB', ['+442079460321']]],
    ['middle dots', ['Tél. 06·12·34·56·78', 'FR', ['+33612345678']]],
    ['bullets', ['Tel. 030•1234567', 'DE', ['+49301234567']]],
    ['full-width digits and dashes', ['FAX：０６－６３４１－４４７９', 'JP', ['+81663414479']]],
    ['full-width plus, parentheses and an ideographic space', ['电话：＋８６ （１０） ６５５２　９９８８', 'CN', ['+861065529988']]],
    ['Arabic-Indic digits', ['هاتف: ٠٢ ٦٤٤ ٧٣١٩', 'AE', ['+97126447319']]],
    ['Arabic-Indic digits after "+"', ['+٩٦٦ ١١ ٤٦٤ ٢٧٣١', 'SA', ['+966114642731']]],
    ['Eastern Arabic-Indic digits', ['تلفن: ۰۳۱-۵۵۴۲ ۷۱۸۰', 'IR', ['+983155427180']]],
    ['narrow and thin spaces', ['Tél.\u00A0: 01\u202F42\u202F68\u202F53\u202F00', 'FR', ['+33142685300']]],
  ])('%s', (_name, [text, region, expected]) => {
    expect(found(text, region)).toEqual(expected);
  });

  it('marks the page text, not its folded form', () => {
    const text = 'TEL：０６－６３４１－４４７０　内線２１４';
    expect(detectPhoneNumbers(text, { region: 'JP' })).toEqual([
      { start: 4, end: 22, raw: '０６－６３４１－４４７０　内線２１４', e164: '+81663414470', ext: '214' },
    ]);
  });
});

describe('detectPhoneNumbers with labels glued to numbers and extensions (issue 12)', () => {
  it.each<[string, Row]>([
    ['"Tel:" and "-Fax:" glued', ['Tel:+49 221 9463‑218-Fax:+49 221 9463‑299', 'DE', ['+492219463218', '+492219463299']]],
    ['"/F:" glued', ['T:+41 32 913 44 20/F:+41 32 913 44 29', 'CH', ['+41329134420', '+41329134429']]],
    ['"/Mob:" glued', ['Tel:0180-412 883/Mob:06-52 18 44 07', 'NL', ['+31180412883', '+31652184407']]],
    ['a word run into "+"', ['Call me at+44 161 496 0552', 'GB', ['+441614960552']]],
    ['a label run into the digits', ['Tel030 1234567', 'DE', ['+49301234567']]],
    ['"Tel." run into "+"', ['Tel.+49 30 1234567', 'DE', ['+49301234567']]],
    ['/x extension', ['(312) 555-0129/x12', 'US', ['+13125550129;ext=12']]],
    [';ext= extension', ['+1-212-555-0139;ext=12', 'US', ['+12125550139;ext=12']]],
    ['w. extension', ['tel. 22 628 41 90 w. 12', 'PL', ['+48226284190;ext=12']]],
    ['extensão', ['Tel.: +351 213 460 818 extensão 12', 'PT', ['+351213460818;ext=12']]],
    ['转', ['电话：0755-8341 1180 转 8012', 'CN', ['+8675583411180;ext=8012']]],
    ['내선', ['T. 051-811-4470 내선 214', 'KR', ['+82518114470;ext=214']]],
    ['تحويلة', ['هاتف: +966 12 661 9053 تحويلة 214', 'SA', ['+966126619053;ext=214']]],
  ])('%s', (_name, [text, region, expected]) => {
    expect(found(text, region)).toEqual(expected);
  });
});

describe('detectPhoneNumbers: a label speaks for the value right after it (issue 12)', () => {
  it.each<[string, Row]>([
    ['after a VAT number', ['USt-IdNr. DE 281 445 917 · 0221 9463218', 'DE', ['+492219463218']]],
    ['after a tax number and a bar', ['Steuernummer 12/345/67890 | 030 1234567', 'DE', ['+49301234567']]],
    ['after an IBAN and a comma', ['IBAN DE89 3704 0044 0532 0130 00, 0221 9463218', 'DE', ['+492219463218']]],
    ['after a company number in a sentence', ['CVR 31184427. Ring på 33 14 22 80', 'DK', ['+4533142280']]],
    ['after a postcode and opening hours', ['Birmingham – 112 New Street, B2 4HQ – Mon–Sat 9:00–17:30 – 0121 496 0214', 'GB', ['+441214960214']]],
    ['after a postcode glued to letters', ['Toronto, ON M5B 2H1 – 416-555-0193 | Ottawa', 'CA', ['+14165550193']]],
    ['after a relay prefix', ['Relay UK 18001 0345 600 4471', 'GB', ['+443456004471']]],
    ['after a ZIP code', ['New York, NY 10017 (212) 555-0147', 'US', ['+12125550147']]],
    ['an ID label reaches the rest of its own value', ['Billetnummer 4411 8273 3012', 'DK', []]],
    ['the last groups of an unlabelled ID are no number', ['4411 8273 3012', 'DK', []]],
    ['a phone label does not reach past its number', ['Call (212) 555-0147 or 030 1234567', 'US', ['+12125550147']]],
  ])('%s', (_name, [text, region, expected]) => {
    expect(found(text, region)).toEqual(expected);
  });
});

describe('detectPhoneNumbers: short numbers need a phone label (issue 12)', () => {
  it.each<[string, Row]>([
    ['a PO box', ['PO Box 123456, Dubai', 'AE', []]],
    ['a booking reference next to a time', ['Booking 1234567 · dep 14:05', 'GB', []]],
    ['a train number next to a time', ['Zug 1234567 um 14:05', 'DE', []]],
    ['bare six digits', ['Ref 2209 4471 18 · 13 42 57', 'AU', []]],
    ['six digits with a phone label', ['Enquiries 13 42 57', 'AU', ['+61134257']]],
    ['seven digits with a phone label', ['Çağrı merkezi 444 1 739', 'TR', ['+904441739']]],
    ['seven digits listed after a labelled number', ['Call us at +971 4 234 5678 or 800 4663', 'AE', ['+97142345678', '+9718004663']]],
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
    ['any other number word compound', 'Vertragsnummer 0301234567', 'DE'],
    ['company register number', 'CVR 31184427', 'DK'],
    ['Italian tax code after P.IVA', 'P.IVA e C.F. 02412880364', 'IT'],
    ['Russian tax number', 'ИНН 7710392746', 'RU'],
    ['member number shaped like a mobile', 'Adhérent n° 0612458790', 'FR'],
    ['Library of Congress number', 'Control Number 2024031184', 'US'],
    ['Belgian structured payment reference', 'Gestructureerde mededeling +++118/4471/22093+++', 'BE'],
    ['gas meter point after 00', 'PDR 00881184472209', 'IT'],
    ['billing folio', 'Folio de facturación 2209-4471-18', 'MX'],
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
