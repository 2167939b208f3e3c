/**
 * The one message protocol between Callprep's contexts: every request type paired with its answer.
 * Add a message in the domain file it belongs to; the background's handler map must then cover it
 * (the type checker says so).
 */
import type * as v from 'valibot';
import { backupMessages } from './backup.ts';
import { callMessages } from './call.ts';
import { cardMessages } from './card.ts';
import { customerMessages } from './customer.ts';
import { dataMessages } from './data.ts';
import type { MessageDef } from './define.ts';
import { detectMessages } from './detect.ts';
import { diagnosticsMessages } from './diagnostics.ts';
import { followUpMessages } from './follow-up.ts';
import { importMessages } from './import.ts';
import { pageMessages } from './page.ts';
import { panelMessages } from './panel.ts';
import { syncMessages } from './sync.ts';

export const PROTOCOL = {
  ...pageMessages,
  ...detectMessages,
  ...cardMessages,
  ...customerMessages,
  ...callMessages,
  ...followUpMessages,
  ...dataMessages,
  ...backupMessages,
  ...importMessages,
  ...diagnosticsMessages,
  ...syncMessages,
  ...panelMessages,
};

export type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
/** A request as its schema has it: what the sender writes and, checked at the receiver, what the handler gets. */
export type RequestOf<K extends MessageType> = Protocol[K] extends MessageDef<infer S, unknown> ? v.InferOutput<S> : never;
export type ResponseOf<K extends MessageType> = Protocol[K] extends MessageDef<v.GenericSchema, infer Res> ? Res : never;

/** What travels: a tagged envelope so stray messages from elsewhere are ignored. */
export interface Envelope<K extends MessageType = MessageType> {
  callprep: 1;
  type: K;
  data: RequestOf<K>;
  /** From the card page: the token of its session (protocol/card.ts), checked for every request. */
  session?: string;
}

/** Errors cross contexts as data and are re-thrown on the caller's side. */
export type Reply<K extends MessageType> = { ok: true; data: ResponseOf<K> } | { ok: false; error: string };

export const isMessageType = (type: unknown): type is MessageType =>
  typeof type === 'string' && Object.prototype.hasOwnProperty.call(PROTOCOL, type);

export type { PageConfig } from './page.ts';
export type { DiagnosticsLog, LoggedProblem, ProblemCode, SiteProblems } from './diagnostics.ts';
export type { CallWrapUp, FollowUpDraft, SaveNotes } from './call.ts';
export type { CardSession, CardSessionGrant } from './card.ts';
export type { CustomerBase } from './customer.ts';
export type { RecordCounts } from './backup.ts';
export type { SyncCollectionView, SyncDiscoveryView, SyncStatusView } from './sync.ts';
export type { ImportField, ImportMapping, ImportPreview, ImportReport, ImportSource } from './import.ts';
