/**
 * The numbers in one scan unit (scan-unit.ts): a call link's number whatever its text says, else what
 * the detector finds in the unit's text read after the text before it on the same line.
 */
import type { PhoneMatch } from '../detect/detect.ts';
import type { Detector } from './detector-loader.ts';
import type { MarkInput } from './mark-store.ts';
import type { ScanUnit } from './scan-unit.ts';

const overlaps = (a: MarkInput, b: MarkInput) =>
  a.parts.some((p) => b.parts.some((q) => p.node === q.node && p.start < q.end && q.start < p.end));

/** A group's numbers: those read across its nodes, and each node's own that none of them covers
 *  ("(212) 736-8410" followed by a badge "<b>12</b>" is still found). */
export function findNumbers(detector: Detector, unit: ScanUnit, region: string | undefined): MarkInput[] {
  if (!unit.members.length) return findIn(detector, unit, region);
  const own = unit.members.flatMap((member) => findIn(detector, member, region));
  const joined = findIn(detector, unit, region);
  return [...joined, ...own.filter((mark) => !joined.some((j) => overlaps(j, mark)))];
}

function findIn(detector: Detector, { rendered, link, before }: ScanUnit, region: string | undefined): MarkInput[] {
  const parsed = link && detector.parseTelHref(link.getAttribute('href') ?? '', region);
  if (parsed) {
    const start = rendered.text.search(/\S/);
    const end = rendered.text.trimEnd().length;
    return [{ parts: rendered.partsOf(start, end), raw: rendered.text.slice(start, end), e164: parsed.e164, ext: parsed.ext, fromLink: true }];
  }
  // Read with the text before it, so a label in an element of its own counts.
  return marksOf({ rendered, before }, detector.detectPhoneNumbers(before + rendered.text, { region }));
}

/** The marks of what the detector found in a unit's text read after the text before it (found here
 *  or elsewhere, remote-detect.ts); what is found in that text before is its own node's business. */
export function marksOf({ rendered, before }: Pick<ScanUnit, 'rendered' | 'before'>, matches: readonly PhoneMatch[]): MarkInput[] {
  const offset = before.length;
  return matches
    .filter((m) => m.start >= offset)
    .map((m) => ({ parts: rendered.partsOf(m.start - offset, m.end - offset), raw: m.raw, e164: m.e164, ext: m.ext, fromLink: false }));
}
