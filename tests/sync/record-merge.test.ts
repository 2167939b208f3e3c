/**
 * The merge of a customer changed here and on the server since the last sync: personal notes lose
 * no word, do-not-contact marks and preferences are merged mark by mark and key by key, and a mark
 * on one number survives a colleague's change to another field of that number.
 */
import { describe, expect, it } from 'vitest';
import type { CustomerDraft } from '../../src/shared/model.ts';
import { mergeFields } from '../../src/sync/record-merge.ts';
import { customerKind } from '../../src/sync/synced-records.ts';

const merge = (base: Partial<CustomerDraft> | undefined, theirs: Partial<CustomerDraft>, ours: Partial<CustomerDraft>) =>
  mergeFields(base, theirs, ours, customerKind.textFields);

const DAY = 86_400_000;
const prefs = { channels: ['phone' as const], bestDays: [1, 2] as Array<1 | 2>, bestWindows: [], worstWindows: [], retryAfterHours: 4 };
const base: CustomerDraft = {
  name: 'Ngozi Okafor',
  personalNotes: 'Back from holiday 3 Dec.',
  phones: [
    { e164: '+12127368410', label: 'direct' },
    { e164: '+12127368411', label: 'mobile' },
  ],
  preferences: prefs,
};

describe('merging a customer both sides changed', () => {
  it('keeps every word of personal notes both sides changed', () => {
    const merged = merge(
      base,
      { ...base, personalNotes: 'Back from holiday 3 Dec. Her son starts university in Leeds.' },
      { ...base, personalNotes: 'Back from holiday 3 Dec. Allergic to cats, no video calls before 10.' },
    );
    expect(merged.personalNotes).toContain('Her son starts university in Leeds.');
    expect(merged.personalNotes).toContain('Allergic to cats, no video calls before 10.');
    expect(merged.personalNotes).toMatch(/^Back from holiday 3 Dec\./);
  });

  it('keeps personal notes typed on both sides into copies never linked before', () => {
    const merged = merge(undefined, { name: 'Ngozi Okafor', personalNotes: 'Likes sailing.' }, { name: 'Ngozi Okafor', personalNotes: 'Two children.' });
    expect(merged.personalNotes).toContain('Likes sailing.');
    expect(merged.personalNotes).toContain('Two children.');
  });

  it('merges do-not-contact mark by mark: a colleague’s do-not-e-mail and our do-not-call both stay', () => {
    const email = { reason: 'No newsletters', since: 1_000 * DAY };
    const phone = { reason: 'Asked on the phone', since: 1_001 * DAY };
    const merged = merge(base, { ...base, doNotContact: { email } }, { ...base, doNotContact: { phone } });
    expect(merged.doNotContact).toEqual({ email, phone });
  });

  it('a mark lifted there and left alone here is lifted; one changed here is kept', () => {
    const sms = { reason: 'Texts to the office line only', since: 1_000 * DAY };
    const withMark = { ...base, doNotContact: { sms } };
    expect(merge(withMark, { ...withMark, doNotContact: {} }, withMark).doNotContact).toEqual({});
    const reworded = { sms: { ...sms, reason: 'No texts at all' } };
    expect(merge(withMark, { ...withMark, doNotContact: {} }, { ...withMark, doNotContact: reworded }).doNotContact).toEqual(reworded);
  });

  it('a do-not-call mark set here on one number survives a colleague relabelling it and adding another', () => {
    const mark = { phone: { reason: 'Private mobile', since: 1_000 * DAY } };
    const [direct, mobile] = base.phones ?? [];
    const added = { e164: '+12127368412', label: 'switchboard' as const };
    const merged = merge(
      base,
      { ...base, phones: [direct!, { ...mobile!, label: 'other' }, added] },
      { ...base, phones: [direct!, { ...mobile!, doNotContact: mark }] },
    );
    expect(merged.phones).toEqual([direct, { e164: '+12127368411', label: 'other', doNotContact: mark }, added]);
  });

  it('a number removed there is removed, unless it was marked here meanwhile', () => {
    const [direct, mobile] = base.phones ?? [];
    expect(merge(base, { ...base, phones: [direct!] }, base).phones).toEqual([direct]);
    const marked = { ...mobile!, doNotContact: { sms: { reason: 'No texts', since: 5 } } };
    expect(merge(base, { ...base, phones: [direct!] }, { ...base, phones: [direct!, marked] }).phones).toEqual([direct, marked]);
  });

  it('merges preferences key by key: a heads-up wish here and best days there', () => {
    const merged = merge(base, { ...base, preferences: { ...prefs, bestDays: [3, 4] as never } }, { ...base, preferences: { ...prefs, headsUp: true } });
    expect(merged.preferences).toEqual({ ...prefs, bestDays: [3, 4], headsUp: true });
  });
});
