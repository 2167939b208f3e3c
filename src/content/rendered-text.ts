/**
 * The text of one or more adjacent text nodes as a reader sees it, with a way back to DOM positions.
 * HTML folds a line break or a run of spaces in the source into one space ("(212)⏎      736-8410"
 * reads "(212) 736-8410"; Word-made e-mail signatures wrap their lines like that), so the detector is
 * given the folded text, and each match is mapped back to the nodes and offsets it covers.
 */

/** A piece of one text node covered by a match: [start, end) in node.data. */
export interface TextPart {
  node: Text;
  start: number;
  end: number;
}

export interface RenderedText {
  readonly nodes: readonly Text[];
  /** What the detector reads. */
  readonly text: string;
  /** The nodes and offsets under text[start, end). */
  partsOf(start: number, end: number): TextPart[];
}

/** Whether the node's own white space is kept as written (<pre>, white-space: pre-wrap …). */
export type KeepsWhiteSpace = (node: Text) => boolean;

/** Collapsible white space (not the no-break kinds) that folds to one space: a run of two or more,
 *  or any line break or tab, between two other characters of the text. */
const FOLDABLE = /[ \t\n\r\f]*[\t\n\r\f][ \t\n\r\f]*| {2,}/;
const COLLAPSIBLE = /[ \t\n\r\f]/;

/** True when `data` reads as written whatever its style: no white space in it would fold. */
export const readsAsWritten = (data: string): boolean => !FOLDABLE.test(data.trim());

export const keepsWhiteSpaceByStyle: KeepsWhiteSpace = (node) => {
  const parent = node.parentElement;
  if (!parent) return false;
  const style = getComputedStyle(parent) as CSSStyleDeclaration & { whiteSpaceCollapse?: string };
  const collapse = style.whiteSpaceCollapse;
  if (collapse) return collapse !== 'collapse';
  return /^pre|break-spaces/.test(style.whiteSpace);
};

/** One node whose data is already what a reader sees: no copy, no position table. */
function asWritten(node: Text): RenderedText {
  return { nodes: [node], text: node.data, partsOf: (start, end) => [{ node, start, end }] };
}

export function renderText(nodes: readonly Text[], keepsWhiteSpace: KeepsWhiteSpace = keepsWhiteSpaceByStyle): RenderedText {
  const only = nodes.length === 1 ? nodes[0]! : undefined;
  // The style is read only when folding would change something: most text nodes skip it.
  if (only && (readsAsWritten(only.data) || keepsWhiteSpace(only))) return asWritten(only);
  let text = '';
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  nodes.forEach((node, index) => {
    const data = node.data;
    const fold = !keepsWhiteSpace(node);
    for (let offset = 0; offset < data.length; offset++) {
      const char = data[offset]!;
      if (fold && COLLAPSIBLE.test(char)) {
        if (text.endsWith(' ')) continue;
        text += ' ';
      } else {
        text += char;
      }
      nodeOf.push(index);
      offsetOf.push(offset);
    }
  });
  return {
    nodes,
    text,
    partsOf(start, end) {
      const first = nodeOf[start]!;
      const last = nodeOf[end - 1]!;
      const parts: TextPart[] = [];
      for (let index = first; index <= last; index++) {
        const node = nodes[index]!;
        parts.push({
          node,
          start: index === first ? offsetOf[start]! : 0,
          end: index === last ? offsetOf[end - 1]! + 1 : node.data.length,
        });
      }
      return parts;
    },
  };
}
