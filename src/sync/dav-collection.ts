/**
 * One collection on the server (the address book or the calendar), reached with tsdav: list what
 * is there, what changed since a sync token (RFC 6578), and write one object guarded by its ETag
 * (If-Match; If-None-Match: * for a new one), so a write never overwrites a colleague's newer one:
 * the server answers 412 instead and the caller merges.
 */
import { createObject, davRequest, deleteObject, getBasicAuthHeaders, propfind, syncCollection, updateObject, type DAVResponse } from 'tsdav';
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

/** Objects asked for in one multiget REPORT: a few hundred KB of answer each. */
const MULTIGET_BATCH = 100;

/**
 * tsdav hands back an answer that is not a multistatus (a 401, a 403, a 5xx, an HTML error page) as
 * one response for the request's own URL, which a listing would then read as "nothing there": a
 * wrong password must never look like an empty address book (the sync would delete every customer).
 */
function multistatusOf(responses: DAVResponse[], url: string): DAVResponse[] {
  const only = responses[0];
  const isMultistatus = (r: DAVResponse) => typeof r.raw === 'object' && r.raw !== null && 'multistatus' in r.raw;
  if (responses.length === 1 && only && !isMultistatus(only)) {
    throw new HttpStatusError(only.ok ? 500 : (only.status ?? 500), url);
  }
  return responses;
}

const dataOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && '_cdata' in value) return String((value as { _cdata: unknown })._cdata);
  if (typeof value === 'object' && value !== null && '_text' in value) return String((value as { _text: unknown })._text);
  return undefined;
};

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
    const responses = multistatusOf(await syncCollection({ url: this.url, props: { 'd:getetag': {} }, syncLevel: 1, syncToken, headers: this.headers, fetch: this.fetchImpl }), this.url);
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
    const responses = multistatusOf(await propfind({ url: this.url, props: { 'd:getetag': {} }, depth: '1', headers: this.headers, fetch: this.fetchImpl }), this.url);
    const own = new URL(this.url).pathname;
    return responses
      .filter((r) => r.href && new URL(r.href, this.url).pathname !== own)
      .map((r) => ({ url: new URL(r.href as string, this.url).href, etag: (r.props?.getetag as string | undefined) ?? undefined }));
  }

  /**
   * The text and ETag of these objects, a batch per REPORT (addressbook-multiget, calendar-multiget).
   * One gone meanwhile is left out (the next listing reports it deleted).
   */
  async getMany(urls: readonly string[]): Promise<DavObject[]> {
    const out: DavObject[] = [];
    const [report, ns, dataProp] =
      this.kind === 'vcard'
        ? (['card:addressbook-multiget', 'urn:ietf:params:xml:ns:carddav', 'card:address-data'] as const)
        : (['c:calendar-multiget', 'urn:ietf:params:xml:ns:caldav', 'c:calendar-data'] as const);
    const prefix = report.split(':')[0] as string;
    for (let i = 0; i < urls.length; i += MULTIGET_BATCH) {
      const batch = urls.slice(i, i + MULTIGET_BATCH);
      const responses = await davRequest({
        url: this.url,
        init: {
          method: 'REPORT',
          headers: { ...this.headers, depth: '1' },
          namespace: 'd',
          body: { [report]: { _attributes: { 'xmlns:d': 'DAV:', [`xmlns:${prefix}`]: ns }, 'd:prop': { 'd:getetag': {}, [dataProp]: {} }, 'd:href': batch.map((u) => new URL(u).pathname) } },
        },
        fetch: this.fetchImpl,
      });
      for (const r of multistatusOf(responses, this.url)) {
        if (!r.href || !r.ok) continue;
        const data = dataOf(r.props?.addressData ?? r.props?.calendarData);
        if (data === undefined) continue;
        out.push({ url: new URL(r.href, this.url).href, etag: (r.props?.getetag as string | undefined) ?? undefined, data });
      }
    }
    return out;
  }
}
