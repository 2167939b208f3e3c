/**
 * The words right before a digit run: a phone label ("Tel.", "Mobile:", "☎") makes a borderline run
 * a number; a label of another kind ("Invoice", "IBAN", "Order #") makes a valid-looking run not one.
 * The nearest label wins: "Invoice 4711, Tel. 030 1234567".
 */
export type LabelKind = 'phone' | 'other';

const PHONE_WORDS = [
  'tel', 'tél', 'tele?phone', 'téléphone', 'telefon', 'telefono', 'teléfono', 'telefone', 'telefoon', 'telf',
  'tlf', 'tfn', 'puh', 'puhelin', 'phone', 'ph', 'mobile?', 'mob', 'mobil', 'móvil', 'movil', 'cell(?:ular)?',
  'cellulare', 'celular', 'handy', 'fax', 'fon', 'fone', 'hotline', 'call(?: us)?', 'whatsapp', 'sms', 'gsm',
  'direct', 'direkt', 'zentrale', 'switchboard', 'office', 'contact', 'kontakt', 'portable', 'portátil',
  'numéro', 'rufnummer', 'telemóvel', 'telemovel', 'kom', 'komórka', 'mobiel', 'telefonnummer', 'festnetz', 'тел', 'телефон', 'моб', 'τηλ', 'טל', 'هاتف',
];
const PHONE_MARKS = '☎|📞|📱|✆|☏|電話|电话|手机|手機|携帯|전화|휴대폰';
/** "T:", "M.", "P:", "F:", "O:", "D:", "W:": one-letter labels of signatures, only with a colon or dot. */
const LETTER_LABEL = '\\b[TMFPODWH]\\s?[:.]';

const OTHER_STRONG = [
  'iban', 'bic', 'swift', 'isbn', 'issn', 'ean', 'upc', 'gtin', 'sku', 'vat', 'ust-?id(?:nr)?', 'ust', 'mwst',
  'tva', 'iva', 'btw', 'nip', 'steuer-?(?:nr|nummer)', 'st\\.?-?nr', 'tax(?: id)?', 'hrb', 'hra', 'siret',
  'siren', 'kvk', 'tracking', 'sendungsnummer', 'awb', 'imei', 'serial', 's/n', 'ssn', 'blz', 'sort code',
  'routing number', 'kontonummer', 'abn', 'acn', 'uid', 'nif', 'cnpj', 'cpf', 'gstin', 'version', 'firmware',
  'инн', 'огрн', 'кпп', 'бик', 'снилс',
];
const OTHER_TIGHT = [
  'invoice', 'inv', 'order', 'ticket', 'case', 'ref', 'reference', 'rechnung', 'заказ', 'сч[её]т', 'договор',
  'bestellung', 'auftrag', 'booking', 'reservation', 'confirmation', 'transaction', 'txn', 'po', 'policy',
  'claim', 'id', 'nr', 'no', 'zip', 'plz', 'postcode', 'postal code', 'cp',
  'facture', 'commande', 'référence', 'pedido', 'factura', 'fattura', 'ordine', 'zamówienie', 'faktura',
  'shipment', 'parcel', 'paket', 'colis', 'package', 'receipt', 'quote', 'angebot', 'item', 'art', 'artikel',
  'product', 'model', 'part', 'lot', 'batch', 'room', 'gate', 'flight', 'seat', 'amount', 'total', 'betrag',
  'price', 'preis', 'summe', 'balance', 'saldo', 'pin', 'code', 'otp', 'password', 'passcode', 'meeting id',
  'account', 'acct', 'a/c', 'konto', 'card', 'karte', 'ein', 'pan', 'aba', 'nip', 'iva', 'cif', 'rfc', 'license',
  'licence', 'lizenz', 'build', 'release', 'patch', 'v', 'ver',
];

/** Owners of reference numbers: a label only with a number word ("Customer ID", "Kunden-Nr."),
 *  since "Service client : 04 91 …" and "Customer care: …" introduce phone numbers. */
const OWNERS = ['customer', 'client', 'kunden?-?', 'member', 'employee', 'patient', 'mitglieds?'];
/** Labels in scripts without spaces between words, so without word boundaries. */
const OTHER_UNSPACED = /(?:注文番号|請求書番号|订单号|订单编号|发票号|邮编|〒|사업자등록번호|주문번호)\s*[:：]?\s*$/u;

const NUMBER_WORD = '(?:\\s*(?:no|nr|number|num|nummer|numéro|número|n°|nº|№|#|id|ref)(?!\\p{L})\\.?)?';
const PHONE = new RegExp(`(?:(?:${PHONE_WORDS.join('|')})\\.?${NUMBER_WORD}|${LETTER_LABEL}|${PHONE_MARKS})`, 'giu');
const OTHER_ANYWHERE = new RegExp(`\\b(?:${OTHER_STRONG.join('|')})\\b`, 'giu');
/** A tight label only counts directly before the run: "Order #", "Invoice no.: ", "PLZ ". */
const OTHER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:${OTHER_TIGHT.join('|')})\\.?${NUMBER_WORD}|(?:${OWNERS.join('|')})${NUMBER_WORD.slice(0, -1)})\\s*[:#.-]?\\s*[#№]?\\s*$`,
  'iu',
);

/** What may stand between a label and its number: "Tel.: (", "Fax - ". */
const LABEL_TAIL = /^[\s:.#\-–()/]*$/;

/** Words between a phone label and its number, without another number: "Call us on ", "Tel. (Zentrale): ". */
const PHONE_GAP = /^[^\d]{0,14}$/;

/** How far back labels are looked for, cut at the start of the line or table cell. */
const WINDOW = 48;
const CELL_BREAK = /[\n\r\t|]/;

function lastIndexOf(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let last = -1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (isWholeWord(text, match.index, match[0].length)) last = match.index + match[0].length;
  }
  return last;
}

/** "tel" inside "hotel" or "Telekom", "ph" inside "Graph" are no labels. CJK labels have no word
 *  boundaries and pass. */
function isWholeWord(text: string, index: number, length: number): boolean {
  const before = text[index - 1] ?? ' ';
  const after = text[index + length] ?? ' ';
  const word = text.slice(index, index + length);
  const startsWord = !/[\p{L}\p{N}]/u.test(before) || !/^\p{L}/u.test(word);
  const endsWord = !/\p{L}/u.test(after) || !/\p{L}$/u.test(word);
  return startsWord && endsWord;
}

export function labelBefore(text: string, start: number): LabelKind | undefined {
  const from = Math.max(0, start - WINDOW);
  let cellStart = start;
  while (cellStart > from && !CELL_BREAK.test(text[cellStart - 1] ?? '')) cellStart--;
  // A number opening its cell or line has no label: the common case of a table column.
  if (cellStart === start || !/[^\s(]/.test(text.slice(cellStart, start))) return undefined;
  const window = text.slice(cellStart, start);
  const phoneAt = lastIndexOf(PHONE, window);
  if (phoneAt >= 0 && LABEL_TAIL.test(window.slice(phoneAt))) return 'phone';
  if (OTHER_BEFORE.test(window) || OTHER_UNSPACED.test(window)) return 'other';
  const otherAt = lastIndexOf(OTHER_ANYWHERE, window);
  // A phone label speaks for the next number only: "Call 212 555 0147 or 030 1234567".
  const phoneNear = phoneAt >= 0 && PHONE_GAP.test(window.slice(phoneAt));
  if (!phoneNear && otherAt < 0) return undefined;
  if (!phoneNear) return 'other';
  if (otherAt < 0) return 'phone';
  return phoneAt > otherAt ? 'phone' : 'other';
}
