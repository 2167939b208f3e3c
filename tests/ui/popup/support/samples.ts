/** Records for component tests, built the way the background answers. */
import type { Customer, FollowUp } from '../../../../src/shared/model.ts';
import { DEFAULT_PREFERENCES } from '../../../../src/shared/model.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/shared/settings.ts';
import type { FollowUpListItem } from '../../../../src/shared/views.ts';

export function customer(id: string, name: string, e164: string | null, company?: string): Customer {
  return {
    id,
    name,
    company,
    emails: [],
    phones: e164 ? [{ e164, label: 'direct' }] : [],
    phoneKeys: e164 ? [e164] : [],
    tags: [],
    products: [],
    preferences: DEFAULT_PREFERENCES,
    createdAt: 0,
    updatedAt: 0,
  };
}

export function followUp(id: string, customerName: string | null, dueAt: number, extra: Partial<FollowUp> = {}): FollowUpListItem {
  return {
    customerName,
    contact: customerName ? { preferences: DEFAULT_PREFERENCES, timeZone: 'America/New_York' } : null,
    followUp: { id, e164: '+12127368410', dueAt, channel: 'phone', note: '', status: 'pending', createdAt: 0, ...extra },
  };
}

export const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
