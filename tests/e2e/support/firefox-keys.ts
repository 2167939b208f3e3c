/** Playwright-style key chords ("Control+a", "Shift+Tab", "Enter") on a Puppeteer keyboard. */
import type { Keyboard, KeyInput } from 'puppeteer-core';

export async function pressKeys(keyboard: Keyboard, chord: string): Promise<void> {
  // A lone "+" is the plus key; "Control++" is Control with plus.
  const parts = chord === '+' ? ['+'] : chord.replace(/\+\+$/, '+PLUS').split('+').map((k) => (k === 'PLUS' ? '+' : k));
  const key = parts.pop() as KeyInput;
  const modifiers = parts as KeyInput[];
  for (const m of modifiers) await keyboard.down(m);
  await keyboard.press(key);
  for (const m of [...modifiers].reverse()) await keyboard.up(m);
}
