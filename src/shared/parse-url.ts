/** `new URL(text)`, or null when the text is not an absolute URL (the one error URL parsing has). */
export function parseUrl(text: string | undefined): URL | null {
  if (!text) return null;
  try {
    return new URL(text);
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}
