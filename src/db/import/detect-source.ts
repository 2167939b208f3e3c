/** Which program exported a contacts file, told by the headers only it writes. */
import type { ImportSource } from '../../shared/protocol/index.ts';

const SIGNATURES: Array<[ImportSource, (headers: Set<string>, list: string[]) => boolean]> = [
  ['hubspot', (h) => h.has('Record ID') || h.has('Contact owner') || h.has('Lifecycle Stage') || h.has('Mobile Phone Number')],
  ['salesforce', (h) => h.has('Account Name') || h.has('Account.Name') || h.has('MobilePhone') || h.has('Contact ID') || h.has('Mailing Street')],
  ['pipedrive', (h, list) => list.some((x) => x.startsWith('Person - ')) || h.has('Phone - Work') || h.has('Email - Work')],
  ['google', (h) => h.has('Given Name') || h.has('E-mail 1 - Value') || h.has('Phone 1 - Value') || h.has('Group Membership')],
  ['outlook', (h) => h.has('E-mail Address') || h.has('Business Phone') || h.has('E-mail Display Name')],
];

export function detectCsvSource(headers: string[]): ImportSource {
  const set = new Set(headers.map((x) => x.trim()));
  return SIGNATURES.find(([, matches]) => matches(set, [...set]))?.[0] ?? 'csv';
}

export const looksLikeVcard = (fileName: string, content: string) =>
  /\.vcf$/i.test(fileName) || /^\uFEFF?\s*BEGIN:VCARD/i.test(content);
