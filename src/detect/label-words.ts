/**
 * The words of labels, as regular-expression sources (matched case-insensitively, whole words):
 * what says "phone number" and what says "some other number" in the languages of the pages read.
 * How far a label reaches is labels.ts's business.
 */

/** Words that introduce a phone number. */
export const PHONE_WORDS = [
  'tel', 'tél', 'tele?phone', 'téléphone', 'telefon', 'telefono', 'teléfono', 'telefone', 'telefoon', 'telf', 'tfno',
  'tlf', 'tlfn', 'tfn', 'puh', 'puhelin', 'phone', 'ph', 'mobile?', 'mob', 'mobil', 'móvil', 'movil', 'cell(?:ular)?',
  'cellulare', 'cell', 'celular', 'handy', 'fax', 'faks', 'telefax', 'fon', 'fone', 'hotline', 'helpline',
  'call(?: us)?', 'dial', 'ring', 'bel', 'appelez', 'llámanos', 'llame', 'ligue', 'chiamare', 'chiama', 'whatsapp',
  'sms', 'gsm', 'direct', 'direkt', 'zentrale', 'switchboard', 'standard', 'accueil', 'office', 'contact',
  'kontakt', 'portable', 'portátil', 'fixe', 'numéro', 'rufnummer', 'telemóvel', 'telemovel', 'kom', 'komórka',
  'mobiel', 'telefonnummer', 'festnetz', 'enquiries', 'inquiries', 'customer (?:care|service|services)',
  'service client', 'kundenservice', 'kundendienst', 'atención al cliente', 'atendimento', 'call cent(?:er|re)',
  'çağrı merkezi', 'toll[- ]free', 'freephone', 'numero verde', 'тел', 'телефон', 'моб', 'факс', 'τηλ', 'טל',
  'טלפון', 'נייד', 'פקס', 'هاتف', 'جوال', 'موبايل', 'متحرك', 'فاكس', 'تلفن', 'همراه', 'موبایل', 'فکس', 'โทร',
  'điện thoại', 'telepon', 'sími', 'simi', 'tālr', 'tālrunis', 'κιν', 'telefonszám',
];

/** Phone labels of scripts written without spaces, and signs: they need no word boundary. */
export const PHONE_MARKS = [
  '☎', '📞', '📱', '✆', '☏', '電話', '电话', '手机', '手機', '携帯', '直通', '传真', '傳真', 'ファックス', '客服',
  '热线', '전화', '휴대폰', '팩스', '고객센터',
];

/** "T:", "M.", "P:", "F:", "O:", "D:", "W:", "H:": one-letter labels of signatures, only with a colon
 *  or dot, and not inside an abbreviation ("C.F.", "P.IVA", "S.p.A."). */
export const LETTER_LABEL = '(?<![\\p{L}\\p{N}.])[TMFPODWH]\\s?[:.](?!\\p{L})';

/** Labels of other numbers that speak for the value after them wherever they stand before it on
 *  its line: tax, company, bank and personal identifiers, postal boxes, tracking and serials. */
export const OTHER_STRONG = [
  // Tax and company registers.
  'vat', 'tva', 'iva', 'btw', 'mwst', 'ust', 'ust-?id(?:nr)?', 'uid', 'steuer-?(?:nr|nummer)', 'st\\.?-?nr', 'tax(?: id)?',
  'hrb', 'hra', 'amtsgericht', 'handelsregister', 'registergericht', 'firmenbuch', 'fn', 'zvr', 'siret', 'siren', 'rcs',
  'naf', 'kvk', 'rsin', 'kbo', 'bce', 'rpm', 'rpr', 'cvr', 'se-nr', 'org\\.?\\s?nr', 'orgnr', 'y-tunnus', 'alv',
  'vkn', 'tckn', 'vergi', 'mersis', 'ticaret sicil', 'nip', 'regon', 'krs', 'pesel', 'ičo', 'ič', 'dič', 'nif', 'nipc',
  'cif', 'cnpj', 'cpf', 'curp', 'cuit', 'cuil', 'p\\.?\\s?iva', 'partita iva', 'c\\.f', 'codice fiscale', 'cod\\.?\\s?fisc(?:ale)?', 'rea', 'abn',
  'acn', 'nzbn', 'gst', 'gstin', 'uen', 'trn', 'crn', 'utr', 'ssn', 'nhs', 'lccn', 'duns', 'eori',
  'registered in', 'companies house', 'charity', 'personnummer', 'personnr', 'fødselsnummer', 'hetu', 'bsn', 'nino',
  'npi', 'mrn', 'aktenzeichen', 'geschäftszeichen',
  'инн', 'огрн', 'огрнип', 'кпп', 'бик', 'снилс', 'окпо',
  'سجل تجاري', 'السجل التجاري', 'س\\.ت', 'الرقم الضريبي', 'رقم ضريبي', 'بطاقة ضريبية', 'ص\\.ب', 'صندوق بريد',
  'کد پستی', 'شناسه ملی', 'کد ملی', 'کد اقتصادی', 'شماره ثبت', 'ח\\.פ', 'ע\\.מ',
  // Banks, meters and payment references.
  'iban', 'bic', 'swift', 'blz', 'sort code', 'routing number', 'kontonummer', 'kontonr', 'reg\\.?\\s?nr', 'bankgiro',
  'plusgiro', 'clabe', 'bsb', 'bpay', 'biller code', 'nmi', 'mprn', 'mpan', 'pdr',
  // Postal boxes, goods, shipments, devices.
  'po box', 'p\\.\\s?o\\.\\s?box', 'postfach', 'postboks', 'boîte postale', 'apartado', 'caixa postal',
  'isbn', 'issn', 'ean', 'upc', 'gtin', 'sku', 'tracking', 'sendungsnummer', 'awb', 'imei', 'serial', 's/n',
  'vin', 'isin', 'orcid', 'doi', 'patent', 'version', 'firmware',
];

/** Short or common words that label another number only right before it: "Order #", "Invoice no.:",
 *  "PLZ ", "n° ". */
export const OTHER_TIGHT = [
  'invoice', 'inv', 'order', 'ticket', 'case', 'ref', 'reference', 'rechnung', 'заказ', 'сч[её]т', 'договор',
  'bestellung', 'auftrag', 'booking', 'reservation', 'confirmation', 'transaction', 'txn', 'po', 'policy',
  'claim', 'id', 'nr', 'no', 'n[°º]', 'n', 'zip', 'plz', 'postcode', 'postal code', 'cp',
  'facture', 'commande', 'référence', 'pedido', 'factura', 'facturaci[oó]n', 'folio', 'fattura', 'ordine',
  'zamówienie', 'faktura', 'fatura', 'sipariş', 'shipment', 'parcel', 'paket', 'colis', 'package', 'receipt',
  'quote', 'angebot', 'item', 'art', 'artikel', 'product', 'model', 'part', 'lot', 'batch', 'room', 'gate',
  'flight', 'train', 'zug', 'tren', 'treno', 'seat', 'amount', 'total', 'betrag', 'price', 'preis', 'summe',
  'balance', 'saldo', 'pin', 'code', 'otp', 'password', 'passcode', 'meeting id', 'account', 'acct', 'a/c', 'konto',
  'card', 'karte', 'ein', 'pan', 'aba', 'rfc', 'license', 'licence', 'lizenz', 'build', 'release', 'patch', 'v', 'ver',
];

/** Owners of reference numbers: a label only with a number word ("Customer ID", "Kunden-Nr.",
 *  "Control Number"), since "Service client : 04 91 …" and "Customer care: …" introduce phone numbers. */
export const OWNERS = [
  'customer', 'client', 'kunden?-?', 'member', 'membership', 'adhérent', 'employee', 'patient', 'mitglieds?', 'control',
  'registration', 'company', 'contract', 'document', 'student', 'vehicle', 'meter', 'enterprise', 'entreprise',
];

/** Words that say "number of": after a label word ("Tel. no.", "Invoice #", "Customer ID") or on
 *  their own before what they number ("N° d'entreprise", "número de pedido"). */
export const NUMBER_WORDS = ['no', 'nr', 'n', 'number', 'num', 'nummer', 'numéro', 'número', 'numero', 'numer', 'n°', 'nº', '№', '#', 'id', 'ref'];

/** Labels in scripts without spaces between words, so without word boundaries. */
export const OTHER_UNSPACED = [
  '注文番号', '請求書番号', '見積番号', '会員番号', '法人番号', '登録番号', '口座番号', '〒', '订单号', '订单编号', '发票号',
  '邮编', '税号', '统一社会信用代码', '身份证', '账号', '流水号', '合同编号', '사업자등록번호', '주문번호', '계좌번호',
  '우편번호',
];
