/**
 * Catches the files a Callprep page saves (Blob URL + `<a download>` click) and keeps them on
 * `window`, so a test can read them the same way in Chromium and Firefox (Playwright's download
 * event is Chromium-only, and BiDi offers none). The click is swallowed: nothing is saved. The Blob
 * itself is kept: a test reads its text, or only its size (a backup of 100 MB is not sent through
 * the driver), or gives it back to a file input as the user would pick the saved file.
 */
import { DEFAULT_WAIT_MS, waitUntil, type TestFrame } from '../support/driver.ts';

export interface RecordedDownload {
  filename: string;
  mime: string;
  text: string;
}

interface Kept {
  filename: string;
  blob: Blob;
}

export async function recordDownloads(frame: TestFrame): Promise<void> {
  await frame.evaluate(() => {
    const w = window as unknown as { __callprepDownloads?: Kept[] };
    if (w.__callprepDownloads) return;
    const downloads: Kept[] = [];
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
      downloads.push({ filename: this.download, blob });
    };
  });
}

async function waitForCount(frame: TestFrame, count: number, timeoutMs: number): Promise<void> {
  const found = () => frame.evaluate(() => (window as unknown as { __callprepDownloads?: unknown[] }).__callprepDownloads?.length ?? 0);
  await waitUntil(found, (n) => n >= count, `${count} downloads`, timeoutMs);
}

/** Waits until `count` files were saved since recording started, and returns them all. */
export async function recordedDownloads(frame: TestFrame, count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedDownload[]> {
  await waitForCount(frame, count, timeoutMs);
  return frame.evaluate(async () => {
    const kept = (window as unknown as { __callprepDownloads: Kept[] }).__callprepDownloads;
    return Promise.all(kept.map(async ({ filename, blob }) => ({ filename, mime: blob.type, text: await blob.text() })));
  });
}

/** Like recordedDownloads, with each file's size in bytes instead of its text. */
export async function recordedDownloadSizes(frame: TestFrame, count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<Array<{ filename: string; bytes: number }>> {
  await waitForCount(frame, count, timeoutMs);
  return frame.evaluate(() => (window as unknown as { __callprepDownloads: Kept[] }).__callprepDownloads.map(({ filename, blob }) => ({ filename, bytes: blob.size })));
}

/** Picks the saved file number `index` in a file input, as the user would pick it from the disk. */
export async function chooseRecordedDownload(frame: TestFrame, index: number, testId: string): Promise<void> {
  await frame.evaluate(
    (arg) => {
      const { i, id } = arg as { i: number; id: string };
      const kept = (window as unknown as { __callprepDownloads: Kept[] }).__callprepDownloads[i]!;
      const input = document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([kept.blob], kept.filename, { type: kept.blob.type }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { i: index, id: testId },
  );
}
