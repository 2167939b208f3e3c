// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { PendingUnits, unitOfEntry } from '../../src/content/pending-units.ts';
import { unitOf } from '../../src/content/scan-unit.ts';

const texts = (...data: string[]) => data.map((d) => document.body.appendChild(document.createTextNode(d)));
const keepAll = () => true;

test('what waits is detected in reading order, without what the view pass took out of turn', () => {
  const pending = new PendingUnits();
  const [a, b, c, d] = texts('(212) 736-8410', '+1 ', '415 555 0132', '030 1234567');
  const group = unitOf([b!, c!], keepAll);
  pending.add(a);
  pending.add(group);
  pending.add(d);
  expect(pending.size).toBe(4); // nodes waiting
  expect(pending.take(c!)).toBe(group); // the view pass met the group's second node
  expect(pending.take(c!)).toBeUndefined();
  expect(pending.takeAll()).toEqual([a, d]);
  expect(pending.size).toBe(0);
});

test('a group met through each of its nodes is read once a round', () => {
  const pending = new PendingUnits();
  const [first] = texts('+1 ');
  expect(pending.firstReadOfGroup(first!)).toBe(true);
  expect(pending.firstReadOfGroup(first!)).toBe(false);
  pending.endRound();
  expect(pending.firstReadOfGroup(first!)).toBe(true);
});

test('a node kept alone becomes a unit of its own text when detected', () => {
  const [alone] = texts('Tel. 030 1234567');
  const unit = unitOfEntry(alone!, keepAll);
  expect(unit.nodes).toEqual([alone]);
  expect(unit.rendered.text).toBe('Tel. 030 1234567');
  expect(unit.link).toBeNull();
  expect(unit.before).toBe('');
});
