/**
 * vCard and iCalendar text as content lines (RFC 6350 §3.2, RFC 5545 §3.1), each kept exactly as
 * it was written (folding included), so Callprep can replace its own properties in a contact or a
 * task and leave every other line byte for byte as the other client wrote it: a photo, addresses,
 * another app's X- fields. ical.js parses and writes the values; this only finds the lines.
 */

export interface ContentLine {
  /** The line as written, folded continuation lines included, without its final line break. */
  raw: string;
  /** Upper-case property name without its group: "TEL" for "item1.TEL;TYPE=CELL:…". */
  name: string;
  /** Apple-style group ("item1"), lower-case; lines of one group belong together. */
  group?: string;
}

const NAME = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)/;

export function splitLines(text: string): { lines: ContentLine[]; eol: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // A line break followed by a space or tab is a fold: the line goes on.
  const raws = text.replace(/^\uFEFF/, '').split(/\r?\n(?![ \t])/).filter((raw) => raw.trim() !== '');
  const lines = raws.map((raw): ContentLine => {
    const match = NAME.exec(raw);
    return { raw, name: (match?.[2] ?? '').toUpperCase(), ...(match?.[1] ? { group: match[1].toLowerCase() } : {}) };
  });
  return { lines, eol };
}

/** The unescaped-as-written value of a line: what follows the first colon outside quotes, unfolded. */
export function rawValue(line: ContentLine): string {
  const unfolded = line.raw.replace(/\r?\n[ \t]/g, '');
  let quoted = false;
  for (let i = 0; i < unfolded.length; i++) {
    const c = unfolded[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return unfolded.slice(i + 1);
  }
  return '';
}

/** One set of properties Callprep owns, and the lines it writes for them now. */
export interface LinePatch {
  names: readonly string[];
  lines: readonly string[];
}

/**
 * Replaces, in the first `component` block of `text` (its own lines, not those of a nested block
 * such as a VALARM), every line named in a patch by that patch's lines, written where the first
 * replaced line was (or before the block's END). A replaced line of a group takes its group's other
 * lines with it (an Apple label belongs to the number it labels). Everything else stays as it was.
 */
export function patchComponent(text: string, component: string, patches: readonly LinePatch[]): string {
  const { lines, eol } = splitLines(text);
  const begin = lines.findIndex((l) => l.name === 'BEGIN' && rawValue(l).toUpperCase() === component);
  if (begin < 0) throw new Error(`No ${component} in the text to patch.`);
  let depth = 0;
  let end = -1;
  const own: number[] = [];
  for (let i = begin + 1; i < lines.length && end < 0; i++) {
    const line = lines[i] as ContentLine;
    if (line.name === 'BEGIN') depth++;
    else if (line.name === 'END' && depth === 0) end = i;
    else if (line.name === 'END') depth--;
    else if (depth === 0) own.push(i);
  }
  if (end < 0) throw new Error(`The ${component} in the text to patch has no END.`);

  const patchOf = new Map<string, number>();
  patches.forEach((p, index) => p.names.forEach((n) => patchOf.set(n.toUpperCase(), index)));
  const droppedGroups = new Set(own.map((i) => lines[i] as ContentLine).filter((l) => l.group && patchOf.has(l.name)).map((l) => l.group));
  const insertAt = new Map<number, number>(); // patch index → position of its first replaced line
  const keep = new Set<number>();
  for (const i of own) {
    const line = lines[i] as ContentLine;
    const index = patchOf.get(line.name);
    if (index !== undefined && !insertAt.has(index)) insertAt.set(index, i);
    if (index === undefined && !(line.group && droppedGroups.has(line.group))) keep.add(i);
  }
  const out: string[] = [];
  const written = new Set<number>();
  const writePatch = (index: number) => {
    written.add(index);
    out.push(...(patches[index] as LinePatch).lines);
  };
  lines.forEach((line, i) => {
    if (i === end) patches.forEach((_, index) => !written.has(index) && writePatch(index));
    for (const [index, at] of insertAt) if (at === i) writePatch(index);
    if (!own.includes(i) || keep.has(i)) out.push(line.raw);
  });
  return out.join(eol) + eol;
}
