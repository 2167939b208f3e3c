import { addCommitment, setCommitmentDone } from '../../db/commitments.ts';
import { addConcern, setConcernResolved } from '../../db/concerns.ts';
import { getCustomerFile, lookupNumber } from '../../db/customer-file.ts';
import { createCustomer, updateCustomer } from '../../db/customers.ts';
import { deleteCustomer } from '../../db/customer-delete.ts';
import { searchCustomers } from '../../db/search.ts';
import { numberRegion } from '../../db/settings-store.ts';
import type { customerMessages } from '../../shared/protocol/customer.ts';
import { revisionOf } from '../../shared/revision.ts';
import type { BackgroundDeps } from '../deps.ts';
import { announceRecordChange } from '../record-changes.ts';
import { clearReminders, rearmAfterCommit } from '../reminders.ts';
import type { HandlersOf } from './handlers-of.ts';

/** Runs a write that changes what a customer's file shows, then tells open cards of that customer. */
async function changingFile<T extends { customerId: string }>(write: Promise<T>): Promise<T> {
  const written = await write;
  announceRecordChange({ kind: 'customer', id: written.customerId });
  return written;
}

export const customerHandlers = (deps: BackgroundDeps): HandlersOf<typeof customerMessages> => {
  const { db, now } = deps;
  return {
    'customer/lookup': ({ e164 }) => lookupNumber(db, e164),
    'customer/get': ({ id }) => getCustomerFile(db, id),
    'customer/create': ({ draft }) => createCustomer(db, draft, now()),
    'customer/update': async ({ id, patch, base }) => {
      const customer = await updateCustomer(db, id, patch, base, now());
      announceRecordChange({ kind: 'customer', id, revision: revisionOf(customer) });
      return customer;
    },
    'customer/delete': async ({ id }) => {
      const deletion = await deleteCustomer(db, id);
      announceRecordChange({ kind: 'customer', id });
      // Their follow-ups are gone: the next alarm (and the badge) follow, and reminders on screen go.
      await rearmAfterCommit(deps);
      await clearReminders(deletion.followUpIds);
      return deletion;
    },
    'customer/search': async ({ query }) => searchCustomers(db, query, await numberRegion(db)),
    'concern/add': ({ customerId, text }) => changingFile(addConcern(db, customerId, text, now())),
    'concern/set-resolved': ({ id, resolved }) => changingFile(setConcernResolved(db, id, resolved, now())),
    'commitment/add': (input) => changingFile(addCommitment(db, input, now())),
    'commitment/set-done': ({ id, done }) => changingFile(setCommitmentDone(db, id, done, now())),
  };
};
