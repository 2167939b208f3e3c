import { expect, test } from 'vitest';
import { detectInTexts } from '../../src/detect/detect-texts.ts';
import { detectPhoneNumbers } from '../../src/detect/detect.ts';

test('many texts at once: the texts with numbers, by index, as the detector finds them one by one', () => {
  const texts = ['2024-03-14', 'Call (212) 736-8410 today', 'INV-2024-000123', '', 'Tel. +49 30 1234567'];
  const found = detectInTexts(texts, 'US');
  expect(found.map(([index]) => index)).toEqual([1, 4]);
  for (const [index, matches] of found) expect(matches).toEqual(detectPhoneNumbers(texts[index]!, { region: 'US' }));
  expect(found[0]![1].map((m) => m.e164)).toEqual(['+12127368410']);
  expect(found[1]![1].map((m) => m.raw)).toEqual(['+49 30 1234567']);
});
