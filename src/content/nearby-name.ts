/**
 * A name shown next to a number, to prefill "create customer" in the card. A small heuristic:
 * in a table row, the first cell if it reads like a person's name; else an element marked as a
 * name (itemprop="name", a class containing "name") within the same card-like block.
 */
const CARD_LIKE = 'li, tr, article, address, [class*="card" i], [class*="contact" i]';
const NAME_ELEMENT = '[itemprop="name"], [class*="name" i]';
const MAX_NAME_LENGTH = 80;

/** Letters (any script), spaces and the punctuation names use; 2–4 words; no digits. */
export function looksLikeName(text: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t || t.length > MAX_NAME_LENGTH) return false;
  if (!/^[\p{L}][\p{L}\p{M}'’.\- ]*$/u.test(t)) return false;
  const words = t.split(' ').length;
  return words >= 2 && words <= 4;
}

const clean = (text: string | null | undefined) => (text ?? '').trim().replace(/\s+/g, ' ');

/**
 * The name in a table cell. A cell often holds more than the name (an avatar's initials, a badge),
 * and textContent glues those to it ("ALAda Lovelace"), so read its text pieces one by one.
 */
function nameInCell(cell: Element, raw: string): string | undefined {
  const walker = cell.ownerDocument.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const piece = clean(text.nodeValue);
    if (looksLikeName(piece) && !piece.includes(raw)) return piece;
  }
  const whole = clean(cell.textContent);
  return looksLikeName(whole) && !whole.includes(raw) ? whole : undefined;
}

export function findNearbyName(node: Node, raw: string): string | undefined {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
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
