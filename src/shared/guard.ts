/**
 * Run-time checks for data that crosses a trust boundary (messages, imports, backups).
 * A guard returns the value typed, or throws a GuardError saying which field is wrong.
 */
export class GuardError extends Error {}

export type Guard<T> = (value: unknown, path?: string) => T;

const fail = (path: string, what: string): never => {
  throw new GuardError(`${path || 'value'} ${what}`);
};

export const str =
  (max = 100_000): Guard<string> =>
  (v, p = '') =>
    typeof v === 'string' && v.length <= max ? v : fail(p, `must be text of at most ${max} characters`);

export const num: Guard<number> = (v, p = '') =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(p, 'must be a finite number');

export const bool: Guard<boolean> = (v, p = '') => (typeof v === 'boolean' ? v : fail(p, 'must be true or false'));

export const oneOf =
  <T extends string>(values: readonly T[]): Guard<T> =>
  (v, p = '') =>
    values.includes(v as T) ? (v as T) : fail(p, `must be one of ${values.join(', ')}`);

export const optional =
  <T>(guard: Guard<T>): Guard<T | undefined> =>
  (v, p) =>
    v === undefined ? undefined : guard(v, p);

export const nullable =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (v, p) =>
    v === null ? null : guard(v, p);

export const arrayOf =
  <T>(guard: Guard<T>, max = 10_000): Guard<T[]> =>
  (v, p = '') => {
    if (!Array.isArray(v) || v.length > max) return fail(p, `must be a list of at most ${max} items`);
    return v.map((item, i) => guard(item, `${p}[${i}]`));
  };

type Shape = Record<string, Guard<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: ReturnType<S[K]>;
};

/** An object with exactly these keys checked; unknown keys are dropped, not passed on. */
export const object =
  <S extends Shape>(shape: S): Guard<FromShape<S>> =>
  (v, p = '') => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(p, 'must be an object');
    const out: Record<string, unknown> = {};
    for (const [key, guard] of Object.entries(shape)) {
      const value = guard((v as Record<string, unknown>)[key], p ? `${p}.${key}` : key);
      if (value !== undefined) out[key] = value;
    }
    return out as FromShape<S>;
  };

/** E.164: "+" then 8 to 15 digits (the shortest real international numbers have 8). */
export const e164: Guard<string> = (v, p = '') =>
  typeof v === 'string' && /^\+[1-9]\d{6,14}$/.test(v) ? v : fail(p, 'must be a phone number in E.164 form');

export const id: Guard<string> = (v, p = '') =>
  typeof v === 'string' && /^[\w-]{1,64}$/.test(v) ? v : fail(p, 'must be a record id');

export const hhmm: Guard<string> = (v, p = '') =>
  typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? v : fail(p, 'must be a time as HH:mm');
