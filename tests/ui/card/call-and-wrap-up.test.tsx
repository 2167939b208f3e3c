// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardApp } from '../../../src/ui/card/card-app.tsx';
import type { Call } from '../../../src/shared/model.ts';
import { choose, clickButton, flush, typeInto, type Rendered } from '../popup/support/render.tsx';
import { renderCard } from './support/render-card.tsx';
import { realBackend } from './support/real-backend.ts';
import { ada, openConcern, overdueCommitment, params } from './support/samples.ts';

vi.mock('webextension-polyfill', () => import('./support/fake-extension.ts'));

let ui: Rendered | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

const openCall = (notes = ''): Call => ({ id: 'call-1', customerId: 'ada', e164: '+12127368410', startedAt: Date.now() - 65_000, status: 'open', notes });
const $ = <E extends Element = HTMLElement>(testId: string) => {
  const found = ui?.$<E>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`No ${testId} in: ${ui?.text()}`);
  return found;
};
const sleep = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

async function openOnCall(notes = '') {
  const backend = await realBackend({ customers: [ada], calls: [openCall(notes)] });
  ui = await renderCard(<CardApp params={params()} onClose={() => {}} />, backend.client);
  await ui.waitFor(() => $('view-call'));
  // The customer's file under the call has loaded: the background is idle again.
  await ui.waitFor(() => $('commitments'));
  return { ui, backend };
}

describe('call view', () => {
  it('reopens an open call with its notes and the timer counting from its start', async () => {
    await openOnCall('Asked about the invoice');
    expect($<HTMLTextAreaElement>('call-notes').value).toBe('Asked about the invoice');
    expect($('call-timer').textContent).toMatch(/^01:0[5-9]$/);
  });

  it('saves notes once typing pauses, with the latest text, and says so', async () => {
    const { ui, backend } = await openOnCall();
    const notes = $<HTMLTextAreaElement>('call-notes');
    await typeInto(notes, 'Wa');
    await typeInto(notes, 'Wants a');
    await typeInto(notes, 'Wants a discount');
    expect(backend.sent('call/save-notes')).toHaveLength(0);
    await sleep(450);
    await flush();
    expect(backend.sent('call/save-notes')).toEqual([{ callId: 'call-1', notes: 'Wants a discount', base: { revision: 0, notes: '' } }]);
    // The real background answers when its database has written the notes.
    await ui.waitFor(() => $('notes-status').textContent?.includes('Saved') || null, 10_000);
  });

  it('saves at once when the notes field loses focus or the card goes away', async () => {
    const { backend } = await openOnCall();
    const notes = $<HTMLTextAreaElement>('call-notes');
    await typeInto(notes, 'Blurred');
    await act(() => {
      notes.dispatchEvent(new FocusEvent('blur'));
    });
    // Well within the 400 ms the save waits for while typing goes on.
    await ui?.waitFor(() => expect(backend.sent('call/save-notes').map((s) => s.notes)).toEqual(['Blurred']), 150);
    await typeInto(notes, 'Closed mid-sentence');
    await act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await ui?.waitFor(() => expect(backend.sent('call/save-notes').map((s) => s.notes)).toEqual(['Blurred', 'Closed mid-sentence']), 150);
  });

  it('keeps the file in view: notes on file, open concerns and commitments, each resolved or added in one step', async () => {
    const now = Date.now();
    const backend = await realBackend({
      customers: [{ ...ada, notes: 'Agenda by e-mail first.' }],
      concerns: [openConcern(now)],
      commitments: [overdueCommitment(now)],
      calls: [openCall()],
    });
    ui = await renderCard(<CardApp params={params()} onClose={() => {}} />, backend.client);
    await ui.waitFor(() => $('call-file'));
    await ui.waitFor(() => $('call-file-notes'));
    expect($('call-file-notes').textContent).toBe('Agenda by e-mail first.');
    expect($<HTMLDetailsElement>('call-file').open).toBe(true);
    expect(ui.text()).toContain('Invoice 1042 charged twice');
    expect(ui.text()).toContain('Send the renewal quote');
    await clickButton(ui, 'Resolve');
    await ui.waitFor(() => !ui?.text().includes('Invoice 1042 charged twice') || null);
    await typeInto($<HTMLInputElement>('add-commitment-input'), 'Send the quote');
    await act(() => $<HTMLFormElement>('add-commitment').requestSubmit());
    await ui.waitFor(() => ui?.text().includes('Send the quote') || null);
    // A commitment made on the call belongs to it (the wrap-up's summary lists it).
    expect(backend.sent('commitment/add')).toEqual([{ customerId: 'ada', what: 'Send the quote', who: 'me', callId: 'call-1' }]);
    expect(backend.sent('concern/set-resolved')).toEqual([{ id: 'k-1', resolved: true }]);
  });
});

describe('wrap-up', () => {
  async function toWrapUp(notes: string) {
    const opened = await openOnCall(notes);
    await clickButton(opened.ui, 'End call');
    await opened.ui.waitFor(() => $('view-wrapup'));
    return opened;
  }
  const save = () => act(() => $<HTMLFormElement>('view-wrapup').requestSubmit());

  it.each([
    ['notes', { notes: '', outcome: 'connected', date: undefined }, 'Write what was said'],
    ['an outcome', { notes: 'Talked', outcome: '', date: undefined }, 'Choose how the call went.'],
    ['a follow-up or an explicit none', { notes: 'Talked', outcome: 'connected', date: '' }, 'Pick a date and time for the follow-up, or tick “No follow-up needed”.'],
  ])('refuses to close the call without %s', async (_case, input, message) => {
    const { backend } = await toWrapUp('');
    await typeInto($<HTMLTextAreaElement>('wrapup-notes'), input.notes);
    await choose($<HTMLSelectElement>('wrapup-outcome'), input.outcome);
    if (input.date !== undefined) await typeInto($<HTMLInputElement>('wrapup-date'), input.date);
    await save();
    await ui?.waitFor(() => expect(ui?.text()).toContain(message));
    expect(backend.sent('call/finish')).toHaveLength(0);
    expect($('view-wrapup')).toBeTruthy();
  });

  it('prefills the notes and a follow-up suited to the outcome, then saves and confirms', async () => {
    const { backend } = await toWrapUp('Wants a discount');
    expect($<HTMLTextAreaElement>('wrapup-notes').value).toBe('Wants a discount');
    await choose($<HTMLSelectElement>('wrapup-outcome'), 'no-answer');
    expect($<HTMLSelectElement>('wrapup-channel').value).toBe('phone');
    expect($('follow-up-fit').textContent).toContain('Inside their best hours');
    await typeInto($<HTMLInputElement>('wrapup-note'), 'Try again');
    await save();
    await ui?.waitFor(() => $('view-file'));
    const [sent] = backend.sent('call/finish');
    expect(sent).toMatchObject({ callId: 'call-1', notes: 'Wants a discount', outcome: 'no-answer', followUp: { channel: 'phone', note: 'Try again' } });
    // After no answer the next attempt waits at least their retry time (4 h).
    expect(sent?.followUp?.dueAt).toBeGreaterThanOrEqual(Date.now() + 4 * 3_600_000 - 60_000);
    expect($('confirmation').textContent).toMatch(/^Call saved · follow-up /);
  });

  it('closes with an explicit "no follow-up"', async () => {
    const { backend } = await toWrapUp('Done and dusted');
    await choose($<HTMLSelectElement>('wrapup-outcome'), 'connected');
    await act(() => $<HTMLInputElement>('wrapup-no-follow-up').click());
    await save();
    await ui?.waitFor(() => $('view-file'));
    expect(backend.sent('call/finish')).toEqual([{ callId: 'call-1', notes: 'Done and dusted', outcome: 'connected', followUp: null, base: { revision: 0, notes: 'Done and dusted' } }]);
    expect($('confirmation').textContent).toBe('Call saved · no follow-up');
  });

  it('shows the file after the wrap-up only once it has this call as the last one, never the call before', async () => {
    const before: Call = { id: 'call-0', customerId: 'ada', e164: '+12127368410', startedAt: Date.now() - 86_400_000, endedAt: Date.now() - 86_000_000, status: 'closed', outcome: 'voicemail', notes: 'Left a message' };
    const backend = await realBackend({ customers: [ada], calls: [before, openCall('Refund confirmed')] });
    ui = await renderCard(<CardApp params={params()} onClose={() => {}} />, backend.client);
    await ui.waitFor(() => $('commitments'));
    await clickButton(ui, 'End call');
    await ui.waitFor(() => $('view-wrapup'));
    await choose($<HTMLSelectElement>('wrapup-outcome'), 'connected');
    await act(() => $<HTMLInputElement>('wrapup-no-follow-up').click());
    // What the file says the moment it appears, not a moment later.
    let firstSeen: string | null | undefined;
    const watch = new MutationObserver(() => {
      if (firstSeen === undefined && ui?.$('[data-testid="view-file"]')) firstSeen = ui.$('[data-testid="last-call-notes"]')?.textContent ?? null;
    });
    watch.observe(ui.root, { childList: true, subtree: true, characterData: true });
    await save();
    await ui.waitFor(() => $('view-file'));
    watch.disconnect();
    expect(firstSeen).toBe('Refund confirmed');
    expect($('confirmation').textContent).toBe('Call saved · no follow-up');
  });

  it('offers the summary e-mail after the wrap-up: to them, with the notes, this call’s commitments and the next contact', async () => {
    const { backend } = await openOnCall('Refund confirmed.');
    await typeInto($<HTMLInputElement>('add-commitment-input'), 'Send the quote');
    await act(() => $<HTMLFormElement>('add-commitment').requestSubmit());
    await ui?.waitFor(() => backend.sent('commitment/add').length === 1 || null);
    await clickButton(ui!, 'End call');
    await ui?.waitFor(() => $('view-wrapup'));
    await choose($<HTMLSelectElement>('wrapup-outcome'), 'connected');
    await save();
    await ui?.waitFor(() => $('email-summary'));
    const href = $<HTMLAnchorElement>('email-summary').getAttribute('href') ?? '';
    const url = new URL(href);
    expect(url.protocol + url.pathname).toBe('mailto:ada@engines.example');
    expect(url.searchParams.get('subject')).toMatch(/^Our call on /);
    const body = url.searchParams.get('body') ?? '';
    expect(body).toMatch(/^Dear Ada Lovelace,\r\n\r\nThank you for our call on /);
    expect(body).toContain('\r\nRefund confirmed.\r\n');
    expect(body).toContain('- We will: Send the quote');
    expect(body).toMatch(/Next contact: .+ \(New York time\) · Phone/);
  });

  it('writes the summary from the user’s template from its first showing: a quick click never mails the default text', async () => {
    const { backend } = await openOnCall('Quote sent.');
    await backend.client('settings/update', { patch: { summaryTemplate: 'Hello {name}\n{notes}' } });
    const bodies: string[] = [];
    let lastHref: string | null | undefined;
    const watch = new MutationObserver(() => {
      const href = ui?.$('[data-testid="email-summary"]')?.getAttribute('href');
      if (href && href !== lastHref) bodies.push(new URL(href).searchParams.get('body') ?? '');
      lastHref = href;
    });
    watch.observe(ui!.root, { childList: true, subtree: true, attributes: true });
    await clickButton(ui!, 'End call');
    await ui?.waitFor(() => $('view-wrapup'));
    await choose($<HTMLSelectElement>('wrapup-outcome'), 'connected');
    await save();
    await ui?.waitFor(() => $('email-summary'));
    await flush();
    watch.disconnect();
    expect(bodies).toEqual(['Hello Ada Lovelace\r\nQuote sent.']);
  });
});
