/**
 * The card as a user meets it: click a number's text on a host page, then read and act inside the
 * card iframe (src/ui/card/card.html). Works over TestPage/TestFrame, so in Chromium and Firefox.
 */
import { CARD_FRAME, readCardParams, type OpenedWith } from '../detection-probes.ts';
import { waitUntil, type TestFrame, type TestPage } from '../support/driver.ts';

export { CARD_FRAME, readCardParams, type OpenedWith };
const CARD_HOST = 'callprep-card';
const VIEW = '[data-testid^="view-"]';

export type CardView = 'file' | 'switchboard' | 'unknown' | 'call' | 'wrapup' | 'no-session' | 'error';

export interface WrapUpInput {
  notes?: string;
  outcome?: string;
  noFollowUp?: boolean;
  channel?: string;
  note?: string;
}

export interface WrapUpResult {
  /** The card left the wrap-up (the call is closed). */
  saved: boolean;
  /** Inline errors still shown on the wrap-up. */
  errors: string[];
  confirmation: string;
}

/**
 * Viewport point at the middle of the first occurrence of `text` on the page, scrolled into view, and
 * whether Callprep has marked it yet (its marks are ranges in the `callprep-phone` highlight).
 */
function textPoint(arg: unknown): { x: number; y: number; marked: boolean } | null {
  const wanted = String(arg);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(wanted) ?? -1;
    if (at < 0) continue;
    node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    const box = range.getBoundingClientRect();
    const marks = [...(CSS.highlights?.get('callprep-phone') ?? [])];
    const marked = marks.some((m) => {
      const mark = new Range();
      mark.setStart(m.startContainer, m.startOffset);
      mark.setEnd(m.endContainer, m.endOffset);
      return mark.compareBoundaryPoints(Range.END_TO_START, range) < 0 && mark.compareBoundaryPoints(Range.START_TO_END, range) > 0;
    });
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, marked };
  }
  return null;
}

export class CardPage {
  private constructor(
    readonly page: TestPage,
    /** The card's frame; a new one when `call()` opened the card again on the call the panel took. */
    public frame: TestFrame,
    /** The number's text on the page the card was opened from, so the card can be opened again on it. */
    private readonly numberText?: string,
    /** The call panel's page (opened in a tab: no browser lets a test drive its side panel), not a card in a page. */
    private readonly inPanel = false,
  ) {}

  /**
   * The call panel (src/ui/panel) opened as an extension page in `page`: the card's own views, with no
   * host to place it and no visibility gate (no web page can frame or cover it).
   */
  static async panel(page: TestPage): Promise<CardPage> {
    await page.waitFor('[data-testid="call-panel"]');
    return new CardPage(page, page, undefined, true);
  }

  /** Clicks the number shown as `text` on the host page and waits for the card to show a view. */
  static async openFor(page: TestPage, text: string): Promise<CardPage> {
    // The content script marks numbers shortly after the page loads; a click before that is the page's.
    const point = await waitUntil(() => page.evaluate(textPoint, text), (p) => p === null || p.marked, `"${text}" to be marked as a number`);
    if (!point) throw new Error(`"${text}" is not on the page`);
    await page.clickAt(point.x, point.y);
    return CardPage.opened(page, text).catch(async (error: Error) => {
      const hosts = await page.evaluate((tag) => document.querySelectorAll(String(tag)).length, CARD_HOST);
      throw new Error(`${error.message} after a click at ${point.x},${point.y} on "${text}" (card hosts on the page: ${hosts})`);
    });
  }

  /** The card that has just opened on `page` (by a click, the keyboard, or for a small frame), once it shows a view and has settled. */
  static async opened(page: TestPage, numberText?: string): Promise<CardPage> {
    const frame = await page.frame(CARD_FRAME);
    await frame.waitFor(VIEW);
    const card = new CardPage(page, frame, numberText);
    await card.settle();
    await card.waitUntilActionable();
    return card;
  }

  /**
   * Waits until the card's buttons act: a card holds every click until it has been visible on screen
   * for half a second (src/ui/card/visibility-gate.ts), as a user would not notice.
   */
  async waitUntilActionable(): Promise<void> {
    if (this.inPanel) return;
    await this.frame.waitFor('[data-actions="ready"]');
  }

  /** The number and page details the card was opened with. */
  openedWith = () => this.frame.evaluate(readCardParams);

  /** What the card's buttons do now: ready, waiting (not visible long enough) or hidden (not visible). */
  actions = () => this.frame.evaluate(() => document.querySelector('[data-actions]')?.getAttribute('data-actions') ?? '');

  /**
   * Waits until the card stops moving (two readings of the host's box alike): the host places it
   * beside the number as the page scrolls or resizes; a click aimed while it moves lands beside the control.
   */
  async settle(): Promise<void> {
    if (this.inPanel) return;
    const box = () => this.page.evaluate((tag) => JSON.stringify(document.querySelector(String(tag))?.getBoundingClientRect() ?? null), CARD_HOST);
    let last: string | undefined;
    const still = async () => {
      const now = await box();
      const same = now === last && now !== 'null';
      last = now;
      return same;
    };
    await waitUntil(still, Boolean, 'the card to stop moving');
  }

  async view(): Promise<CardView> {
    const id = await this.frame.evaluate(() => document.querySelector('[data-testid^="view-"]')?.getAttribute('data-testid') ?? '');
    return id.replace(/^view-/, '') as CardView;
  }

  async waitForView(view: CardView): Promise<void> {
    await this.frame.waitFor(`[data-testid="view-${view}"]`);
    await this.settle();
    await this.waitUntilActionable();
  }

  private read = (testId: string) => this.frame.text(`[data-testid="${testId}"]`).then((t) => t.trim());

  name = () => this.read('customer-name');
  title = () => this.read('card-title');
  numberShown = () => this.read('number-raw');
  goodTimeText = () => this.read('good-time');
  goodTimeReason = () => this.read('good-time-reason');
  localTime = () => this.read('contact-local-time');
  lastCallNotes = () => this.read('last-call-notes');
  timer = () => this.read('call-timer');
  confirmation = () => this.read('confirmation');
  notes = () => this.frame.evaluate(() => document.querySelector<HTMLTextAreaElement>('[data-testid="call-notes"]')?.value ?? '');
  /** "Saved", "Saving…", as the call notes say; and the line about text from elsewhere (merged, recovered). */
  notesStatus = () => this.frame.evaluate(() => document.querySelector('[data-testid="notes-status"]')?.getAttribute('data-status') ?? '');
  notesNotice = () => this.frame.evaluate(() => document.querySelector('[data-testid="call-notes-notice"]')?.textContent ?? '');

  /** Waits until the call notes satisfy `done` (saves and merges arrive on their own); returns them. */
  async waitForNotes(done: (notes: string) => boolean, what: string): Promise<string> {
    return waitUntil(() => this.notes(), done, `the notes to ${what}`, 15_000);
  }

  async waitForNotesStatus(status: string): Promise<void> {
    await waitUntil(() => this.notesStatus(), (now) => now === status, `the notes to say ${status}`, 15_000);
  }
  dialUrl = () => this.frame.evaluate(() => document.querySelector('[data-testid="view-call"]')?.getAttribute('data-dial-url') ?? '');

  /**
   * Whether the card, as it sits on the page, covers the number shown as `text` or the table row
   * that number is in (boxes on the page, viewport coordinates).
   */
  async covers(text: string): Promise<{ number: boolean; row: boolean }> {
    return this.page.evaluate(
      (arg) => {
        const [wanted, tag] = arg as [string, string];
        const card = document.querySelector(tag)?.getBoundingClientRect();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted) ?? -1;
          if (at < 0 || !card) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          const overlap = (b: DOMRect) => card.left < b.right && card.right > b.left && card.top < b.bottom && card.bottom > b.top;
          const row = node.parentElement?.closest('tr')?.getBoundingClientRect();
          return { number: overlap(range.getBoundingClientRect()), row: row ? overlap(row) : false };
        }
        throw new Error(`"${wanted}" is not on the page, or no card is open`);
      },
      [text, CARD_HOST],
    );
  }

  /** The card's box on the page (the host: the strip with Move and Dock, and the card under it), viewport coordinates. */
  box = () =>
    this.page.evaluate((tag) => {
      const r = document.querySelector(String(tag))?.getBoundingClientRect();
      if (!r) throw new Error('No card on the page');
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }, CARD_HOST);

  /**
   * Drags the card by its Move grip (the strip above it, in a closed shadow root the test cannot
   * query: reached by where it is drawn, as a user's pointer does) by dx, dy.
   */
  async dragBy(dx: number, dy: number): Promise<void> {
    const before = await this.box();
    const grip = { x: before.left + 40, y: before.top + 11 };
    await this.page.drag(grip, { x: grip.x + dx, y: grip.y + dy });
    await waitUntil(this.box, (b) => Math.abs(b.left - before.left - dx) < 2 && Math.abs(b.top - before.top - dy) < 2, `the card to move by ${dx}, ${dy}`);
  }

  /** Clicks the strip's right-hand button: "Dock right", or "Beside the number" on a docked or moved card. */
  async clickDockButton(): Promise<void> {
    const box = await this.box();
    await this.page.clickAt(box.right - 40, box.top + 11);
  }

  /** The height the card asked its host for (the iframe's height on the page). */
  async frameHeight(): Promise<number> {
    return this.page.evaluate(() => document.querySelector('callprep-card')?.getBoundingClientRect().height ?? 0);
  }

  /**
   * Clicks Call and waits for the call view. Outside the customer's hours (the tests run at any time
   * of day) Call asks first (src/ui/card/call-guard.tsx): the user then calls anyway, as one does who
   * means to. A do-not-call customer needs a reason: `callDespite` gives it. Where the browser opened
   * the call panel (Chromium's side panel) the card closes and the call lives there; see `landInCall`.
   */
  async call(testId = 'call-button'): Promise<{ where: 'card' | 'panel' }> {
    await this.clickCall(testId);
    return this.landInCall();
  }

  /** Clicks Call and, when it asks first (outside the customer's hours), "Call anyway": the click that dials. */
  async clickCall(testId = 'call-button'): Promise<void> {
    const asks = await this.callAsksFirst(testId);
    await this.frame.click(`[data-testid="${testId}"]`);
    if (asks) {
      await this.frame.waitFor('a[data-testid="call-anyway"]');
      await this.frame.click('a[data-testid="call-anyway"]');
    }
  }

  /**
   * After the click that dials: the call view in the card, or (where the browser opened the call
   * panel) the card closed; it is then opened again on the same number, which returns to the running
   * call (what a user does to see the call in the page again), and `where` says so.
   */
  private async landInCall(): Promise<{ where: 'card' | 'panel' }> {
    const where = await waitUntil(
      async () => ((await this.isOpen()) ? ((await this.view().catch(() => null)) === 'call' ? 'card' : null) : 'panel'),
      (w) => w !== null,
      'the call view in the card, or the card closed for the call panel',
    );
    if (where === 'panel') {
      if (!this.numberText) throw new Error('The call went to the panel, and this card was not opened from a number on the page');
      await this.waitUntilGone('the card to close for the call panel');
      this.frame = (await CardPage.openFor(this.page, this.numberText)).frame;
    }
    await this.waitForView('call');
    return { where: where ?? 'card' };
  }

  /** Whether Call asks first (a button opening the question) rather than dialling at once (a tel:/template link). */
  private async callAsksFirst(testId = 'call-button'): Promise<boolean> {
    await this.frame.waitFor(`[data-testid="${testId}"]`);
    return this.frame.evaluate((id) => document.querySelector(`[data-testid="${String(id)}"]`)?.tagName === 'BUTTON', testId);
  }

  /** Opens the question Call asks (do-not-call, or outside their hours); throws when Call would dial at once. */
  async askToCall(): Promise<{ doNotCall: string; time: string; next: string }> {
    if (!(await this.callAsksFirst())) throw new Error('Call dials at once: nothing to ask');
    await this.frame.click('[data-testid="call-button"]');
    await this.frame.waitFor('[data-testid="call-ask"]');
    return this.frame.evaluate(() => {
      const read = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return { doNotCall: read('call-ask-dnc'), time: read('call-ask-time'), next: read('call-ask-next') };
    });
  }

  /** Whether "Call anyway" can be clicked now (a link), or is held back (a disabled button). */
  callAnywayEnabled = () => this.frame.evaluate(() => document.querySelector('[data-testid="call-anyway"]')?.tagName === 'A');

  /** In the question Call asked: types the reason for calling a do-not-call customer, then calls anyway. */
  async callDespite(reason: string): Promise<void> {
    await this.frame.fill('[data-testid="override-reason"]', reason);
    await this.frame.waitFor('a[data-testid="call-anyway"]');
    await this.frame.click('a[data-testid="call-anyway"]');
    await this.landInCall();
  }

  /** Marks the customer (or, with `onlyThisNumber`, the number) do-not-call, -e-mail or -text, with a reason. */
  async markDoNotContact(channel: 'phone' | 'email' | 'sms', reason: string, onlyThisNumber = false): Promise<void> {
    await this.frame.click(`[data-testid="dnc-mark-${channel}"]`);
    await this.frame.fill('[data-testid="dnc-reason"]', reason);
    if (onlyThisNumber) await this.frame.click('[data-testid="dnc-only-number"]');
    await this.frame.click('[data-testid="dnc-save"]');
    await this.frame.waitFor(`[data-testid="do-not-contact-${channel}"]`);
  }

  /** The do-not-contact lines at the top of the card, one per channel ("Do not call · since …: …"). */
  doNotContact = () =>
    this.frame.evaluate(() => [...document.querySelectorAll('[data-testid^="do-not-contact-"]')].map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? ''));

  /** The data-testids of the card's file view, top to bottom: what comes first. */
  order = () => this.frame.evaluate(() => [...document.querySelectorAll('[data-testid="view-file"] [data-testid]')].map((e) => e.getAttribute('data-testid') ?? ''));

  /** The URL Call hands the number to (the softphone link), read before it is clicked. */
  callUrl = (testId = 'call-button') => this.frame.evaluate((id) => document.querySelector(`a[data-testid="${String(id)}"]`)?.getAttribute('href') ?? '', testId);

  /** Whether the card is on the page. */
  isOpen = () => this.page.evaluate((tag) => Boolean(document.querySelector(String(tag))), CARD_HOST);

  /** Types at the end of the call notes and (unless told not to) waits until the card says they are saved. */
  async typeNotes(text: string, waitForSaved = true): Promise<void> {
    await this.frame.type('[data-testid="call-notes"]', text);
    // Says the status last seen when it never reads "saved" (an error, or a save still running).
    if (waitForSaved) await this.waitForNotesStatus('saved');
  }

  async endCall(): Promise<void> {
    await this.frame.click('[data-testid="end-call"]');
    await this.waitForView('wrapup');
  }

  /** Fills what is given, presses Save, and reports whether the call closed or what is missing. */
  async wrapUp(input: WrapUpInput): Promise<WrapUpResult> {
    if (input.notes !== undefined) await this.frame.fill('[data-testid="wrapup-notes"]', input.notes);
    if (input.outcome !== undefined) await this.frame.select('[data-testid="wrapup-outcome"]', input.outcome);
    if (input.noFollowUp) await this.frame.click('[data-testid="wrapup-no-follow-up"]');
    if (input.channel !== undefined) await this.frame.select('[data-testid="wrapup-channel"]', input.channel);
    if (input.note !== undefined) await this.frame.fill('[data-testid="wrapup-note"]', input.note);
    await this.settle();
    await this.frame.click('[data-testid="wrapup-save"]');
    const outcome = () =>
      this.frame.evaluate(() => ({
        wrapUp: Boolean(document.querySelector('[data-testid="view-wrapup"]')),
        errors: [...document.querySelectorAll('[data-testid="view-wrapup"] [role="alert"]')].map((e) => e.textContent ?? ''),
        confirmation: document.querySelector('[data-testid="confirmation"]')?.textContent ?? '',
        shown: document.body.innerText.replace(/\s+/g, ' '),
      }));
    const state = await waitUntil(outcome, (o) => !o.wrapUp || o.errors.length > 0, 'the wrap-up to save or show an error');
    return state.wrapUp ? { saved: false, errors: state.errors, confirmation: '' } : { saved: true, errors: [], confirmation: state.confirmation };
  }

  /**
   * The draft "E-mail the summary" opens (a mailto: link to the mail app): to whom, its subject and
   * its body, decoded as the mail app reads them.
   */
  async summaryEmail(): Promise<{ to: string; subject: string; body: string }> {
    await this.frame.waitFor('a[data-testid="email-summary"]');
    const href = await this.frame.evaluate(() => document.querySelector('[data-testid="email-summary"]')?.getAttribute('href') ?? '');
    const url = new URL(href);
    if (url.protocol !== 'mailto:') throw new Error(`"E-mail the summary" opens ${href}, not a mail draft`);
    return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject') ?? '', body: (url.searchParams.get('body') ?? '').replace(/\r\n/g, '\n') };
  }

  async followUpFit(): Promise<string> {
    return this.read('follow-up-fit');
  }

  async createCustomer(name: string): Promise<void> {
    await this.frame.fill('[data-testid="create-name"]', name);
    await this.frame.click('[data-testid="create-save"]');
    await this.waitForView('file');
  }

  createFormValue = (testId: string) =>
    this.frame.evaluate((id) => document.querySelector<HTMLInputElement>(`[data-testid="${String(id)}"]`)?.value ?? '', testId);

  async pickFromSwitchboard(name: string): Promise<void> {
    const index = await this.frame.evaluate(
      (n) => [...document.querySelectorAll('[data-testid="switchboard-option"]')].findIndex((o) => o.textContent?.startsWith(String(n))),
      name,
    );
    if (index < 0) throw new Error(`${name} is not offered`);
    await this.frame.click(`li:nth-child(${index + 1}) > [data-testid="switchboard-option"]`);
    await this.waitForView('file');
  }

  /** Closes with ✕ (or Escape) and waits until the card is gone from the page. */
  async close(how: 'button' | 'escape' = 'button'): Promise<void> {
    await this.settle();
    if (how === 'escape') await this.frame.pressClosing('Escape');
    else await this.frame.click('[data-testid="close"]');
    await this.waitUntilGone(`the card to close (${how})`);
  }

  /** Waits until the card is off the page and the driver has dropped its frame, so the next openFor cannot pick the old one up. */
  private async waitUntilGone(what: string): Promise<void> {
    const gone = async () => !(await this.isOpen()) && !(await this.page.frame(CARD_FRAME, 0).then(() => true, () => false));
    await waitUntil(gone, Boolean, what);
  }

  /** The text a field edited in place shows (without its "Saved" note), e.g. the company. */
  fieldText = (testId: string) => this.frame.text(`[data-testid="${testId}"] .cp-inline__view`).then((t) => t.trim());

  /** The chips a list field shows (products, tags), one string each. */
  chips = (testId: string) =>
    this.frame.evaluate((id) => [...document.querySelectorAll(`[data-testid="${String(id)}"] .card-chips > *`)].map((c) => c.textContent ?? ''), testId);

  /**
   * Edits a field in place as a user does: click its value, replace the text, then Enter (or Tab away,
   * which saves by leaving the field). Returns the note shown beside it once saved ("Saved").
   */
  async editInPlace(testId: string, text: string, how: 'enter' | 'leave' = 'enter'): Promise<string> {
    await this.frame.click(`[data-testid="${testId}"] .cp-inline__view`);
    await this.frame.fill(`[data-testid="${testId}-input"]`, text);
    await this.watchSavedNote(testId);
    await this.frame.press(how === 'enter' ? 'Enter' : 'Tab');
    return this.savedNote(testId);
  }

  /**
   * "Delete customer…" at the end of the file, then the question's button that names them; waits for
   * the card to show the number as unknown. Returns the question as the user read it and the
   * confirmation shown after; `questionShot` saves a screenshot of the card while it asks.
   */
  async deleteCustomer(questionShot?: string): Promise<{ question: string; confirmation: string }> {
    await this.frame.click('[data-testid="delete-customer"]');
    await this.frame.waitFor('[data-testid="delete-customer-question"]');
    const question = (await this.frame.text('[data-testid="delete-customer-question"]')).trim();
    if (questionShot) await this.screenshot(questionShot);
    await this.frame.click('[data-testid="delete-customer-confirm"]');
    await this.waitForView('unknown');
    return { question, confirmation: await this.confirmation() };
  }

  /** A field edited in place: its label (the button's title, "Best hours, e.g. 9:00 AM–12:00 PM…. Edit") and the value it shows. */
  async inPlaceField(testId: string): Promise<{ label: string; value: string }> {
    return this.frame.evaluate((id) => {
      const view = document.querySelector(`[data-testid="${id}"] .cp-inline__view`);
      return { label: view?.getAttribute('title') ?? '', value: view?.textContent?.trim() ?? '' };
    }, testId);
  }

  /** Picks a value from a field edited with a list (the time zone); a choice saves at once. */
  async chooseInPlace(testId: string, value: string): Promise<string> {
    await this.frame.click(`[data-testid="${testId}"] .cp-inline__view`);
    await this.watchSavedNote(testId);
    await this.frame.select(`[data-testid="${testId}-input"]`, value);
    return this.savedNote(testId);
  }

  /**
   * Starts noting, in the card, the "Saved" note `testId` shows next: it shows for 2 s, which a poll
   * from a loaded machine can miss; a user looking at the field would have seen it.
   */
  private watchSavedNote(testId: string): Promise<void> {
    return this.frame.evaluate((id) => {
      const seen = ((window as unknown as { __savedNotes?: Record<string, string> }).__savedNotes ??= {});
      seen[String(id)] = '';
      const note = () => document.querySelector(`[data-testid="${String(id)}"] .cp-inline__saved`)?.textContent?.trim() ?? '';
      const observer = new MutationObserver(() => {
        if (!note()) return;
        seen[String(id)] = note();
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    }, testId);
  }

  /** The "Saved" note the field showed after the edit (noted since watchSavedNote), or throws the card's refusal. */
  private async savedNote(testId: string): Promise<string> {
    const outcome = () =>
      this.frame.evaluate((id) => ({
        note: (window as unknown as { __savedNotes?: Record<string, string> }).__savedNotes?.[String(id)] ?? '',
        error: document.querySelector('.cp-inline--editing [role="alert"]')?.textContent ?? '',
      }), testId);
    const { note, error } = await waitUntil(outcome, (o) => Boolean(o.note || o.error), `the "Saved" note of ${testId} or an error`);
    if (error) throw new Error(`The card refused the edit of ${testId}: ${error}`);
    return note;
  }

  /** Toggles a best day ("Sat") in the contact preferences and waits until the card shows the change. */
  async toggleBestDay(day: string): Promise<void> {
    const pressed = () =>
      this.frame.evaluate(
        (d) => [...document.querySelectorAll('.card-day')].find((b) => b.textContent === d)?.getAttribute('aria-pressed') ?? '',
        day,
      );
    const before = await pressed();
    const index = await this.frame.evaluate((d) => [...document.querySelectorAll('.card-day')].findIndex((b) => b.textContent === d), day);
    if (index < 0) throw new Error(`No best-day button "${day}"`);
    await this.frame.click(`.card-days > .card-day:nth-child(${index + 1})`);
    await waitUntil(pressed, (now) => now !== before, `best day ${day} to change`);
  }

  /** The summary of when to call, e.g. "Mon–Fri, 09:30–16:30" or "Any time" (the "Best" line of the time strip). */
  bestSummary = () =>
    this.frame.evaluate(() => {
      const terms = [...document.querySelectorAll('[data-testid="contact-facts"] .card-facts dt')];
      return terms.find((t) => t.textContent === 'Best')?.nextElementSibling?.textContent ?? '';
    });

  /** The one-click alternatives to a call the card offers (e-mail, text), with their hint. */
  alternativeChannel = () =>
    this.frame.evaluate(() => {
      const box = document.querySelector('[data-testid="alternative-channel"]');
      return {
        hint: box?.querySelector('.card-alt__hint')?.textContent ?? '',
        links: [...(box?.querySelectorAll('a') ?? [])].map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
      };
    });

  /** Open concerns as listed, newest wording as shown. */
  concerns = () =>
    this.frame.evaluate(() => [...document.querySelectorAll('[data-testid="concern"] .card-item__text')].map((e) => e.textContent ?? ''));

  async addConcern(text: string): Promise<void> {
    await this.frame.fill('[data-testid="add-concern-input"]', text);
    await this.frame.click('[data-testid="add-concern-submit"]');
    await this.waitForList(this.concerns, (items) => items.includes(text), `concern "${text}" to be listed`);
  }

  async resolveConcern(text: string): Promise<void> {
    await this.frame.click(`button[aria-label=${JSON.stringify(`Resolve: ${text}`)}]`);
    await this.waitForList(this.concerns, (items) => !items.includes(text), `concern "${text}" to leave the list`);
  }

  /** Open commitments as listed: what, and the due line ("Overdue · Fri 20 Nov", "Due Today"). */
  commitments = () =>
    this.frame.evaluate(() =>
      [...document.querySelectorAll('[data-testid="commitment"]')].map((li) => ({
        what: li.querySelector('.card-item__text')?.textContent ?? '',
        due: li.querySelector('.card-item__meta')?.textContent ?? '',
        overdue: li.classList.contains('card-item--overdue'),
      })),
    );

  /**
   * Adds a commitment, with a due date (yyyy-mm-dd) when given. The date picker is a native widget
   * that takes typed digits in a different order per browser and locale, so the date is set as the
   * picker would set it: a value and an input event.
   */
  async addCommitment(what: string, dueDate?: string): Promise<void> {
    await this.frame.fill('[data-testid="add-commitment-input"]', what);
    if (dueDate) {
      await this.frame.evaluate((date) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="add-commitment"] input[type="date"]');
        if (!input) throw new Error('No due date field');
        input.value = String(date);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, dueDate);
    }
    await this.frame.click('[data-testid="add-commitment-submit"]');
    await this.waitForList(this.commitments, (items) => items.some((c) => c.what === what), `commitment "${what}" to be listed`);
  }

  async markCommitmentDone(what: string): Promise<void> {
    await this.frame.click(`input[aria-label=${JSON.stringify(`Done: ${what}`)}]`);
    await this.waitForList(this.commitments, (items) => !items.some((c) => c.what === what), `commitment "${what}" to leave the list`);
  }

  private async waitForList<T>(read: () => Promise<T[]>, done: (items: T[]) => boolean, what: string): Promise<void> {
    await waitUntil(read, done, `the ${what}`);
  }

  /**
   * The customer's file under the call (call-file.tsx): whether it is unfolded, their notes on file,
   * and which of its sections are on screen in the card without scrolling.
   */
  callFile = () =>
    this.frame.evaluate(() => {
      const file = document.querySelector<HTMLDetailsElement>('[data-testid="call-file"]');
      const onScreen = (id: string) => {
        // A folded <details> keeps its content laid out but not rendered: checkVisibility tells.
        const section = document.querySelector(`[data-testid="call-file"] [data-testid="${id}"]`);
        const box = section?.getBoundingClientRect();
        return Boolean(section?.checkVisibility() && box && box.top < innerHeight && box.bottom > 0);
      };
      return {
        open: file?.open ?? false,
        notes: document.querySelector('[data-testid="call-file-notes"]')?.textContent ?? '',
        visible: ['contact-time', 'concerns', 'commitments'].filter(onScreen),
      };
    });

  /** Folds or unfolds the file under the call with a click on its heading. */
  async toggleCallFile(): Promise<void> {
    const before = (await this.callFile()).open;
    await this.frame.click('[data-testid="call-file"] > summary');
    await waitUntil(this.callFile, (f) => f.open !== before, 'the file under the call to fold or unfold');
  }

  /**
   * What the card shows on its first screen, unscrolled: which of the things a call needs (by test
   * id, the first of each) lie wholly inside the card's viewport, which are not, and where the
   * contact preferences and the last call are.
   */
  firstScreen = () =>
    this.frame.evaluate(() => {
      const ids = ['customer-name', 'contact-local-time', 'good-time', 'call-button', 'concern', 'commitment', 'follow-up', 'last-call'];
      const boxOf = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
      const inside = (id: string) => {
        const box = boxOf(id);
        return Boolean(box && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight);
      };
      return {
        scrolled: scrollY,
        onScreen: ids.filter(inside),
        missing: ids.filter((id) => !inside(id)),
        factsTop: boxOf('contact-facts')?.top ?? 0,
        lastCallBottom: boxOf('last-call')?.bottom ?? Infinity,
      };
    });

  /** Scrolls the card so a section (e.g. "contact-time", "preferences") is at its top, as a user scrolls. */
  async showSection(testId: string): Promise<void> {
    await this.frame.evaluate((id) => document.querySelector(`[data-testid="${String(id)}"]`)?.scrollIntoView({ block: 'start', behavior: 'instant' }), testId);
  }

  /** A PNG of the card as it sits on the page, after its height has settled. */
  async screenshot(path: string): Promise<void> {
    await this.settle();
    const box = await this.page.evaluate((tag) => {
      const r = document.querySelector(String(tag))?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }, CARD_HOST);
    if (!box) throw new Error('No card on the page');
    const pad = 16;
    await this.page.screenshot(path, { x: Math.max(0, box.x - pad), y: Math.max(0, box.y - pad), width: box.width + 2 * pad, height: box.height + 2 * pad });
  }
}
