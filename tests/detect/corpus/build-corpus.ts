/**
 * Writes tests/detect/corpus/generated.jsonl: page-shaped snippets (CRM rows, signatures, footers,
 * invoices, tickets, contact pages, shipping notices, bank details) for every country in locales.ts,
 * with the numbers each one contains. Labels come from where the builder put a number, never from the
 * detector. Deterministic: `npx tsx tests/detect/corpus/build-corpus.ts` rewrites the same file.
 */
import { writeFileSync } from 'node:fs';
import type { CountryCode } from 'libphonenumber-js/max';
import { LOCALES, type Locale } from './locales.ts';
import { sampleNumbers, type SampleNumber } from './sample-numbers.ts';
import type { CorpusItem, ExpectedNumber } from './corpus-item.ts';

function seeded(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296);
}
const random = seeded(20_261_123);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

const NANP = new Set(['US', 'CA']);
const NAMES = ['Anna Schmidt', 'John Carter', 'Marie Dubois', 'Luis García', 'Sofia Rossi', 'Jan de Vries', 'Yuki Tanaka', 'Priya Nair', 'Olga Petrova', 'Lars Nilsson', 'Chen Wei', 'Ana Souza'];
const COMPANIES = ['Acme Industrial', 'Nordlicht GmbH', 'Bellevue SARL', 'Sierra Logistics', 'Quantum Retail Ltd', 'Harbor & Finch'];
const SPACES = [' ', '\u00A0', '\u202F', '\u2009'];

/** The national format with its spaces swapped for another separator people use. */
function restyle(text: string): string {
  const style = pick(['keep', 'keep', 'nbsp', 'narrow', 'thin', 'dots', 'dashes']);
  if (!/^[\d ()+-]+$/.test(text)) return text;
  switch (style) {
    case 'nbsp': return text.replace(/ /g, '\u00A0');
    case 'narrow': return text.replace(/ /g, '\u202F');
    case 'thin': return text.replace(/ /g, '\u2009');
    case 'dots': return /[()]/.test(text) ? text : text.replace(/[ -]/g, '.');
    case 'dashes': return /[()]/.test(text) ? text : text.replace(/ /g, '-');
    default: return text;
  }
}

/** "+49 30 1234567" → "0049 30 1234567" (or 011 from NANP pages). */
function withIdd(international: string, region: string): string {
  return international.replace(/^\+/, NANP.has(region) ? '011 ' : '00');
}

class Snippet {
  text = '';
  readonly expected: ExpectedNumber[] = [];
  add(part: string): this {
    this.text += part;
    return this;
  }
  phone(raw: string, number: SampleNumber, ext?: { text: string; digits: string }): this {
    const full = ext ? `${raw} ${ext.text}` : raw;
    this.expected.push({ e164: number.phone.number, ...(ext ? { ext: ext.digits } : {}), raw: full });
    return this.add(full);
  }
}

function positives(region: string, locale: Locale, numbers: SampleNumber[]): Snippet[] {
  const out: Snippet[] = [];
  const date = () => locale.date(2020 + Math.floor(random() * 6), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28));
  const amount = () => locale.amount(100 + random() * 250_000);
  const invoice = () => `INV-${2020 + Math.floor(random() * 6)}-${digits(6)}`;
  numbers.forEach((number, index) => {
    const name = pick(NAMES);
    const company = pick(COMPANIES);
    const national = restyle(number.national);
    switch (index % 8) {
      case 0:
        out.push(new Snippet().add(`${name}\t${company}\t${date()}\t${amount()}\t${invoice()}\t`).phone(national, number));
        break;
      case 1: {
        const other = pick(numbers);
        out.push(new Snippet().add(`${name}\n${company}\n${locale.tel}: `).phone(number.international, number)
          .add(`\n${locale.mobile}: `).phone(restyle(other.national), other).add(`\n${name.split(' ')[0]?.toLowerCase()}@example.com | www.example.com`));
        break;
      }
      case 2:
        out.push(new Snippet().add(`© 2025 ${company} · ${digits(5)} City · ${locale.tel} `).phone(national, number)
          .add(` · ${locale.vat} ${region}${digits(9)} · HRB ${digits(5)}`));
        break;
      case 3:
        out.push(new Snippet().add(`${locale.invoice} ${digits(8)} · ${date()}\nTotal: ${amount()}\n${locale.callUs} `)
          .phone(national, number, { text: `${locale.ext} ${digits(3).replace(/^0/, '4')}`.trim(), digits: '' }));
        break;
      case 4:
        out.push(new Snippet().add(`Ticket #${digits(6)} — ${name} asked for a callback on `).phone(withIdd(number.international, region), number)
          .add(` before ${date()}.`));
        break;
      case 5:
        out.push(new Snippet().add(`${locale.order} ${digits(9)} shipped ${date()}, tracking 1Z${digits(3)}AA1${digits(10)}. Questions? ☎ `).phone(number.international, number));
        break;
      case 6: {
        const fax = pick(numbers);
        out.push(new Snippet().add(`${company} | ${locale.tel} `).phone(national, number).add(` | ${locale.fax} `).phone(restyle(fax.national), fax));
        break;
      }
      default:
        out.push(new Snippet().add(`${name}, ${company}. 📞 `).phone(number.international.replace(/ /g, pick(SPACES)), number).add(` (Mon–Fri 9:00–17:30)`));
    }
  });
  // The extension digits are only known once the text is written: fill them in.
  for (const snippet of out) for (const expected of snippet.expected) if (expected.ext === '') expected.ext = expected.raw?.match(/(\d+)$/)?.[1];
  return out;
}

function negatives(region: string, locale: Locale, numbers: SampleNumber[]): Snippet[] {
  const bare = (number: SampleNumber | undefined) => (number?.national ?? '2125550134').replace(/\D/g, '');
  const year = 2018 + Math.floor(random() * 7);
  const texts = [
    `${locale.invoice} ${year}-${digits(6)} vom ${locale.date(year, 3, 15)}: ${locale.amount(1234567)}`,
    `${locale.order} #${bare(numbers[0])} — ${locale.date(year, 11, 2)} – ${locale.date(year, 11, 30)}`,
    `Ref: ${bare(pick(numbers))} · Customer ID ${bare(pick(numbers))}`,
    `IBAN ${region}${digits(2)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)} · BIC ABCD${region}2X`,
    `${locale.vat} ${region}${digits(9)} · HRB ${digits(6)} · Steuernummer ${digits(2)}/${digits(3)}/${digits(5)}`,
    `Card ending 4111 1111 1111 1111 · ISBN 978-3-16-148410-0 · server 192.168.${Math.floor(random() * 255)}.${Math.floor(random() * 255)}`,
    `Open ${year}–${year + 6}, ${locale.date(year, 6, 1)} 14:30, coordinates 48.856613, 2.352222, release v2.${digits(2)}.${digits(4)}`,
    `See https://shop.example.com/p/${bare(pick(numbers))}?ref=${digits(8)} or write to sales.${bare(pick(numbers))}@example.com`,
    `Tracking: ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)} · SSN 123-45-${digits(4)} · Score 102-98`,
    `Total: ${locale.amount(98765.43)} · Account number: ${bare(pick(numbers))} · Lot ${digits(8)}`,
  ];
  return texts.map((text) => new Snippet().add(text));
}

const items: CorpusItem[] = [];
for (const [region, locale] of Object.entries(LOCALES)) {
  const numbers = sampleNumbers(region as CountryCode, random);
  const snippets = [...positives(region, locale, numbers), ...negatives(region, locale, numbers)];
  snippets.forEach((snippet, index) => items.push({ id: `${region}-${index + 1}`, region, text: snippet.text, expected: snippet.expected }));
}
writeFileSync(new URL('./generated.jsonl', import.meta.url), items.map((item) => JSON.stringify(item)).join('\n') + '\n');
console.log(`${items.length} items, ${items.filter((item) => item.expected.length === 0).length} negatives`);
