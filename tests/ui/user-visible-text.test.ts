/**
 * Every word the extension's pages show comes from the user's language (_locales, through t()): this
 * fails when English creeps back into a page as JSX text, as a string in braces, or as the value of
 * an attribute a user sees or hears (title, aria-label, placeholder, alt) or of a component's
 * label/hint/title prop. Brand names and samples of what to type are not words (tests/support/literal-text.ts).
 */
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { hasWords, lineOf, literalText, parse, ROOT, sourceFiles } from '../support/literal-text.ts';

const UI = join(ROOT, 'src', 'ui');
/** Attributes and props whose value is read or heard by the user. */
const SHOWN_PROPS = new Set(['title', 'aria-label', 'aria-description', 'aria-placeholder', 'placeholder', 'alt', 'label', 'hint', 'summary']);

/** "file:line: text" for each literal text a page would show. */
function literalTexts(path: string): string[] {
  const source = parse(path);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => found.push(`${relative(ROOT, path)}:${lineOf(source, node)}: ${JSON.stringify(text.trim())}`);
  /** A literal in a place the page shows: reported as written (a template with its substitutions). */
  const check = (value: ts.Node | undefined) => {
    const text = value && literalText(value);
    if (value && text !== undefined && hasWords(text)) report(value, ts.isTemplateExpression(value) ? value.getText() : text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && SHOWN_PROPS.has(node.name.getText()) && node.initializer) {
      check(ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer);
    }
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) check(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// Parses every page file: give a loaded machine time.
test('the extension pages show no literal English: every word comes through t()', { timeout: 30_000 }, () => {
  const files = sourceFiles(UI, ['.tsx']);
  expect(files.length).toBeGreaterThan(40);
  expect(files.flatMap(literalTexts)).toEqual([]);
});

test('the check finds literal text where a page would show it', () => {
  const path = join(ROOT, 'tests', 'ui', 'fixtures', 'literal-english.tsx');
  expect(literalTexts(path).map((line) => line.replace(/^.*?:\d+: /, ''))).toEqual(['"Save changes"', '"Close the card"', '"Call length"', '"Pick one…"', '"`Retry in ${n} h`"']);
});
