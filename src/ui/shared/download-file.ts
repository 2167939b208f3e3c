/**
 * Saves text the background produced (an export, a backup) as a file, the way a web page does: a Blob
 * URL on an `<a download>` that is clicked once. Needs no "downloads" permission.
 */
import type { ExportFile } from '../../shared/views.ts';

/** How long the Blob URL stays valid: the browser reads it asynchronously after the click. */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
