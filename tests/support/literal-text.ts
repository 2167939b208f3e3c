/**
 * What the source-reading tests (tests/ui/user-visible-text.test.ts, tests/shared/i18n/thrown-text.test.ts)
 * count as words written into the code instead of coming through t(): the text of a string or
 * template literal, when it has a word of two letters or more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Not words to translate: the brand, and samples of what to type. */
const NOT_WORDS = new Set(['Callprep', 'crm.example.com', 'https://pbx.example.com/dial?number={e164}']);
export const hasWords = (text: string) => /\p{L}{2,}/u.test(text) && !NOT_WORDS.has(text.trim());

/** The literal parts of a string or template (substitutions left out), or undefined for any other expression. */
export function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => s.literal.text).join('');
  return undefined;
}

/** Source files under `dir` whose names end in one of `endings`. */
export function sourceFiles(dir: string, endings: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => endings.some((ending) => file.endsWith(ending)))
    .map((file) => join(dir, file))
    .sort();
}

export const parse = (path: string): ts.SourceFile =>
  ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

export const lineOf = (source: ts.SourceFile, node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
