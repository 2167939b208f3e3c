/**
 * Checking data that crosses a trust boundary (messages, imports, backups, stored values) against
 * its valibot schema. A check returns the value typed, or throws a GuardError naming the first wrong
 * field: "request.customers[3].phones[0].ext must be text of at most 20 characters".
 */
import * as v from 'valibot';

export class GuardError extends Error {}

function pathOf(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    // A key is the sender's text: shown, but never at length.
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key).slice(0, 40)}` : String(key).slice(0, 40);
  }
  return path || 'value';
}

/** Objects carry no message of their own: say whether a key was missing or the value not an object
 *  (a strict object's own message is for a key it does not know). */
function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema' || (issue.type !== 'object' && issue.type !== 'strict_object')) return issue.message;
  if (issue.input === undefined && (issue.path?.length ?? 0) > 0) return 'is missing';
  return issue.expected === 'Object' ? 'must be an object' : issue.message;
}

/** Checks a value against the schema; throws a GuardError that names the first wrong field. */
export function parseOrThrow<S extends v.GenericSchema>(schema: S, value: unknown, path = ''): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new GuardError(`${pathOf(path, issue)} ${messageOf(issue)}`);
}
