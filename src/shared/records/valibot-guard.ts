/**
 * A valibot schema as a `Guard` (../guard.ts), the shape the message protocol checks requests with,
 * so protocol messages can use the record schemas until the protocol itself moves to valibot.
 * The first problem is thrown as a GuardError naming the field: "customers[3].phones[0].ext must be…".
 */
import * as v from 'valibot';
import { GuardError, type Guard } from '../guard.ts';

function pathOf(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path || 'value';
}

/** Objects carry no message of their own: say whether the value was missing or not an object. */
function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema' || issue.type !== 'object') return issue.message;
  return issue.input === undefined && (issue.path?.length ?? 0) > 0 ? 'is missing' : 'must be an object';
}

/** Checks a value against the schema; throws a GuardError that names the first wrong field. */
export function parseOrThrow<S extends v.GenericSchema>(schema: S, value: unknown, path = ''): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new GuardError(`${pathOf(path, issue)} ${messageOf(issue)}`);
}

export const guardOf =
  <S extends v.GenericSchema>(schema: S): Guard<v.InferOutput<S>> =>
  (value, path) =>
    parseOrThrow(schema, value, path);
