/**
 * The sessions the card page runs under (protocol/card.ts). Kept in `storage.session`: in memory,
 * readable only by the extension's own pages and background (not by content scripts), gone when the
 * browser closes, and still there when Chrome stops and restarts the background worker between two
 * clicks in an open card. Checks and changes run one at a time, so two frames racing to claim one
 * token cannot both win.
 */
import type { CardParams } from '../shared/card-frame.ts';
import type { CardSession, CardSessionGrant } from '../shared/protocol/card.ts';
import { t } from '../shared/i18n/messages.ts';

/** The part of a storage area used (browser.storage.session), so tests can pass a map. */
export interface SessionStore {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** A frame as the browser reports a message's sender. */
export interface FrameRef {
  tabId: number;
  frameId: number;
  /** Chrome and Firefox report the sending document too; a new document in the same frame gets a new one. */
  documentId?: string;
}

interface StoredSession {
  params: CardParams;
  key: string;
  /** The content script's frame that opened it, or 'tab' for a card opened standalone (popup). */
  opener: { tabId: number; frameId: number } | 'tab';
  createdAt: number;
  /** The card frame that claimed it. */
  card?: FrameRef;
}

/** A card loads in well under a second; a token not claimed by then was not for a card of ours. */
export const CLAIM_WITHIN_MS = 30_000;
/** Open cards kept at most; the oldest go first (a card open that long was closed without telling us). */
export const MAX_SESSIONS = 50;
const PREFIX = 'card-session:';

/** What a card is told when it has no session, whatever the reason (a page framing it, an old token). */
export class NoCardSession extends Error {
  constructor() {
    super(t('refuse_noCardSession'));
  }
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const sameFrame = (a: FrameRef, b: FrameRef) => a.tabId === b.tabId && a.frameId === b.frameId;

export class CardSessions {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: SessionStore,
    private readonly now: () => number,
  ) {}

  /** A session for a card the content script in `opener` is about to show in its frame. */
  open(params: CardParams, opener: FrameRef): Promise<CardSessionGrant> {
    return this.add(params, { tabId: opener.tabId, frameId: opener.frameId });
  }

  /** A session for a card opened standalone in a tab (the popup's search results). */
  async openForTab(params: CardParams): Promise<{ token: string }> {
    const { token } = await this.add(params, 'tab');
    return { token };
  }

  /**
   * The card page in `card` claims `token`. A card in a page must be a child frame of the tab the
   * session was opened for, and a standalone card a tab's top frame. The first claim binds the session
   * to that frame; later claims only from the same frame (the card reloaded).
   */
  claim(token: string, card: FrameRef): Promise<CardSession> {
    return this.serial(async () => {
      const session = await this.read(token);
      if (!session) throw new NoCardSession();
      if (session.card ? !sameFrame(session.card, card) : !this.claimable(session, card)) throw new NoCardSession();
      await this.store.set({ [PREFIX + token]: { ...session, card } satisfies StoredSession });
      const inPage = session.opener !== 'tab';
      return inPage ? { params: session.params, inPage, key: session.key } : { params: session.params, inPage };
    });
  }

  /** Resolves when `token` is the session claimed by exactly this card frame (and document); else rejects. */
  async verify(token: unknown, card: FrameRef): Promise<void> {
    if (typeof token !== 'string' || !token) throw new NoCardSession();
    const claimed = (await this.read(token))?.card;
    if (!claimed || !sameFrame(claimed, card)) throw new NoCardSession();
    if (claimed.documentId && card.documentId && claimed.documentId !== card.documentId) throw new NoCardSession();
  }

  /** A closed tab's cards and openers are gone: so are their sessions. */
  dropTab(tabId: number): Promise<void> {
    return this.serial(async () => {
      const gone = (await this.all()).filter(([, s]) => s.card?.tabId === tabId || (s.opener !== 'tab' && s.opener.tabId === tabId));
      if (gone.length) await this.store.remove(gone.map(([key]) => key));
    });
  }

  private claimable(session: StoredSession, card: FrameRef): boolean {
    if (this.now() - session.createdAt > CLAIM_WITHIN_MS) return false;
    if (session.opener === 'tab') return card.frameId === 0;
    // A card in a page is a frame of its own inside the opener's tab: never the opener, never the top.
    return card.tabId === session.opener.tabId && card.frameId !== 0 && card.frameId !== session.opener.frameId;
  }

  private add(params: CardParams, opener: StoredSession['opener']): Promise<CardSessionGrant> {
    return this.serial(async () => {
      const token = randomToken();
      const key = randomToken();
      const session: StoredSession = { params, key, opener, createdAt: this.now() };
      await this.store.set({ [PREFIX + token]: session });
      await this.prune();
      return { token, key };
    });
  }

  /** Drops tokens never claimed in time, then the oldest sessions beyond MAX_SESSIONS. */
  private async prune(): Promise<void> {
    const now = this.now();
    const all = (await this.all()).sort(([, a], [, b]) => b.createdAt - a.createdAt);
    const stale = all.filter(([, s], i) => i >= MAX_SESSIONS || (!s.card && now - s.createdAt > CLAIM_WITHIN_MS));
    if (stale.length) await this.store.remove(stale.map(([key]) => key));
  }

  private async read(token: string): Promise<StoredSession | undefined> {
    return (await this.store.get(PREFIX + token))[PREFIX + token] as StoredSession | undefined;
  }

  private async all(): Promise<Array<[string, StoredSession]>> {
    return Object.entries(await this.store.get(null)).filter((entry): entry is [string, StoredSession] => entry[0].startsWith(PREFIX));
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    // The caller gets the work's error through `result`; the queue only waits for it to settle.
    this.queue = Promise.allSettled([result]).then(() => undefined);
    return result;
  }
}
