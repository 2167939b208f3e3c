/** A file a Callprep page saves for the user: an export or a backup, as a Blob (never one big string). */
export interface SavedFile {
  filename: string;
  blob: Blob;
}
