/** One labelled snippet of the detection corpus (tests/detect/corpus/*.jsonl, one per line). */
export interface ExpectedNumber {
  e164: string;
  ext?: string;
  /** The text as it stands on the page, extension included. */
  raw?: string;
}

export interface CorpusItem {
  id: string;
  /** The default region the page is read with. */
  region: string;
  text: string;
  /** Every number a person would dial; empty for a snippet that has none. */
  expected: ExpectedNumber[];
  note?: string;
}
