/**
 * What can keep a sync from working, each with the sentence the popup and options page show. A
 * problem never throws local changes away: they wait in the outbox until the next sync that works.
 */
import { t } from '../shared/i18n/messages.ts';
export const SYNC_PROBLEMS = [
  /** The server address cannot be a URL. */
  'bad-url',
  /** The user did not grant access to the server's origin (or withdrew it). */
  'no-permission',
  /** The server refused the user name or password (HTTP 401/403). */
  'auth',
  /** No answer: offline, wrong address, server down, certificate refused. */
  'unreachable',
  /** It answered, but not as a CardDAV/CalDAV server, or the chosen collection is gone. */
  'not-dav',
  /** The server (507) or this browser (QuotaExceededError) is out of space. */
  'quota',
  /** Anything else the server answered with (5xx, a malformed response). */
  'server',
] as const;

export type SyncProblemCode = (typeof SYNC_PROBLEMS)[number];

export class SyncProblemError extends Error {
  constructor(
    readonly code: SyncProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncProblemError';
  }
}

/** An HTTP answer a sync step could not go on with. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`${url} answered ${status}`);
    this.name = 'HttpStatusError';
  }
}

const statusIn = (message: string): number | undefined => {
  const match = /\b(401|403|404|405|412|500|501|502|503|504|507)\b/.exec(message);
  return match ? Number(match[1]) : undefined;
};

function fromStatus(status: number, where: string): SyncProblemError {
  if (status === 401 || status === 403) return new SyncProblemError('auth', t('sync_auth', status));
  if (status === 507) return new SyncProblemError('quota', t('sync_quota'));
  if (status === 404 || status === 405 || status === 501) return new SyncProblemError('not-dav', t('sync_notDavAt', where, status));
  return new SyncProblemError('server', t('sync_serverError', status));
}

/**
 * Names any error a sync step threw as one of the problems above. tsdav reports failures as Errors
 * whose message holds the HTTP status ("… returned 401 Unauthorized"); fetch rejects with a
 * TypeError when there is no answer at all.
 */
export function toSyncProblem(error: unknown, where = t('sync_theAddress')): SyncProblemError {
  if (error instanceof SyncProblemError) return error;
  if (error instanceof HttpStatusError) return fromStatus(error.status, where);
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return new SyncProblemError('quota', t('sync_browserFull'));
  }
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return new SyncProblemError('quota', t('sync_browserFull'));
  }
  if (error instanceof TypeError && /fetch|network|Load failed|NetworkError/i.test(error.message)) {
    return new SyncProblemError('unreachable', t('sync_unreachable'));
  }
  const message = error instanceof Error ? error.message : String(error);
  const status = statusIn(message);
  if (status !== undefined) return fromStatus(status, where);
  if (/cannot find homeUrl|cannot find principalUrl|no (address ?book|calendar) home/i.test(message)) {
    return new SyncProblemError('not-dav', t('sync_noCollections'));
  }
  return new SyncProblemError('server', t('sync_unusableAnswer', message.slice(0, 200)));
}
