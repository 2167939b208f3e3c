/** An imported contact merged into a customer already stored under one of its numbers. */
import type { CustomerDraft } from '../../shared/model.ts';
import type { Customer } from '../../shared/model.ts';

const union = <T>(a: T[] | undefined, b: T[] | undefined, key: (x: T) => string = String) => {
  const out = new Map<string, T>();
  for (const x of [...(a ?? []), ...(b ?? [])]) if (!out.has(key(x))) out.set(key(x), x);
  return [...out.values()];
};

/** Keeps what the user has, adds what the file knows more: new numbers, addresses, tags, empty fields (the caller fits the result into the limits). */
export function mergeDraft(existing: Customer | CustomerDraft, incoming: CustomerDraft): CustomerDraft {
  return {
    ...existing,
    company: existing.company || incoming.company,
    title: existing.title || incoming.title,
    timeZone: existing.timeZone || incoming.timeZone,
    notes: existing.notes || incoming.notes,
    emails: union(existing.emails, incoming.emails, (e) => e.toLowerCase()),
    phones: union(existing.phones, incoming.phones, (p) => `${p.e164};${p.ext ?? ''}`),
    tags: union(existing.tags, incoming.tags),
    // An opt-out in the file is added; one the user already has keeps its own reason and date.
    ...(existing.doNotContact || incoming.doNotContact ? { doNotContact: { ...incoming.doNotContact, ...existing.doNotContact } } : {}),
  };
}
