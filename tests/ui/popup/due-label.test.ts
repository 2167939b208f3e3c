import { describe, expect, it } from 'vitest';
import { absoluteDue, relativeDue } from '../../../src/ui/popup/due-label.ts';

describe('due labels', () => {
  const now = Date.UTC(2026, 10, 23, 20, 0);
  it.each([
    [now + 20_000, 'now'],
    [now - 20_000, 'just now'],
    [now + 5 * 60_000, 'in 5 minutes'],
    [now - 110 * 60_000, '1 hour ago'],
    [now + 3 * 3_600_000, 'in 3 hours'],
    [now + 26 * 3_600_000, 'tomorrow'],
    [now - 3 * 86_400_000, '3 days ago'],
  ])('%s reads "%s"', (dueAt, expected) => {
    expect(relativeDue(dueAt, now, 'en')).toBe(expected);
  });

  it('shows the absolute time in the given zone', () => {
    expect(absoluteDue(now, 'America/New_York', 'en-GB')).toBe('Mon 23 Nov, 15:00');
    expect(absoluteDue(now, 'Asia/Tokyo', 'en-GB')).toBe('Tue 24 Nov, 05:00');
    expect(absoluteDue(now, 'America/Los_Angeles', 'en-US')).toBe('Mon, Nov 23, 12:00 PM');
  });
});
