/**
 * Every word the extension's pages show comes from the user's language (_locales, through t()): this
 * fails when English creeps back into a page as JSX text, as a string in braces, or as the value of
 * an attribute a user sees or hears (title, aria-label, placeholder, alt) or of a component's
 * label/hint/title prop. Brand names and samples of what to type are listed below, each with why.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const UI = join(ROOT, 'src', 'ui');
/** Attributes and props whose value is read or heard by the user. */
const SHOWN_PROPS = new Set(['title', 'aria-label', 'aria-description', 'aria-placeholder', 'placeholder', 'alt', 'label', 'hint', 'summary']);
/** Not words to translate: the brand, and samples of what to type. */
const NOT_WORDS = new Set(['Callprep', 'crm.example.com', 'https://pbx.example.com/dial?number={e164}']);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text) && !NOT_WORDS.has(text.trim());

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? tsxFiles(path) : entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** "file:line: text" for each literal text a page would show. */
function literalTexts(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${relative(ROOT, path)}:${line}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && SHOWN_PROPS.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value && ts.isStringLiteralLike(value) && hasWords(value.text)) report(value, value.text);
      if (value && ts.isTemplateExpression(value) && hasWords(value.head.text + value.templateSpans.map((s) => s.literal.text).join(''))) report(value, value.getText());
    }
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression) {
      const value = node.expression;
      if (ts.isStringLiteralLike(value) && hasWords(value.text)) report(value, value.text);
      if (ts.isTemplateExpression(value) && hasWords(value.head.text + value.templateSpans.map((s) => s.literal.text).join(''))) report(value, value.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// Parses every page file: give a loaded machine time.
test('the extension pages show no literal English: every word comes through t()', { timeout: 30_000 }, () => {
  const files = tsxFiles(UI);
  expect(files.length).toBeGreaterThan(40);
  expect(files.flatMap(literalTexts)).toEqual([]);
});

test('the check finds literal text where a page would show it', () => {
  const path = join(ROOT, 'tests', 'ui', 'fixtures', 'literal-english.tsx');
  expect(literalTexts(path).map((line) => line.replace(/^.*?:\d+: /, ''))).toEqual(['"Save changes"', '"Close the card"', '"Call length"', '"Pick one…"', '"`Retry in ${n} h`"']);
});
