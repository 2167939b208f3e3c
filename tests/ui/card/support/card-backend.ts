/**
 * A small in-memory background for card tests: customers, calls and follow-ups kept in arrays, so a
 * test can click through create → call → wrap-up and check both the screen and what was sent.
 * Built on the popup tests' table-driven fake client, which records every request.
 */
import type { Call, Commitment, Concern, Customer } from '../../../../src/shared/model.ts';
import { DEFAULT_PREFERENCES } from '../../../../src/shared/model.ts';
import type { CustomerFile } from '../../../../src/shared/views.ts';
import { fakeClient, type FakeClient, type FakeHandlers } from '../../popup/support/fake-client.ts';

export interface CardState {
  customers: Customer[];
  concerns: Concern[];
  commitments: Commitment[];
  calls: Call[];
  dialTemplate: string;
}

let nextId = 1;
const newId = (prefix: string) => `${prefix}${nextId++}`;

export function customerRecord(partial: Partial<Customer> & { id: string; name: string }): Customer {
  const phones = partial.phones ?? [];
  return {
    emails: [],
    tags: [],
    products: [],
    preferences: { ...DEFAULT_PREFERENCES },
    createdAt: 0,
    updatedAt: 0,
    ...partial,
    phones,
    phoneKeys: phones.map((p) => p.e164),
  };
}

function fileOf(state: CardState, customer: Customer): CustomerFile {
  return {
    customer,
    concerns: state.concerns.filter((c) => c.customerId === customer.id),
    commitments: state.commitments.filter((c) => c.customerId === customer.id),
    recentCalls: state.calls.filter((c) => c.customerId === customer.id).sort((a, b) => b.startedAt - a.startedAt),
    pendingFollowUps: [],
  };
}

const find = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`No record ${id}`);
  return found;
};

export function cardBackend(initial: Partial<CardState> = {}, overrides: FakeHandlers = {}): FakeClient & { state: CardState } {
  const state: CardState = { customers: [], concerns: [], commitments: [], calls: [], dialTemplate: 'tel:{e164}', ...initial };
  const handlers: FakeHandlers = {
    'settings/get': () => ({ version: 1, defaultCountry: 'US', dialTemplate: state.dialTemplate, disabledSites: [] }),
    'customer/lookup': ({ e164 }) => ({
      e164,
      matches: state.customers.filter((c) => c.phoneKeys.includes(e164)).map((c) => fileOf(state, c)),
      openCall: state.calls.find((c) => c.e164 === e164 && c.status === 'open') ?? null,
    }),
    'customer/create': ({ draft }) => {
      const customer = customerRecord({ ...draft, id: newId('c'), emails: draft.emails ?? [] });
      state.customers.push(customer);
      return customer;
    },
    'customer/update': ({ id, patch }) => {
      // Conflicts are the background's (tests/db/customer-edit.test.ts); here nobody else edits.
      const updated = customerRecord({ ...find(state.customers, id), ...patch });
      state.customers = state.customers.map((c) => (c.id === id ? updated : c));
      return updated;
    },
    'concern/add': ({ customerId, text }) => {
      const concern: Concern = { id: newId('k'), customerId, text, status: 'open', createdAt: Date.now() };
      state.concerns.push(concern);
      return concern;
    },
    'concern/set-resolved': ({ id, resolved }) => Object.assign(find(state.concerns, id), { status: resolved ? 'resolved' : 'open' }),
    'commitment/add': (data) => {
      const commitment: Commitment = { id: newId('p'), createdAt: Date.now(), ...data };
      state.commitments.push(commitment);
      return commitment;
    },
    'commitment/set-done': ({ id, done }) => Object.assign(find(state.commitments, id), { doneAt: done ? Date.now() : undefined }),
    'call/start': ({ e164, ext, customerId }) => {
      const open = state.calls.find((c) => c.e164 === e164 && c.status === 'open');
      const call = open ?? { id: newId('call'), e164, ext, customerId, startedAt: Date.now(), status: 'open' as const, notes: '' };
      if (!open) state.calls.push(call);
      return { call, dialUrl: state.dialTemplate.replace('{e164}', e164) };
    },
    // The real background merges with notes saved elsewhere (tests/background/handlers/call.test.ts); this one has no elsewhere.
    'call/save-notes': ({ callId, notes }) => {
      const call = find(state.calls, callId);
      return Object.assign(call, { notes, revision: (call.revision ?? 0) + 1 });
    },
    'call/get': ({ id }) => state.calls.find((c) => c.id === id) ?? null,
    'call/finish': ({ callId, notes, outcome, followUp }) =>
      Object.assign(find(state.calls, callId), { notes, outcome, status: 'closed' as const, endedAt: Date.now(), noFollowUp: followUp === null || undefined }),
    ...overrides,
  };
  return { ...fakeClient(handlers), state };
}
