/** Results per (scope, key), forgotten all at once past `limit` entries: enough to reuse results
 *  across the repeated strings of a page (the same number in many rows) without growing with it.
 *  Two levels, so callers need not build a combined key string for every lookup. */
export class BoundedMemo<V> {
  readonly #scopes = new Map<string, Map<string, V>>();
  #size = 0;

  constructor(private readonly limit: number) {}

  get(scope: string, key: string, compute: () => V): V {
    let entries = this.#scopes.get(scope);
    if (entries === undefined) {
      entries = new Map();
      this.#scopes.set(scope, entries);
    }
    const known = entries.get(key);
    if (known !== undefined || entries.has(key)) return known as V;
    if (this.#size >= this.limit) this.clear();
    const value = compute();
    (this.#scopes.get(scope) ?? this.#scopes.set(scope, new Map()).get(scope)!).set(key, value);
    this.#size++;
    return value;
  }

  clear(): void {
    this.#scopes.clear();
    this.#size = 0;
  }
}
