/**
 * The strip above the card, in the host's closed shadow root (issue 13): a grip to drag the card
 * anywhere in the window, and a button that docks it at the right edge or brings it back beside the
 * number. Only the user's own pointer moves it (`isTrusted`): a page can dispatch events at its
 * window but cannot reach into the shadow root, nor forge a trusted press. Where the user leaves it
 * is kept per site by the background (page/set-card-place), so the next card on the site opens there.
 */
import { t } from '../shared/i18n/messages.ts';

/** The strip's height: the host is this much taller than the card's frame, the same for every card. */
export const GRIP_HEIGHT = 26;

export interface Point {
  left: number;
  top: number;
}

interface GripEvents {
  /** The host's top left in the viewport as a drag starts. */
  start: () => Point;
  /** Each move, with where the host's top left should go. */
  move: (to: Point) => void;
  /** The pointer let go. */
  end: () => void;
  toggleDock: () => void;
}

const STYLE = `
.strip { display: flex; justify-content: space-between; align-items: center; height: ${GRIP_HEIGHT}px; box-sizing: border-box; padding: 0 4px 4px; font: 12px/1 system-ui, sans-serif; }
button { all: unset; box-sizing: border-box; height: 22px; padding: 0 10px; border-radius: 11px; background: #ffffff; color: #334155; box-shadow: 0 1px 4px rgba(15, 23, 42, 0.3); cursor: pointer; user-select: none; }
button:focus-visible { outline: 2px solid #0f766e; outline-offset: 1px; }
.grip { cursor: grab; touch-action: none; letter-spacing: 1px; }
.grip:active { cursor: grabbing; }
@media (prefers-color-scheme: dark) { button { background: #1e293b; color: #e2e8f0; } }
`;

export interface CardGrip {
  /** Says "Dock right", or "Beside the number" for a docked or dragged card; hidden where there is no number to go back to. */
  setDocked(away: boolean, canUndock: boolean): void;
}

export function addCardGrip(shadow: ShadowRoot, doc: Document, events: GripEvents, signal: AbortSignal): CardGrip {
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const strip = doc.createElement('div');
  strip.className = 'strip';
  const grip = doc.createElement('button');
  grip.className = 'grip';
  grip.textContent = `⠿ ${t('cardMove')}`;
  grip.title = t('cardMoveHint');
  grip.setAttribute('data-callprep', 'grip');
  const dock = doc.createElement('button');
  dock.setAttribute('data-callprep', 'dock');
  strip.append(grip, dock);
  shadow.prepend(style, strip);

  let drag: { pointerId: number; x: number; y: number; from: Point } | undefined;
  grip.addEventListener(
    'pointerdown',
    (e) => {
      if (!e.isTrusted || e.button !== 0) return;
      e.preventDefault();
      grip.setPointerCapture(e.pointerId);
      drag = { pointerId: e.pointerId, x: e.clientX, y: e.clientY, from: events.start() };
    },
    { signal },
  );
  grip.addEventListener(
    'pointermove',
    (e) => {
      if (!drag || !e.isTrusted || e.pointerId !== drag.pointerId) return;
      events.move({ left: drag.from.left + e.clientX - drag.x, top: drag.from.top + e.clientY - drag.y });
    },
    { signal },
  );
  const stop = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    drag = undefined;
    events.end();
  };
  grip.addEventListener('pointerup', stop, { signal });
  grip.addEventListener('pointercancel', stop, { signal });
  dock.addEventListener('click', (e) => e.isTrusted && events.toggleDock(), { signal });

  return {
    setDocked(away, canUndock) {
      dock.textContent = away ? `⇤ ${t('cardUndock')}` : `⇥ ${t('cardDock')}`;
      dock.hidden = away && !canUndock;
    },
  };
}
