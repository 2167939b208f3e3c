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
    readonly frame: TestFrame,
  ) {}

  /** Clicks the number shown as `text` on the host page and waits for the card to show a view. */
  static async openFor(page: TestPage, text: string): Promise<CardPage> {
    // The content script marks numbers shortly after the page loads; a click before that is the page's.
    const point = await waitUntil(() => page.evaluate(textPoint, text), (p) => p === null || p.marked, `"${text}" to be marked as a number`);
    if (!point) throw new Error(`"${text}" is not on the page`);
    await page.clickAt(point.x, point.y);
    return CardPage.opened(page).catch(async (error: Error) => {
      const hosts = await page.evaluate((tag) => document.querySelectorAll(String(tag)).length, CARD_HOST);
      throw new Error(`${error.message} after a click at ${point.x},${point.y} on "${text}" (card hosts on the page: ${hosts})`);
    });
  }

  /** The card that has just opened on `page` (by a click, the keyboard, or for a small frame), once it shows a view and has settled. */
  static async opened(page: TestPage): Promise<CardPage> {
    const frame = await page.frame(CARD_FRAME);
    await frame.waitFor(VIEW);
    const card = new CardPage(page, frame);
    await card.settle();
    await card.waitUntilActionable();
    return card;
  }

  /**
   * Waits until the card's buttons act: a card holds every click until it has been visible on screen
   * for half a second (src/ui/card/visibility-gate.ts), as a user would not notice.
   */
  async waitUntilActionable(): Promise<void> {
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

  /** The height the card asked its host for (the iframe's height on the page). */
  async frameHeight(): Promise<number> {
    return this.page.evaluate(() => document.querySelector('callprep-card')?.getBoundingClientRect().height ?? 0);
  }

  /** Clicks Call (the link to the softphone) and waits for the call view. */
  async call(testId = 'call-button'): Promise<void> {
    await this.frame.waitFor(`a[data-testid="${testId}"]`);
    await this.frame.click(`[data-testid="${testId}"]`);
    await this.waitForView('call');
  }

  /** Types at the end of the call notes and (unless told not to) waits until the card says they are saved. */
  async typeNotes(text: string, waitForSaved = true): Promise<void> {
    await this.frame.type('[data-testid="call-notes"]', text);
    if (waitForSaved) await this.frame.waitFor('[data-testid="notes-status"][data-status="saved"]');
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
    // Also wait until the driver has dropped the old frame, so the next openFor cannot pick it up.
    const gone = async () => !(await this.page.evaluate((tag) => Boolean(document.querySelector(String(tag))), CARD_HOST)) && !(await this.page.frame(CARD_FRAME, 0).then(() => true, () => false));
    await waitUntil(gone, Boolean, `the card to close (${how})`);
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
    await this.frame.press(how === 'enter' ? 'Enter' : 'Tab');
    return this.savedNote(testId);
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
    await this.frame.select(`[data-testid="${testId}-input"]`, value);
    return this.savedNote(testId);
  }

  private async savedNote(testId: string): Promise<string> {
    const note = `[data-testid="${testId}"] .cp-inline__saved`;
    await this.frame.waitFor(`${note}, .cp-inline--editing [role="alert"]`);
    const error = await this.frame.evaluate(() => document.querySelector('.cp-inline--editing [role="alert"]')?.textContent ?? '');
    if (error) throw new Error(`The card refused the edit of ${testId}: ${error}`);
    return this.frame.text(note).then((t) => t.trim());
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

  /** The summary of when to call, e.g. "Any day, 00:00–23:59" (the "Best" line of the time strip). */
  bestSummary = () =>
    this.frame.evaluate(() => {
      const terms = [...document.querySelectorAll('[data-testid="contact-time"] .card-facts dt')];
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
