// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { sendableText } from '../../src/content/remote-detect.ts';
import { singleUnitOf, unitOf } from '../../src/content/scan-unit.ts';
import { MAX_TEXT_LENGTH } from '../../src/shared/protocol/detect-limits.ts';

const keepAll = () => true;
const texts = (...data: string[]) => data.map((d) => document.body.appendChild(document.createTextNode(d)));

test('what goes to the background: a node as written, a unit after the text before it; the rest is detected here', () => {
  const [alone, first, second] = texts('(212) 736-8410', '+1 ', '415 555 0132');
  expect(sendableText(alone!)).toBe('(212) 736-8410');
  expect(sendableText({ ...singleUnitOf(alone!, keepAll, null), before: 'Tel. ' })).toBe('Tel. (212) 736-8410');
  // A group read with its members, and text in a call link, are detected here.
  expect(sendableText(unitOf([first!, second!], keepAll))).toBeNull();
  const link = document.createElement('a');
  expect(sendableText(singleUnitOf(alone!, keepAll, link))).toBeNull();
  const [long] = texts('1'.repeat(MAX_TEXT_LENGTH + 1));
  expect(sendableText(long!)).toBeNull();
});
