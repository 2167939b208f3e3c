import { bool, e164, id, num, object, optional, str } from '../guard.ts';
import { customerDraft, customerPatch, type CustomerDraft, type CustomerPatch } from '../model-guards.ts';
import type { Commitment, Concern, Customer } from '../model.ts';
import type { CustomerFile, NumberLookup } from '../views.ts';
import { message } from './define.ts';

/** What the card showed before the edit: the customer's revision and the old values of the fields in the patch. */
export interface CustomerBase {
  revision: number;
  values: CustomerPatch;
}

export const customerMessages = {
  'customer/lookup': message<{ e164: string }, NumberLookup>('ui', object({ e164 })),
  'customer/get': message<{ id: string }, CustomerFile | null>('ui', object({ id })),
  'customer/create': message<{ draft: CustomerDraft }, Customer>('ui', object({ draft: customerDraft })),
  /**
   * Refused, saying what the field holds now, when a field in the patch was changed elsewhere since
   * `base` (another tab, an import); the customer's notes are merged instead.
   */
  'customer/update': message<{ id: string; patch: CustomerPatch; base: CustomerBase }, Customer>(
    'ui',
    object({ id, patch: customerPatch, base: object({ revision: num, values: customerPatch }) }),
  ),
  'customer/search': message<{ query: string }, Customer[]>('ui', object({ query: str(200) })),
  'concern/add': message<{ customerId: string; text: string }, Concern>(
    'ui',
    object({ customerId: id, text: str(2000) }),
  ),
  'concern/set-resolved': message<{ id: string; resolved: boolean }, Concern>('ui', object({ id, resolved: bool })),
  'commitment/add': message<{ customerId: string; what: string; who: string; dueAt?: number; callId?: string }, Commitment>(
    'ui',
    object({ customerId: id, what: str(2000), who: str(120), dueAt: optional(num), callId: optional(id) }),
  ),
  'commitment/set-done': message<{ id: string; done: boolean }, Commitment>('ui', object({ id, done: bool })),
};
