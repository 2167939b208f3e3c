/**
 * The record schemas (records/schemas.ts) as message guards, for the protocol's requests. The
 * restore and import paths use the schemas directly.
 */
import type * as v from 'valibot';
import { CustomerDraftSchema, CustomerPatchSchema } from './records/schemas.ts';
import { guardOf } from './records/valibot-guard.ts';

export const customerDraft = guardOf(CustomerDraftSchema);
export type CustomerDraft = v.InferOutput<typeof CustomerDraftSchema>;

export const customerPatch = guardOf(CustomerPatchSchema);
export type CustomerPatch = v.InferOutput<typeof CustomerPatchSchema>;
