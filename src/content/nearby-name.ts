/**
 * Who a number belongs to, as the page shows it right beside the number, to prefill "create
 * customer" in the card. Only what belongs to that number: its table row, or the card-like block or
 * signature it sits in; never the page's title or heading, which on a CRM page names another
 * customer (issue 13). Small heuristics:
 * - name: in a table row, the first cell if it reads like a person's name; else an element marked as
 *   a name (itemprop="name", a class containing "name") within the same card-like block;
 * - company: in a table row, the cell under a "Company"/"Account"/"Organisation" heading, else a cell
 *   that plainly names one (a legal form: "Ltd", "GmbH"); in a block or a signature, an element
 *   marked as the organisation, else a line that plainly names a company.
 */
import { looksLikeCompany, MAX_COMPANY_LENGTH } from '../shared/company-name.ts';

const CARD_LIKE = 'li, tr, article, address, [class*="card" i], [class*="contact" i], [class*="signature" i]';
const NAME_ELEMENT = '[itemprop="name"], [class*="name" i]';
const COMPANY_ELEMENT = '[itemprop="worksFor"], [itemprop="affiliation"], [class*="company" i], [class*="organization" i], [class*="organisation" i], .org';
/** Column headings of a company, in the languages Callprep speaks. */
const COMPANY_HEADING = /^(company|account|organi[sz]ation|firm|employer|firma|unternehmen|société|entreprise|organisme|empresa|compañía|organización)( name)?$/i;
const MAX_NAME_LENGTH = 80;
/** A signature is a few short lines; a longer block is a page section, not one person's. */
const SIGNATURE_LINES = 8;

/** Letters (any script), spaces and the punctuation names use; 2–4 words; no digits. */
export function looksLikeName(text: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t || t.length > MAX_NAME_LENGTH) return false;
  if (!/^[\p{L}][\p{L}\p{M}'’.\- ]*$/u.test(t)) return false;
  const words = t.split(' ').length;
  return words >= 2 && words <= 4;
}

const clean = (text: string | null | undefined) => (text ?? '').trim().replace(/\s+/g, ' ');

/** The element's text pieces one by one: textContent glues an avatar's initials or a badge to a name ("ALAda Lovelace"). */
function pieces(root: Element): string[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const piece = clean(text.nodeValue);
    if (piece) found.push(piece);
  }
  return found;
}

/** The name in a table cell. */
function nameInCell(cell: Element, raw: string): string | undefined {
  const piece = pieces(cell).find((p) => looksLikeName(p) && !p.includes(raw));
  if (piece) return piece;
  const whole = clean(cell.textContent);
  return looksLikeName(whole) && !whole.includes(raw) ? whole : undefined;
}

const elementOf = (node: Node): Element | null => (node.nodeType === 1 ? (node as Element) : node.parentElement);

export function findNearbyName(node: Node, raw: string): string | undefined {
  const el = elementOf(node);
  if (!el) return undefined;
  const row = el.closest('tr');
  const firstCell = row?.querySelector(':scope > td, :scope > th');
  if (firstCell && !firstCell.contains(el)) {
    const name = nameInCell(firstCell, raw);
    if (name) return name;
  }
  const block = el.closest(CARD_LIKE);
  if (!block) return undefined;
  for (const candidate of block.querySelectorAll(NAME_ELEMENT)) {
    if (candidate.contains(el)) continue;
    const name = clean(candidate.textContent);
    if (name && name.length <= MAX_NAME_LENGTH && !/\d/.test(name)) return name;
  }
  return undefined;
}

/** The heading of a cell's column: the header row's cell at the same index. */
function headingOf(cell: Element): string {
  const table = cell.closest('table');
  const index = [...(cell.parentElement?.children ?? [])].indexOf(cell);
  const header = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  const th = header?.children[index];
  return th && th !== cell && th.tagName === 'TH' ? clean(th.textContent) : '';
}

function companyInRow(row: Element, el: Element): string | undefined {
  const cells = [...row.children].filter((c) => !c.contains(el));
  const headed = cells.find((c) => COMPANY_HEADING.test(headingOf(c)));
  const text = headed ? clean(headed.textContent) : undefined;
  if (text && text.length <= MAX_COMPANY_LENGTH && !/\d{3}/.test(text)) return text;
  return cells.map((c) => clean(c.textContent)).find(looksLikeCompany);
}

/** The smallest block around the number that reads like one person's details: a contact card, an address, a signature. */
function ownBlock(el: Element): Element | undefined {
  const block = el.closest(CARD_LIKE);
  if (block && block.tagName !== 'TR') return block;
  // A signature: the nearest paragraph-like block with a few short lines.
  const candidate = el.closest('p, div, td, blockquote, pre');
  const lines = candidate ? (candidate.textContent ?? '').split(/\n/).filter((l) => l.trim()).length : 0;
  return candidate && pieces(candidate).length <= SIGNATURE_LINES && lines <= SIGNATURE_LINES ? candidate : undefined;
}

export function findNearbyCompany(node: Node): string | undefined {
  const el = elementOf(node);
  if (!el) return undefined;
  const row = el.closest('tr');
  if (row) return companyInRow(row, el);
  const block = ownBlock(el);
  if (!block) return undefined;
  for (const candidate of block.querySelectorAll(COMPANY_ELEMENT)) {
    const text = clean(candidate.textContent);
    if (!candidate.contains(el) && text && text.length <= MAX_COMPANY_LENGTH && !/\d{3}/.test(text)) return text;
  }
  return pieces(block).find(looksLikeCompany);
}
