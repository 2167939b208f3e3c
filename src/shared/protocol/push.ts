/**
 * Messages the background pushes to the content scripts of open tabs (tabs.sendMessage), the one
 * direction the request/answer protocol in index.ts does not cover. They carry no data on purpose:
 * every open tab hears them, so each frame asks `page/config` for its own site and learns nothing
 * about the others. A tag of their own keeps them apart from request envelopes (`callprep: 1`).
 */
export const PUSH_TYPES = ['page/config-changed'] as const;

export type PushType = (typeof PUSH_TYPES)[number];

export interface PushMessage {
  callprepPush: 1;
  type: PushType;
}

export const pushMessage = (type: PushType): PushMessage => ({ callprepPush: 1, type });

/** Run-time check for what arrives at a content script: exactly a tagged push of a known type. */
export function isPushMessage(value: unknown): value is PushMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { callprepPush, type, ...rest } = value as Record<string, unknown>;
  return callprepPush === 1 && PUSH_TYPES.includes(type as PushType) && Object.keys(rest).length === 0;
}
