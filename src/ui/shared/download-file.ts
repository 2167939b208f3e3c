/**
 * Saves a file a page made (an export, a backup) the way a web page does: a Blob URL on an
 * `<a download>` that is clicked once. Needs no "downloads" permission, and the Blob may be larger
 * than any string.
 */
import type { SavedFile } from '../../db/files/saved-file.ts';

/** How long the Blob URL stays valid: the browser reads it asynchronously after the click. */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(file: SavedFile, doc: Document = document): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
