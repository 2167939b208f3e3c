/**
 * One collection on the server (the address book or the calendar), reached with tsdav: list what
 * is there, what changed since a sync token (RFC 6578), and write one object guarded by its ETag
 * (If-Match; If-None-Match: * for a new one), so a write never overwrites a colleague's newer one:
 * the server answers 412 instead and the caller merges.
 */
import { createObject, deleteObject, getBasicAuthHeaders, propfind, syncCollection, updateObject } from 'tsdav';
import type { DavCredentials } from './account.ts';
import { HttpStatusError } from './sync-problem.ts';

export interface DavObject {
  url: string;
  etag: string | undefined;
  data: string;
}

export interface DavChanges {
  /** Objects added or changed, with their ETags (their text is fetched separately). */
  changed: Array<{ url: string; etag: string | undefined }>;
  deleted: string[];
  /** The token to ask with next time; undefined when the server offers none (compare ETags then). */
  syncToken: string | undefined;
}

const CONTENT_TYPE = { vcard: 'text/vcard; charset=utf-8', ical: 'text/calendar; charset=utf-8' } as const;

export class DavCollection {
  private readonly headers: Record<string, string>;

  constructor(
    readonly url: string,
    credentials: Pick<DavCredentials, 'username' | 'password'>,
    private readonly kind: keyof typeof CONTENT_TYPE,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.headers = getBasicAuthHeaders({ username: credentials.username, password: credentials.password });
  }

  private check(answer: Response, url: string): Response {
    if (!answer.ok) throw new HttpStatusError(answer.status, url);
    return answer;
  }

  /** An object's URL in this collection for a new one, from its UID. */
  urlFor(uid: string): string {
    return new URL(`${encodeURIComponent(uid.replace(/[^\w.-]/g, '_'))}.${this.kind === 'vcard' ? 'vcf' : 'ics'}`, this.url).href;
  }

  async get(url: string): Promise<DavObject | undefined> {
    const answer = await this.fetchImpl(url, { headers: this.headers });
    if (answer.status === 404) return undefined;
    this.check(answer, url);
    return { url, etag: answer.headers.get('etag') ?? undefined, data: await answer.text() };
  }

  /** Writes a new object; resolves to its ETag (undefined when the server does not say). */
  async create(url: string, data: string): Promise<string | undefined> {
    const answer = await createObject({ url, data, headers: { ...this.headers, 'content-type': CONTENT_TYPE[this.kind], 'if-none-match': '*' }, fetch: this.fetchImpl });
    return this.check(answer, url).headers.get('etag') ?? undefined;
  }

  /** Writes over the version with this ETag; a 412 (HttpStatusError) says someone changed it since. */
  async update(url: string, data: string, etag: string | undefined): Promise<string | undefined> {
    const answer = await updateObject({ url, data, etag: etag ?? '', headers: { ...this.headers, 'content-type': CONTENT_TYPE[this.kind] }, fetch: this.fetchImpl });
    return this.check(answer, url).headers.get('etag') ?? undefined;
  }

  /** Deletes the version with this ETag; one already gone counts as deleted. */
  async remove(url: string, etag: string | undefined): Promise<void> {
    const answer = await deleteObject({ url, etag: etag ?? '', headers: this.headers, fetch: this.fetchImpl });
    if (answer.status !== 404) this.check(answer, url);
  }

  /**
   * What changed since `syncToken` (RFC 6578 sync-collection); without a token, everything there
   * is. A server without sync-collection (or one that forgot the token) is listed with ETags instead.
   */
  async changes(syncToken: string | undefined): Promise<DavChanges> {
    const responses = await syncCollection({ url: this.url, props: { 'd:getetag': {} }, syncLevel: 1, syncToken, headers: this.headers, fetch: this.fetchImpl });
    const own = new URL(this.url).pathname;
    const changed: DavChanges['changed'] = [];
    const deleted: string[] = [];
    let token: string | undefined;
    for (const r of responses) {
      const raw = r.raw as { multistatus?: { syncToken?: string } } | undefined;
      token ??= raw?.multistatus?.syncToken;
      if (!r.href) continue;
      const url = new URL(r.href, this.url).href;
      if (new URL(url).pathname === own) continue;
      if (r.status === 404) deleted.push(url);
      else changed.push({ url, etag: (r.props?.getetag as string | undefined) ?? undefined });
    }
    return { changed, deleted, syncToken: token };
  }

  /** Every object's URL and ETag (PROPFIND depth 1): the fallback where sync tokens are not offered. */
  async list(): Promise<Array<{ url: string; etag: string | undefined }>> {
    const responses = await propfind({ url: this.url, props: { 'd:getetag': {} }, depth: '1', headers: this.headers, fetch: this.fetchImpl });
    const own = new URL(this.url).pathname;
    return responses
      .filter((r) => r.href && new URL(r.href, this.url).pathname !== own)
      .map((r) => ({ url: new URL(r.href as string, this.url).href, etag: (r.props?.getetag as string | undefined) ?? undefined }));
  }
}
