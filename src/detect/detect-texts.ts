/**
 * Detection over many texts at once, answered sparsely: most texts a page hands over (dates,
 * amounts, invoice numbers that passed the cheap pre-check) hold no phone number, so only the
 * texts that do are listed, by their index.
 */
import { detectPhoneNumbers, type PhoneMatch } from './detect.ts';

/** The numbers in `texts[index]`; indexes with none are left out. */
export function detectInTexts(texts: readonly string[], region: string | undefined): Array<[index: number, matches: PhoneMatch[]]> {
  const found: Array<[number, PhoneMatch[]]> = [];
  for (let i = 0; i < texts.length; i++) {
    const matches = detectPhoneNumbers(texts[i]!, { region });
    if (matches.length) found.push([i, matches]);
  }
  return found;
}
