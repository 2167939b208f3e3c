/**
 * The content script's wiring, run by main.ts in every frame: claim the frame, ask whether to run,
 * then scan the page, follow its changes, and answer clicks on numbers. When the background says
 * the config changed (site switched off or on, another default country) the frame asks again and
 * stops, starts or restarts the run without a reload. In the top frame the background may also ask
 * it to open the card for a number clicked in an embedded frame too small for it (card-request.ts).
 * The keyboard shortcut reaches every frame; the one the user is in opens a card (keyboard-open.ts).
 * What keeps a run from working (an API missing, a scan that throws) is reported (problem-report.ts).
 */
import { isPushMessage, type ConfigChangedPush, type PushMessage } from '../shared/protocol/push.ts';
import { CardHost } from './card-host.ts';
import { cardOpener, closeForEmbeddedFrame, openForEmbeddedFrame } from './card-request.ts';
import { DetectorLoadError, preloadForView } from './detector-loader.ts';
import { openCardAtSelection } from './keyboard-open.ts';
import { claimFrame, watchExtensionAlive } from './lifecycle.ts';
import { MarkStore } from './mark-store.ts';
import { dropEarlyMarkSheet } from './mark-styles.ts';
import { MarksUnsupportedError, missingMarkApis } from './mark-support.ts';
import { followPageConfig, type ContentConfig } from './page-config.ts';
import { PageWatcher } from './page-watcher.ts';
import { listenForClicks, listenForHover, type PointerInputContext } from './pointer-input.ts';
import { createProblemReporter, type ProblemReporter } from './problem-report.ts';
import { onExtensionMessage } from './runtime.ts';
import { Scanner } from './scanner.ts';

/**
 * Performance marks (invisible to the page's DOM) for the benchmark, profiling and the end-to-end
 * tests, which wait on them instead of sleeping: `config` once the frame knows whether it runs here
 * (detail `{ running }`), `first-scan`, `shortcut` once the frame has answered the keyboard shortcut
 * (detail `{ opened }`: the number whose card it opened, or null), and with #callprep-debug in the
 * page's URL `scan-idle` each time the scan queue runs empty. Details are JSON text: an object made
 * by a Firefox ESR 140 content script stays unreadable to page code ("Permission denied to access
 * property", checked in 140.12, also after cloneInto), a string is copied.
 */
const mark = (name: string, detail?: unknown) => performance.mark(`callprep:${name}`, detail === undefined ? undefined : { detail: JSON.stringify(detail) });

export async function runContentScript(problems: ProblemReporter = createProblemReporter()): Promise<void> {
  mark('start');
  // This instance, until a newer one takes the frame over or the extension goes away; each run
  // (scan, watch, marks, card) has its own signal beneath it.
  const frame = new AbortController();
  claimFrame(frame);
  const frameAlive = watchExtensionAlive(frame);
  // The current run, for the card pushes (an ended run's card opens nothing).
  let current: Run | undefined;
  const config = followPageConfig(frame.signal, (settings, run) => (current = start(settings, run, () => !run.aborted && frameAlive(), problems)));
  const refresh = () => void config.refresh().catch((error: unknown) => problems.report('start-failed', error));
  onExtensionMessage(isPushMessage, (push) => (push.type === 'page/config-changed' ? refresh() : answerCardPush(push, current)), frame.signal);
  preloadForView(document);
  await config.load();
  if (!current) dropEarlyMarkSheet();
  mark('config', { running: current !== undefined });
}

/** What a run offers the pushes: its marks, its card and the way to open it. */
type Run = PointerInputContext & { card: CardHost };

/**
 * The keyboard shortcut, in the frame the user is in; and in the top frame: open or close the card
 * docked for an embedded frame too small for it.
 */
function answerCardPush(push: Exclude<PushMessage, ConfigChangedPush>, run: Run | undefined) {
  if (push.type === 'card/open-at-selection') return void mark('shortcut', { opened: (run && openCardAtSelection(run))?.e164 ?? null });
  return push.type === 'card/open' ? openForEmbeddedFrame(run?.card, push.data) : closeForEmbeddedFrame(run?.card);
}

/** One run: everything it adds to the page goes when `signal` aborts. None when marks cannot be drawn here. */
function start(config: ContentConfig, signal: AbortSignal, stillAlive: () => boolean, problems: ProblemReporter): Run | undefined {
  const missing = missingMarkApis();
  if (missing.length) return void problems.report('marks-unsupported', new MarksUnsupportedError(missing));
  const debug = location.hash.includes('callprep-debug');
  const onSheetBlocked = (error: Error) => problems.report('style-blocked', error);
  const marks = new MarkStore(onSheetBlocked);
  const shadowRoots = new Set<ShadowRoot>();
  let firstScan = true;
  const scanner: Scanner = new Scanner({
    marks,
    region: config.region,
    signal,
    onShadowRoot: (root) => (shadowRoots.add(root), watcher.watch(root)),
    onIdle: () => {
      if (firstScan) {
        performance.measure('callprep:startup', 'callprep:start', mark('first-scan').name);
        marks.dropSheetIfUnused();
      }
      firstScan = false;
      if (debug) mark('scan-idle', { textNodesRead: scanner.textNodesRead, marks: marks.size, detectedElsewhere: scanner.detectedElsewhere });
    },
    onError: (error) => stillAlive() && problems.report(error instanceof DetectorLoadError ? 'detector-failed' : 'scan-failed', error),
    detectElsewhere: { onRefused: (error) => stillAlive() && problems.report('scan-failed', error) },
  });
  const watcher = new PageWatcher(scanner, marks, signal, stillAlive);
  const card = new CardHost(signal);
  const liveShadowRoots = () => [...shadowRoots].filter((r) => r.host.isConnected || !shadowRoots.delete(r));
  const run: Run = { marks, card, opener: cardOpener(card), shadowRoots: liveShadowRoots, signal, stillAlive, onSheetBlocked };
  listenForClicks(run);
  listenForHover(run);
  signal.addEventListener('abort', () => (marks.clear(), shadowRoots.clear()), { once: true });
  watcher.watch(document);
  scanner.enqueue(document);
  // What the user sees first, and wherever they scroll while the rest is being read, is marked first.
  scanner.showView();
  const onView = () => scanner.showView();
  window.addEventListener('scroll', onView, { capture: true, passive: true, signal });
  window.addEventListener('resize', onView, { passive: true, signal });
  return run;
}
