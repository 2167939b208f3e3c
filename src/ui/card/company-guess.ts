/**
 * Prefills "create customer" from the page the number was found on. A page title is only taken as
 * the company when it plainly names one ("Acme Corp", "Globex GmbH"); anything else ("Contacts –
 * Salesforce", "Inbox (3)") goes into the notes as where the number was found.
 */
const COMPANY_SUFFIX =
  /\b(inc|incorporated|corp|corporation|co|company|llc|llp|ltd|limited|plc|gmbh|ag|kg|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|pty|pte|kk)\.?$/i;

export interface Prefill {
  company?: string;
  notes?: string;
}

export function prefillFromPageTitle(pageTitle: string | undefined): Prefill {
  const title = pageTitle?.trim().replace(/\s+/g, ' ');
  if (!title) return {};
  // Titles like "Acme Corp | Contact" carry the name in one of their parts.
  const parts = title.split(/\s+[|–—-]\s+|\s*·\s*/).map((p) => p.trim());
  const company = parts.find((p) => p.length <= 80 && COMPANY_SUFFIX.test(p.replace(/[,.]+$/, '').trim()));
  if (company) return { company: company.replace(/,$/, '') };
  return { notes: `Found on: ${title}` };
}
