/**
 * Catches the files a Callprep page saves (Blob URL + `<a download>` click) and keeps their name and
 * text on `window`, so a test can read them the same way in Chromium and Firefox (Playwright's
 * download event is Chromium-only, and BiDi offers none). The click is swallowed: nothing is saved.
 */
import { DEFAULT_WAIT_MS, waitUntil, type TestFrame } from '../support/driver.ts';

export interface RecordedDownload {
  filename: string;
  mime: string;
  text: string;
}

export async function recordDownloads(frame: TestFrame): Promise<void> {
  await frame.evaluate(() => {
    const w = window as unknown as { __callprepDownloads?: unknown[] };
    if (w.__callprepDownloads) return;
    const downloads: unknown[] = [];
    w.__callprepDownloads = downloads;
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      if (obj instanceof Blob) blobs.set(url, obj);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (!this.download || !blob) return click.call(this);
      const filename = this.download;
      void blob.text().then((text) => downloads.push({ filename, mime: blob.type, text }));
    };
  });
}

/** Waits until `count` files were saved since recording started, and returns them all. */
export async function recordedDownloads(frame: TestFrame, count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedDownload[]> {
  const found = () => frame.evaluate(() => (window as unknown as { __callprepDownloads?: RecordedDownload[] }).__callprepDownloads ?? []);
  return waitUntil(found, (files) => files.length >= count, `${count} downloads`, timeoutMs);
}
