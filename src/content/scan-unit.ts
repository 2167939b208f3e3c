/**
 * What the scanner searches as one text: a text node, or a group of them that reads as one (see
 * inline-group.ts), as rendered (see rendered-text.ts), and the tel:/callto: link around it.
 */
import { textBefore, type GroupOptions } from './inline-group.ts';
import { renderText, type KeepsWhiteSpace, type RenderedText } from './rendered-text.ts';
import { parentOf } from './text-walk.ts';

export interface ScanUnit {
  nodes: readonly Text[];
  rendered: RenderedText;
  /** The call link all of the unit's text sits in: its text is a number whatever it says. */
  link: HTMLAnchorElement | null;
  /** For a group, each of its nodes as a unit of its own: numbers inside one node are found even
   *  when the group as a whole reads differently. Built with the group, while reading the page,
   *  because it may read styles, which is cheap only before the marks change. */
  members: readonly ScanUnit[];
  /** The text before it on the same line (a label in an element of its own): set by withContext(). */
  before: string;
}

export interface UnitOptions extends GroupOptions {
  keepsWhiteSpace?: KeepsWhiteSpace;
}

const CALL_LINK = /^\s*(tel|callto):/i;

/** The tel:/callto: link around a text node, if any. */
export function callLinkOf(text: Text): HTMLAnchorElement | null {
  const link = parentOf(text)?.closest('a[href]') as HTMLAnchorElement | null | undefined;
  return link && CALL_LINK.test(link.getAttribute('href') ?? '') ? link : null;
}

/** Every link that may be a call link: a superset (the href may start with white space), for a
 *  single look at a whole document or shadow root. */
const MAYBE_CALL_LINKS = 'a[href*="tel:" i], a[href*="callto:" i]';

/**
 * The call link around a text node, looked for only where its document or shadow root holds one:
 * one look for a whole table, not a search up the ancestors of each of its cells. What each root
 * holds is kept until forget(), which the scanner calls when new nodes come (they may bring links).
 */
export class CallLinkRoots {
  private readonly mayHold = new Map<Node, boolean>();

  around(text: Text): HTMLAnchorElement | null {
    const root = text.getRootNode();
    let may = this.mayHold.get(root);
    if (may === undefined) this.mayHold.set(root, (may = (root as Partial<ParentNode>).querySelector?.(MAYBE_CALL_LINKS) != null));
    return may ? callLinkOf(text) : null;
  }

  forget(): void {
    this.mayHold.clear();
  }
}

/** True when the unit's text, or some of it, sits in a call link (a single node's link is the unit's, found already). */
export function inCallLink(unit: ScanUnit): boolean {
  return unit.link !== null || (unit.nodes.length > 1 && unit.nodes.some(callLinkOf));
}

function sharedCallLink(nodes: readonly Text[]): HTMLAnchorElement | null {
  const link = callLinkOf(nodes[0]!);
  return link && nodes.every((node) => link.contains(node)) ? link : null;
}

/** The node on its own, as if no neighbour joined it; `link` when known already. */
export function singleUnitOf(text: Text, keepsWhiteSpace?: KeepsWhiteSpace, link = callLinkOf(text)): ScanUnit {
  return { nodes: [text], rendered: renderText([text], keepsWhiteSpace), link, members: [], before: '' };
}

/** The unit of `nodes`, text nodes read together (inline-group.ts). */
export function unitOf(nodes: readonly Text[], keepsWhiteSpace?: KeepsWhiteSpace): ScanUnit {
  if (nodes.length === 1) return singleUnitOf(nodes[0]!, keepsWhiteSpace);
  const members = nodes.map((node) => singleUnitOf(node, keepsWhiteSpace));
  return { nodes, rendered: renderText(nodes, keepsWhiteSpace), link: sharedCallLink(nodes), members, before: '' };
}

/** Adds the text before the unit (`before` when read already) and before each of its members: read
 *  only for units worth detecting, as it may read styles. */
export function withContext(unit: ScanUnit, options: GroupOptions, before = textBefore(unit.nodes[0]!, options)): ScanUnit {
  const members = unit.members.map((member) => ({ ...member, before: textBefore(member.nodes[0]!, options) }));
  return { ...unit, before, members };
}
