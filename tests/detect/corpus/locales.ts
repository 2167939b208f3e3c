/** The words and formats pages of each country use, for the corpus builder. */
export interface Locale {
  tel: string;
  fax: string;
  mobile: string;
  invoice: string;
  order: string;
  vat: string;
  /** A date in the local way. */
  date: (y: number, m: number, d: number) => string;
  /** An amount in the local way. */
  amount: (value: number) => string;
  /** The word before an extension, when the country writes one. */
  ext: string;
  callUs: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const group = (value: number, sep: string) => Math.floor(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const cents = (value: number) => pad(Math.round((value % 1) * 100));

const en: Locale = {
  tel: 'Tel', fax: 'Fax', mobile: 'Mobile', invoice: 'Invoice', order: 'Order', vat: 'VAT No.',
  date: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`, amount: (v) => `£${group(v, ',')}.${cents(v)}`, ext: 'ext.', callUs: 'Call us on',
};
const us: Locale = { ...en, tel: 'Phone', mobile: 'Cell', vat: 'EIN', date: (y, m, d) => `${pad(m)}/${pad(d)}/${y}`, amount: (v) => `$${group(v, ',')}.${cents(v)}`, ext: 'x', callUs: 'Call' };
const de: Locale = {
  tel: 'Tel.', fax: 'Fax', mobile: 'Mobil', invoice: 'Rechnung Nr.', order: 'Bestellnummer', vat: 'USt-IdNr.',
  date: (y, m, d) => `${pad(d)}.${pad(m)}.${y}`, amount: (v) => `${group(v, '.')},${cents(v)} €`, ext: 'Durchwahl', callUs: 'Rufen Sie uns an:',
};
const fr: Locale = {
  tel: 'Tél.', fax: 'Fax', mobile: 'Portable', invoice: 'Facture n°', order: 'Commande', vat: 'N° TVA',
  date: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`, amount: (v) => `${group(v, '\u202F')},${cents(v)} €`, ext: 'poste', callUs: 'Appelez-nous au',
};
const es: Locale = {
  tel: 'Tel.', fax: 'Fax', mobile: 'Móvil', invoice: 'Factura', order: 'Pedido', vat: 'CIF',
  date: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`, amount: (v) => `${group(v, '.')},${cents(v)} €`, ext: 'ext.', callUs: 'Llámenos al',
};
const pt: Locale = { ...es, tel: 'Telefone', mobile: 'Celular', invoice: 'Nota fiscal', vat: 'CNPJ', amount: (v) => `R$ ${group(v, '.')},${cents(v)}`, ext: 'ramal', callUs: 'Ligue para' };
const it: Locale = { ...es, tel: 'Tel.', mobile: 'Cellulare', invoice: 'Fattura n.', order: 'Ordine', vat: 'P.IVA', ext: 'int.', callUs: 'Chiamaci al' };
const nl: Locale = { ...de, tel: 'Telefoon', mobile: 'Mobiel', invoice: 'Factuur', order: 'Bestelling', vat: 'BTW-nummer', date: (y, m, d) => `${pad(d)}-${pad(m)}-${y}`, ext: 'toestel', callUs: 'Bel ons op' };
const nordic: Locale = { ...de, tel: 'Tlf.', mobile: 'Mobil', invoice: 'Faktura', order: 'Ordre', vat: 'CVR', amount: (v) => `${group(v, '.')},${cents(v)} kr`, ext: 'lokal', callUs: 'Ring til' };
const pl: Locale = { ...de, tel: 'Tel.', mobile: 'Kom.', invoice: 'Faktura nr', order: 'Zamówienie', vat: 'NIP', amount: (v) => `${group(v, ' ')},${cents(v)} zł`, ext: 'wew.', callUs: 'Zadzwoń:' };
const ja: Locale = { ...en, tel: '電話', fax: 'FAX', mobile: '携帯', invoice: '請求書番号', order: '注文番号', vat: '登録番号', date: (y, m, d) => `${y}/${pad(m)}/${pad(d)}`, amount: (v) => `¥${group(v, ',')}`, ext: '内線', callUs: 'お電話:' };
const iso: Locale = { ...en, date: (y, m, d) => `${y}-${pad(m)}-${pad(d)}` };

export const LOCALES: Record<string, Locale> = {
  US: us, CA: us, GB: en, IE: en, AU: { ...en, amount: (v) => `A$${group(v, ',')}.${cents(v)}` }, NZ: en, SG: en, HK: en, IN: { ...en, amount: (v) => `₹${group(v, ',')}` },
  ZA: en, NG: en, KE: en, PH: en, MY: en, AE: iso, IL: en, KR: iso, CN: iso, TH: en, EG: en,
  DE: de, AT: de, CH: { ...de, amount: (v) => `CHF ${group(v, '’')}.${cents(v)}` }, FR: fr, BE: fr, LU: fr,
  ES: es, MX: { ...es, amount: (v) => `$${group(v, ',')}.${cents(v)} MXN` }, AR: es, CO: es, CL: es, PT: { ...pt, tel: 'Tel.', mobile: 'Telemóvel', amount: es.amount, vat: 'NIF' }, BR: pt,
  IT: it, NL: nl, SE: nordic, NO: nordic, DK: nordic, FI: { ...nordic, tel: 'Puh.' }, PL: pl, CZ: { ...pl, vat: 'DIČ', amount: (v) => `${group(v, ' ')},${cents(v)} Kč`, ext: 'kl.' },
  JP: ja, RU: { ...de, tel: 'Тел.', mobile: 'Моб.', invoice: 'Счёт №', order: 'Заказ', vat: 'ИНН', amount: (v) => `${group(v, ' ')},${cents(v)} ₽`, ext: 'доб.', callUs: 'Звоните:' },
  TR: { ...de, tel: 'Tel', mobile: 'Cep', invoice: 'Fatura No', order: 'Sipariş', vat: 'Vergi No', amount: (v) => `${group(v, '.')},${cents(v)} ₺`, ext: 'dahili', callUs: 'Bizi arayın:' },
};
