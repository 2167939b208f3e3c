import { describe, expect, it } from 'vitest';
import type { Weekday } from '../../../src/shared/model.ts';
import { parseChannels, parseEmails, parseHours } from '../../../src/ui/card/customer-save.ts';
import { checkWrapUp, type WrapUpDraft } from '../../../src/ui/card/wrap-up-form.ts';
import { dayList } from '../../../src/ui/card/contact-time-strip.tsx';

describe('reading list fields typed in place', () => {
  it.each([
    ['email, phone', ['email', 'phone']],
    ['E-mail; text, phone, email', ['email', 'sms', 'phone']],
    ['Text message, In person', ['sms', 'in-person']],
  ])('channels %j', (text, channels) => expect(parseChannels(text)).toEqual(channels));

  it('refuses an unknown channel and a bad e-mail or hour count', () => {
    expect(() => parseChannels('pigeon')).toThrow('“pigeon” is not a channel (use phone, e-mail');
    expect(() => parseEmails('a@b.co, nope')).toThrow('“nope” is not an e-mail address');
    expect(() => parseHours('-1')).toThrow('between 0 and 720');
    expect(parseHours(' 6 ')).toBe(6);
  });
});

describe('wrap-up rules', () => {
  const NOW = Date.UTC(2026, 10, 23, 12);
  const draft: WrapUpDraft = { notes: 'Talked', outcome: 'connected', noFollowUp: false, date: '2026-11-24', time: '09:30', channel: 'email', note: '' };
  it.each([
    [{ notes: '  ' }, ['notes']],
    [{ outcome: '' as const }, ['outcome']],
    [{ date: '' }, ['followUp']],
    [{ date: '2020-01-01' }, ['followUp']],
    [{ notes: '', outcome: '' as const, time: '' }, ['notes', 'outcome', 'followUp']],
    [{ date: '', noFollowUp: true }, []],
  ])('%j → errors in %j', (patch, fields) => {
    const result = checkWrapUp('c1', { ...draft, ...patch }, NOW);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual(fields);
  });
});

describe('small formatters', () => {
  it.each([
    [[1, 2, 3, 4, 5], 'Mon–Fri'],
    [[1, 3, 5], 'Mon, Wed, Fri'],
    [[6, 7], 'Sat, Sun'],
  ])('days %j → %s', (days, text) => expect(dayList(days as Weekday[], 'en')).toBe(text));
});

