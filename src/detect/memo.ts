/** A Map that forgets everything once it holds `limit` entries: enough to reuse results across
 *  the repeated strings of a page (the same number in many rows) without growing with the page. */
export class BoundedMemo<V> {
  readonly #entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    if (this.#entries.has(key)) return this.#entries.get(key) as V;
    if (this.#entries.size >= this.limit) this.#entries.clear();
    const value = compute();
    this.#entries.set(key, value);
    return value;
  }
}
