import { describe, expect, test } from 'vitest';
import { decideGesture, type ClickFacts } from '../../src/content/gesture.ts';

const click = (facts: Partial<ClickFacts>): ClickFacts => ({
  button: 0, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, inCallLink: false, inClickable: false, ...facts,
});

describe('what a click on a marked number does', () => {
  test.each([
    ['plain click on plain text', {}, 'open-card'],
    ['Alt+click on plain text', { altKey: true }, 'open-card'],
    ['plain click inside a page link or button', { inClickable: true }, 'leave-to-page'],
    ['Alt+click inside a page link or button', { inClickable: true, altKey: true }, 'open-card'],
    ['plain click on a tel: link', { inCallLink: true, inClickable: true }, 'open-card'],
    ['Ctrl+click (new tab)', { ctrlKey: true }, 'leave-to-page'],
    ['Cmd+click (new tab)', { metaKey: true, inCallLink: true }, 'leave-to-page'],
    ['Shift+click (select, new window)', { shiftKey: true }, 'leave-to-page'],
    ['middle button', { button: 1 }, 'leave-to-page'],
  ] as const)('%s → %s', (_name, facts, expected) => {
    expect(decideGesture(click(facts))).toBe(expected);
  });
});
