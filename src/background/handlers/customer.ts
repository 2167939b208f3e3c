import { addCommitment, setCommitmentDone } from '../../db/commitments.ts';
import { addConcern, setConcernResolved } from '../../db/concerns.ts';
import { getCustomerFile, lookupNumber } from '../../db/customer-file.ts';
import { createCustomer, updateCustomer } from '../../db/customers.ts';
import { searchCustomers } from '../../db/search.ts';
import { numberRegion } from '../../db/settings-store.ts';
import type { customerMessages } from '../../shared/protocol/customer.ts';
import type { BackgroundDeps } from '../deps.ts';
import type { HandlersOf } from './handlers-of.ts';

export const customerHandlers = ({ db, now }: BackgroundDeps): HandlersOf<typeof customerMessages> => ({
  'customer/lookup': ({ e164 }) => lookupNumber(db, e164),
  'customer/get': ({ id }) => getCustomerFile(db, id),
  'customer/create': ({ draft }) => createCustomer(db, draft, now()),
  'customer/update': ({ id, patch }) => updateCustomer(db, id, patch, now()),
  'customer/search': async ({ query }) => searchCustomers(db, query, await numberRegion(db)),
  'concern/add': ({ customerId, text }) => addConcern(db, customerId, text, now()),
  'concern/set-resolved': ({ id, resolved }) => setConcernResolved(db, id, resolved, now()),
  'commitment/add': (input) => addCommitment(db, input, now()),
  'commitment/set-done': ({ id, done }) => setCommitmentDone(db, id, done, now()),
});
