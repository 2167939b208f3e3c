/**
 * How the card bench clicks a number, in either browser: the pointer brought to it as a hand does
 * (aimed) or jumped onto it, and the click's own time read in the page afterwards.
 */
export interface PointerPlan {
  approachMs: number;
  restMs: number;
}

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Runs in the page: keeps the time of the next trusted pointerdown (epoch ms) in `__clickedAt`. */
export function armClickTime(): void {
  const w = window as unknown as { __clickedAt?: number };
  delete w.__clickedAt;
  addEventListener('pointerdown', (e) => e.isTrusted && (w.__clickedAt = performance.timeOrigin + e.timeStamp), { capture: true, once: true });
}

/** Runs in the page: what armClickTime kept. */
export const clickedAt = (): number => (window as unknown as { __clickedAt: number }).__clickedAt;

/**
 * Brings the pointer onto `point`: aimed, from 240 px left and 120 px below over `approachMs` in eight
 * steps, then resting `restMs`; otherwise in one jump.
 */
export async function bringPointer(move: (x: number, y: number) => Promise<unknown>, point: { x: number; y: number }, aimed: boolean, plan: PointerPlan): Promise<void> {
  if (!aimed) {
    await move(point.x, point.y);
    return;
  }
  const steps = 8;
  for (let i = 1; i <= steps; i++) {
    await move(point.x - 240 + (240 * i) / steps, point.y + 120 - (120 * i) / steps);
    await sleep(plan.approachMs / steps);
  }
  await sleep(plan.restMs);
}
