/** Turns anything thrown into one sentence a user can read. */
export function describeError(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const text = raw.trim();
  if (!text) return 'Something went wrong.';
  // Only a context that lost its extension for good; a worker that restarted is retried by the client.
  if (/Extension context invalidated/i.test(text)) {
    return 'Callprep was updated or reloaded. Close this and open it again.';
  }
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** "Could not save the customer: Name is required." */
export const failedTo = (what: string, error: unknown): string => `Could not ${what}: ${describeError(error)}`;
