/** Deterministic benchmark texts: a 10,000-row CRM table and 1 MB of prose with few numbers. */

export function seeded(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296);
}

const FIRST = ['Anna', 'John', 'Maria', 'Luis', 'Sofia', 'Jan', 'Yuki', 'Priya', 'Olga', 'Lars', 'Chen', 'Ana', 'Tom', 'Eva'];
const LAST = ['Schmidt', 'Carter', 'Dubois', 'García', 'Rossi', 'de Vries', 'Tanaka', 'Nair', 'Petrova', 'Nilsson', 'Wei', 'Souza'];
/** Area codes in use, so most rows hold a valid US number. */
const AREA_CODES = ['212', '213', '305', '312', '415', '503', '617', '646', '702', '713', '808', '917'];

/**
 * A CRM table of `rows` invoices: name, date, amount, invoice ID, phone. With `customers` set, the
 * rows are invoices to that many customers, each with one name and number (an invoice list repeats
 * its customers); without it every row has a number of its own (a contact list).
 */
export function crmTable(rows: number, seed = 1, customers?: number): string {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const digits = (count: number) => String(Math.floor(random() * 10 ** count)).padStart(count, '0');
  const newPhone = () => `(${pick(AREA_CODES)}) ${2 + Math.floor(random() * 8)}${digits(2)}-${digits(4)}`;
  const newName = () => `${pick(FIRST)} ${pick(LAST)}`;
  const pool = customers ? Array.from({ length: customers }, () => ({ phone: newPhone(), name: newName() })) : undefined;
  const lines = ['Name\tCreated\tAmount\tInvoice\tPhone'];
  for (let row = 0; row < rows; row++) {
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const amount = `$${Math.floor(random() * 99_999).toLocaleString('en-US')}.${digits(2)}`;
    const { phone, name } = pool ? pick(pool) : { phone: newPhone(), name: newName() };
    lines.push(`${name}\t${month}/${day}/2025\t${amount}\tINV-2025-${digits(6)}\t${phone}`);
  }
  return lines.join('\n');
}

const WORDS = (
  'the customer asked about delivery and the contract was renewed for another year while support ' +
  'reviewed the ticket history before the quarterly meeting with finance where margins improved ' +
  'slightly across regions although shipping costs rose in spring and several accounts moved'
).split(' ');

/** About `bytes` of prose: sentences of ordinary words, a year or amount now and then, and a phone
 *  number every ~20 KB. */
export function prose(bytes: number, seed = 2): string {
  const random = seeded(seed);
  const parts: string[] = [];
  let length = 0;
  let sentence = 0;
  while (length < bytes) {
    const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => WORDS[Math.floor(random() * WORDS.length)]);
    sentence++;
    if (sentence % 7 === 0) words.push(`in ${2000 + Math.floor(random() * 25)}`);
    if (sentence % 11 === 0) words.push(`for $${Math.floor(random() * 9000)}.${Math.floor(random() * 90) + 10}`);
    if (sentence % 160 === 0) words.push(`call (415) 555-${String(100 + Math.floor(random() * 99)).padStart(4, '0')}`);
    const text = `${words.join(' ')}. `;
    parts.push(sentence % 12 === 0 ? `${text}\n\n` : text);
    length += text.length;
  }
  return parts.join('');
}
