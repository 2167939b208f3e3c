import { addCommitment, setCommitmentDone } from '../../db/commitments.ts';
import { addConcern, setConcernResolved } from '../../db/concerns.ts';
import { getCustomerFile, lookupNumber } from '../../db/customer-file.ts';
import { createCustomer, updateCustomer } from '../../db/customers.ts';
import { searchCustomers } from '../../db/search.ts';
import { numberRegion } from '../../db/settings-store.ts';
import type { customerMessages } from '../../shared/protocol/customer.ts';
import { revisionOf } from '../../shared/revision.ts';
import type { BackgroundDeps } from '../deps.ts';
import { announceRecordChange } from '../record-changes.ts';
import type { HandlersOf } from './handlers-of.ts';

/** Runs a write that changes what a customer's file shows, then tells open cards of that customer. */
async function changingFile<T extends { customerId: string }>(write: Promise<T>): Promise<T> {
  const written = await write;
  announceRecordChange({ kind: 'customer', id: written.customerId });
  return written;
}

export const customerHandlers = ({ db, now }: BackgroundDeps): HandlersOf<typeof customerMessages> => ({
  'customer/lookup': ({ e164 }) => lookupNumber(db, e164),
  'customer/get': ({ id }) => getCustomerFile(db, id),
  'customer/create': ({ draft }) => createCustomer(db, draft, now()),
  'customer/update': async ({ id, patch, base }) => {
    const customer = await updateCustomer(db, id, patch, base, now());
    announceRecordChange({ kind: 'customer', id, revision: revisionOf(customer) });
    return customer;
  },
  'customer/search': async ({ query }) => searchCustomers(db, query, await numberRegion(db)),
  'concern/add': ({ customerId, text }) => changingFile(addConcern(db, customerId, text, now())),
  'concern/set-resolved': ({ id, resolved }) => changingFile(setConcernResolved(db, id, resolved, now())),
  'commitment/add': (input) => changingFile(addCommitment(db, input, now())),
  'commitment/set-done': ({ id, done }) => changingFile(setCommitmentDone(db, id, done, now())),
});
