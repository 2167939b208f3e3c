import * as v from 'valibot';
import type { Commitment, Concern, Customer } from '../model.ts';
import { e164, finite, flag, recordId, text, time } from '../records/fields.ts';
import { LIMITS } from '../records/limits.ts';
import { CustomerDraftSchema, CustomerPatchSchema } from '../records/schemas.ts';
import type { CustomerDeletion, CustomerFile, NumberLookup } from '../views.ts';
import { answer, message } from './define.ts';

/** What the card showed before the edit: the customer's revision and the old values of the fields in the patch. */
const CustomerBaseSchema = v.object({ revision: finite, values: CustomerPatchSchema });
export type CustomerBase = v.InferOutput<typeof CustomerBaseSchema>;

const id = recordId;

export const customerMessages = {
  'customer/lookup': message('ui', v.object({ e164 }), answer<NumberLookup>()),
  'customer/get': message('ui', v.object({ id }), answer<CustomerFile | null>()),
  'customer/create': message('ui', v.object({ draft: CustomerDraftSchema }), answer<Customer>()),
  /**
   * Refused, saying what the field holds now, when a field in the patch was changed elsewhere since
   * `base` (another tab, an import); the customer's notes are merged instead.
   */
  'customer/update': message('ui', v.object({ id, patch: CustomerPatchSchema, base: CustomerBaseSchema }), answer<Customer>()),
  /**
   * Deletes the customer with their concerns, commitments, calls and follow-ups, and queues each
   * synced record's deletion for the team server. A customer already gone is no change.
   */
  'customer/delete': message('ui', v.object({ id }), answer<CustomerDeletion>()),
  'customer/search': message('ui', v.object({ query: text(200) }), answer<Customer[]>()),
  'concern/add': message('ui', v.object({ customerId: id, text: text(LIMITS.concernText) }), answer<Concern>()),
  'concern/set-resolved': message('ui', v.object({ id, resolved: flag }), answer<Concern>()),
  'commitment/add': message(
    'ui',
    v.object({
      customerId: id,
      what: text(LIMITS.commitmentWhat),
      who: text(LIMITS.commitmentWho),
      dueAt: v.optional(time),
      callId: v.optional(id),
    }),
    answer<Commitment>(),
  ),
  'commitment/set-done': message('ui', v.object({ id, done: flag }), answer<Commitment>()),
};
