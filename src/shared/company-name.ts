/**
 * Does a short text plainly name a company ("Acme Corp", "Globex GmbH", "Müller & Söhne GmbH")? By
 * its legal-form suffix only: a word that merely could be a company is not guessed at. The content
 * script uses it to find the company beside a number (a signature line, a cell of the same row).
 */
const COMPANY_SUFFIX =
  /\b(inc|incorporated|corp|corporation|co|company|llc|llp|ltd|limited|plc|gmbh|ag|kg|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|pty|pte|kk)\.?$/i;

export const MAX_COMPANY_LENGTH = 80;

export function looksLikeCompany(text: string): boolean {
  const t = text.trim().replace(/[,.]+$/, '').trim();
  return t.length > 0 && t.length <= MAX_COMPANY_LENGTH && /\p{L}/u.test(t) && COMPANY_SUFFIX.test(t);
}
