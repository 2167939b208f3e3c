/**
 * The pages the "browser" bench section loads, and the probes each carries in its <head>, registered
 * before anything else runs so they see the page's whole life:
 * - `__longTasks`: every main-thread task over 50 ms (PerformanceObserver "longtask");
 * - `__timerLates`: a page timer that asks to run every TICK_MS, and how late each run was
 *   (pairs of [time it ran, ms late]): what a page's own clock, animation or poll feels;
 * - `__markedAt(count)`: when Callprep has marked `count` numbers: the time of its first `scan-idle`
 *   mark (needs #callprep-debug) that counts as many. Not the registered highlight, which holds only
 *   the numbers near the viewport (src/content/near-view.ts);
 * - `__viewMarked()`: when every number now in the viewport (the elements marked `data-phone`) is
 *   marked, read once per animation frame, so the time is when the user could see them;
 * - `__firstView`: `__viewMarked()` started at DOMContentLoaded, before the content script runs
 *   (document_idle), for the first viewport.
 */
export const TICK_MS = 10;

const PROBES = `<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.__timerLates = [];
  (() => {
    let due = performance.now() + ${TICK_MS};
    const tick = () => { const now = performance.now(); window.__timerLates.push(now, now - due); due = now + ${TICK_MS}; setTimeout(tick, ${TICK_MS}); };
    setTimeout(tick, ${TICK_MS});
  })();
  window.__markedAt = (count) => new Promise((resolve, reject) => {
    const deadline = performance.now() + 120000;
    const check = () => {
      const idle = performance.getEntriesByName('callprep:scan-idle');
      const done = idle.find((e) => JSON.parse(e.detail).marks >= count);
      const size = idle.length ? JSON.parse(idle.at(-1).detail).marks : 0;
      if (done) resolve(done.startTime);
      else if (performance.now() > deadline) reject(new Error('only ' + size + ' of ' + count + ' numbers marked after 120 s'));
      else setTimeout(check, 5);
    };
    check();
  });
  window.__viewMarked = () => new Promise((resolve, reject) => {
    const inView = new Set();
    for (const el of document.querySelectorAll('[data-phone]')) {
      const box = el.getBoundingClientRect();
      if (box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth) inView.add(el.firstChild);
    }
    if (!inView.size) return reject(new Error('no number in the viewport'));
    const deadline = performance.now() + 120000;
    const check = (time) => {
      let found = 0;
      for (const range of CSS.highlights.get('callprep-phone') ?? []) if (inView.has(range.startContainer)) found++;
      if (found >= inView.size) resolve({ at: time, count: inView.size });
      else if (performance.now() > deadline) reject(new Error('only ' + found + ' of the ' + inView.size + ' numbers in view marked after 120 s'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  document.addEventListener('DOMContentLoaded', () => { window.__firstView = window.__viewMarked(); });
</script>`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${title}</title>${PROBES}</head><body>${body}</body></html>`;

/** The i-th of up to 10,000 distinct US numbers. */
export const phoneOf = (i: number): string =>
  `(${[212, 415, 646, 312, 617][i % 5]}) ${736 + (Math.floor(i / 5) % 200)}-${String(1000 + (i % 9000)).padStart(4, '0')}`;

/** A CRM list row's cells: name, number, date, amount, invoice number (the last three must stay unmarked). */
export function tableCells(i: number): string[] {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return [`Customer ${i} Smith`, phoneOf(i), `2024-03-${day}`, `$${(i * 37.5).toFixed(2)}`, `INV-2024-${String(i).padStart(6, '0')}`];
}

/** The row of tableCells(i), its number's cell marked `data-phone` for the probes. */
export function tableRow(i: number): string {
  return `<tr>${tableCells(i).map((cell, column) => `<td${column === 1 ? ' data-phone' : ''}>${cell}</td>`).join('')}</tr>`;
}

export const tablePage = (rows: number): string =>
  page('Accounts', `<h1>Accounts</h1><table><tbody id="rows">${Array.from({ length: rows }, (_, i) => tableRow(i)).join('\n')}</tbody></table>`);

/**
 * Issue 9's big page: `paragraphs` paragraphs of 10 text nodes each (a ticket log with inline
 * markup: ticket numbers, names, dates), one in `every` with a phone number: 200,000 text nodes
 * and 2,000 numbers at 20,000 and 10.
 */
export function bigPage(paragraphs: number, every: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const end = i % every === 0 ? `<span data-phone>${phoneOf(i / every)}</span>` : '<span>later</span>';
    return `<p>Ticket <b>#${4000 + i}</b> opened by <i>Grace ${i % 97}</i> on <time>2024-03-${day}</time>, status <em>open</em>, call back ${end}</p>`;
  }).join('\n');
  return page('Ticket log', `<h1>Ticket log</h1>${body}`);
}

export const emptyPage = (): string =>
  page('No numbers', Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i}: nothing here looks like a phone number, only words and 42 things.</p>`).join(''));
