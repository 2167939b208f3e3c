import { describe, expect, it } from 'vitest';
import { labelBefore, phoneLabelAt, phoneLabelEndsAt } from '../../src/detect/labels.ts';

/** The label read before the number, whose place is marked "¶" in the text. */
const labelOf = (marked: string) => labelBefore(marked.replace('¶', ''), marked.indexOf('¶'));

describe('labelBefore', () => {
  it.each<[marked: string, label: ReturnType<typeof labelBefore>]>([
    // Phone labels, directly or over a few words.
    ['Tel.: ¶030 1234567', 'phone'],
    ['Call us on ¶0800 123 4567', 'phone'],
    ['Telefonnummer ¶0301234567', 'phone'],
    ['Faxnummer: ¶030 1234567', 'phone'],
    ['Phone # ¶212 555 0147', 'phone'],
    ['M: ¶07400 123461', 'phone'],
    ['Çağrı merkezi ¶444 1 739', 'phone'],
    ['Enquiries ¶13 42 57', 'phone'],
    ['numéro de téléphone ¶01 42 68 53 00', 'phone'],
    ['電話：¶03-1234-5678', 'phone'],
    ['هاتف: ¶٠٢ ٦٤٤ ٧٣١٩', 'phone'],
    // Labels of other numbers.
    ['Order #¶1234567890', 'other'],
    ['Kundennummer ¶0301234567', 'other'],
    ['Billetnummer ¶4411 8273 3012', 'other'],
    ['Adhérent n° ¶0612458790', 'other'],
    ['Customer ID ¶2125550147', 'other'],
    ['Library of Congress Control Number ¶2024031184', 'other'],
    ["N° d'entreprise BE ¶0476.204.811", 'other'],
    ['USt-IdNr. DE ¶281 445 917', 'other'],
    ['P.IVA e C.F. ¶02412880364', 'other'],
    ['Cod. Fisc. ¶07442981213', 'other'],
    ['CVR ¶31184427', 'other'],
    ['ИНН ¶7710392746', 'other'],
    ['Mersin Vergi Dairesi ¶3920471856', 'other'],
    ['Y-tunnus ¶0184472-8', 'other'],
    ['PDR ¶00881184472209', 'other'],
    ['Folio de facturación ¶2209-4471-18', 'other'],
    ['注文番号 ¶2024031512345', 'other'],
    // A label speaks for the value right after it only.
    ['Invoice 4711, Tel. ¶030 1234567', 'phone'],
    ['USt-IdNr. DE 281 445 917 · ¶0221 9463218', undefined],
    ['CVR 31184427, tlf. ¶33 14 22 80', 'phone'],
    ['IBAN DE89 3704 0044 0532 0130 00, ¶0221 9463218', undefined],
    ['Steuernummer: 12/345/67890 ¶030 1234567', undefined],
    ['Call (212) 555-0147 or ¶030 1234567', undefined],
    ['Tel. 030 1234567 · IBAN ¶DE89', 'other'],
    // Words that only look like labels.
    ['Hotel ¶2125550147', undefined],
    ['Proszę o kontakt pod numerem ¶603 118 442', 'phone'],
    ['Cordiali saluti, C.F. ¶02412880364', 'other'],
    ['\t¶030 1234567', undefined],
  ])('%j → %s', (marked, label) => {
    expect(labelOf(marked)).toBe(label);
  });
});

describe('glued phone labels', () => {
  it.each<[text: string, at: number, starts: boolean]>([
    ['218-Fax:+49', 4, true],
    ['20/F:+41', 3, true],
    ['883/Mob:06', 4, true],
    ['18-Faks:+47', 3, true],
    ['2024-Telekom', 5, false],
    ['2024-Q1', 5, false],
  ])('a phone label starts in %j at %i: %s', (text, at, starts) => {
    expect(phoneLabelAt(text, at)).toBe(starts);
  });

  it.each<[text: string, ends: boolean]>([
    ['Tel', true],
    ['Mobile', true],
    ['Tel.', true],
    ['hotel', false],
    ['ATU', false],
    ['INV', false],
  ])('a phone label ends %j: %s', (text, ends) => {
    expect(phoneLabelEndsAt(text, text.length)).toBe(ends);
  });
});
