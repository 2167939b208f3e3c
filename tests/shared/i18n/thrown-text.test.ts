/**
 * The messages the background and the data layer refuse with reach the user word for word (the card's,
 * popup's and options page's error banners, the sync status): they come through t() like every other
 * word. This fails when one is written as a literal: the text of a refusal, of a sync problem, or of
 * an error a page throws for its banner. What only a developer or a bug report sees (console lines,
 * the router's answer to a malformed message) is not a refusal and is not checked here.
 */
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { hasWords, lineOf, literalText, parse, ROOT, sourceFiles } from '../../support/literal-text.ts';

/** Calls and constructors whose argument at that index is shown to the user as it is. */
const SHOWN_ARGUMENT: Record<string, number> = {
  Refusal: 0,
  SyncProblemError: 1,
  /** The second argument names the place that failed, inside the problem's sentence. */
  toSyncProblem: 1,
};
/** Errors a page throws for a programming mistake, never for a user's input: they name code, not a fix. */
const DEVELOPER_ERRORS = [/^\w+\.html has no #app element$/, /^use\w+ needs a <\w+> above it\.$/];
const MESSAGES = ['t', 'tPlural'];

const calleeName = (node: ts.CallExpression | ts.NewExpression): string | undefined =>
  ts.isIdentifier(node.expression) ? node.expression.text : undefined;

/**
 * Literal words in what is shown: the text itself, either branch of a condition, the parts of a
 * concatenation or template, the substitutions given to t(). The arguments of any other call
 * (`toLocaleString('en-US')`, `optOutRefusal('phone', …)`) are code, not words.
 */
function literalWords(node: ts.Node, found: ts.Node[] = []): ts.Node[] {
  const text = literalText(node);
  if (text !== undefined && hasWords(text)) found.push(node);
  const inner: ts.Node[] = ts.isTemplateExpression(node)
    ? node.templateSpans.map((span) => span.expression)
    : ts.isParenthesizedExpression(node)
      ? [node.expression]
      : ts.isConditionalExpression(node)
        ? [node.whenTrue, node.whenFalse]
        : ts.isBinaryExpression(node)
          ? [node.left, node.right]
          : ts.isCallExpression(node) && MESSAGES.includes(calleeName(node) ?? '')
            ? node.arguments.slice(1)
            : [];
  inner.forEach((child) => literalWords(child, found));
  return found;
}

/** "file:line: text" for each literal a user would read in a refusal or a thrown page error. */
export function thrownTexts(path: string, pageErrors: boolean): string[] {
  const source = parse(path);
  const found: string[] = [];
  const report = (nodes: ts.Node[]) =>
    nodes.forEach((node) => found.push(`${relative(ROOT, path)}:${lineOf(source, node)}: ${JSON.stringify(node.getText())}`));
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      const index = SHOWN_ARGUMENT[calleeName(node) ?? ''];
      const argument = index === undefined ? undefined : node.arguments?.[index];
      if (argument) report(literalWords(argument));
    }
    if (pageErrors && ts.isThrowStatement(node) && ts.isNewExpression(node.expression) && calleeName(node.expression) === 'Error') {
      const argument = node.expression.arguments?.[0];
      const text = argument && literalText(argument);
      if (argument && !(text !== undefined && DEVELOPER_ERRORS.some((pattern) => pattern.test(text)))) report(literalWords(argument));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const SRC = join(ROOT, 'src');

test('refusals and sync problems say nothing in literal English: their words come through t()', { timeout: 30_000 }, () => {
  const files = ['db', 'background', 'sync', 'shared'].flatMap((dir) => sourceFiles(join(SRC, dir), ['.ts']));
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap((path) => thrownTexts(path, false))).toEqual([]);
});

test('an error a page throws for its banner says nothing in literal English', { timeout: 30_000 }, () => {
  const files = sourceFiles(join(SRC, 'ui'), ['.ts', '.tsx']);
  expect(files.length).toBeGreaterThan(40);
  expect(files.flatMap((path) => thrownTexts(path, true))).toEqual([]);
});

test('the check finds literal English where a refusal or a page error would show it', () => {
  const path = join(import.meta.dirname, 'fixtures', 'thrown-english.ts');
  expect(thrownTexts(path, true).map((line) => line.replace(/^.*?:\d+: /, ''))).toEqual([
    '"\'Say what the commitment is.\'"',
    '"`This follow-up is already ${status}.`"',
    '"\'The address book\'"',
    '"\'Callprep may not reach the server\'"',
    '"\'the server\'"',
    '"`${what} cannot be empty`"',
  ]);
});
