/**
 * What changed on the server since the last pull: with the sync token (RFC 6578) where the server
 * offers one, otherwise by comparing every object's ETag with the one last seen. The token is saved
 * only after every change it covers was applied, so a pull cut off halfway asks again next time
 * (applying an object twice changes nothing).
 */
import type { AccountStore } from './account-store.ts';
import { applyRemoteDeletions, applyRemoteObjects } from './apply-remote.ts';
import type { DavChanges, DavCollection } from './dav-collection.ts';
import { sameEtag, type SyncContext } from './sync-context.ts';
import { HttpStatusError } from './sync-problem.ts';

/** A refusal of sync-collection itself (no support, a token the server forgot), not of the user. */
const refusesSyncReport = (error: unknown): boolean => error instanceof HttpStatusError && [400, 403, 404, 405, 409, 412, 501].includes(error.status);

async function tokenChanges(collection: DavCollection, token: string | undefined): Promise<DavChanges | undefined> {
  try {
    return await collection.changes(token);
  } catch (error) {
    if (!refusesSyncReport(error)) throw error;
    if (token === undefined) return undefined;
  }
  return tokenChanges(collection, undefined);
}

/** Every object listed with its ETag, compared with what is linked here. */
async function etagChanges(ctx: SyncContext, collection: DavCollection): Promise<DavChanges> {
  const listed = await collection.list();
  const known = await ctx.db.syncObjects.where('url').startsWith(collection.url).toArray();
  const knownByUrl = new Map(known.map((o) => [o.url, o]));
  const listedUrls = new Set(listed.map((o) => o.url));
  return {
    changed: listed.filter((o) => !sameEtag(knownByUrl.get(o.url)?.etag, o.etag)),
    deleted: known.filter((o) => !listedUrls.has(o.url)).map((o) => o.url),
    syncToken: undefined,
  };
}

export async function pullCollection(ctx: SyncContext, which: 'addressBook' | 'calendar', accounts: AccountStore): Promise<void> {
  const collection = ctx.collections[which];
  const token = (await accounts.tokens())[collection.url];
  const byToken = await tokenChanges(collection, token);
  const changes = byToken?.syncToken !== undefined ? byToken : await etagChanges(ctx, collection);
  const known = new Map((await ctx.db.syncObjects.where('url').anyOf(changes.changed.map((c) => c.url)).toArray()).map((o) => [o.url, o]));
  const toFetch = changes.changed.filter((c) => !sameEtag(known.get(c.url)?.etag, c.etag)).map((c) => c.url);
  // Fetched and applied in slices, so a first sync of thousands stores as it goes.
  for (let i = 0; i < toFetch.length; i += 500) {
    await applyRemoteObjects(ctx, await collection.getMany(toFetch.slice(i, i + 500)), which);
  }
  await applyRemoteDeletions(ctx, changes.deleted);
  await accounts.saveToken(collection.url, changes.syncToken);
}
