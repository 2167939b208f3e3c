/**
 * A few values of each column of a CSV, so the user can see what a column holds while mapping it.
 * Only for display: the background parses the file for real.
 */
import Papa from 'papaparse';

export function columnExamples(content: string, rows = 3): Record<string, string[]> {
  const parsed = Papa.parse<Record<string, string>>(content, { header: true, preview: rows, skipEmptyLines: true });
  const examples: Record<string, string[]> = {};
  for (const column of parsed.meta.fields ?? []) {
    examples[column] = parsed.data.map((row) => (row[column] ?? '').trim()).filter(Boolean);
  }
  return examples;
}

export const isVCard = (fileName: string, content: string): boolean =>
  /\.vcf$/i.test(fileName) || /^\s*BEGIN:VCARD/i.test(content);
