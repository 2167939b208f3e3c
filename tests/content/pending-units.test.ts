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

test('entries sent elsewhere stay pending until claimed; the view pass may take them first', () => {
  const pending = new PendingUnits();
  const [a, b, c] = texts('(212) 736-8410', '415 555 0132', '030 1234567');
  pending.add(a);
  pending.add(b);
  expect(pending.unsent).toBe(2);
  expect(pending.takeUnsent()).toEqual([a, b]);
  expect(pending.unsent).toBe(0);
  pending.add(c);
  expect(pending.takeUnsent()).toEqual([c]); // only what came since
  expect(pending.size).toBe(3); // all still pending
  expect(pending.take(b!)).toBe(b); // the view pass took it out of turn
  expect(pending.claim(a!)).toBe(true);
  expect(pending.claim(a!)).toBe(false); // once
  expect(pending.claim(b!)).toBe(false); // its answer finds it taken
  expect(pending.takeAll()).toEqual([c]);
});
