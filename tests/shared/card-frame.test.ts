import { describe, expect, it } from 'vitest';
import { cardPagePath, isCardToHost, isHostToCard, isPortHandoff, sessionTokenFromQuery } from '../../src/shared/card-frame.ts';

describe('the card URL', () => {
  it('carries the session token and nothing else', () => {
    const path = cardPagePath('AbC-_12345678901234567x');
    expect(path).toBe('src/ui/card/card.html?session=AbC-_12345678901234567x');
    expect(sessionTokenFromQuery(path.slice(path.indexOf('?')))).toBe('AbC-_12345678901234567x');
    expect(sessionTokenFromQuery('?e164=%2B12127368410')).toBeNull();
  });
});

describe('messages between host and card: exactly their shape, nothing more', () => {
  it.each<[string, (v: unknown) => boolean, unknown, boolean]>([
    ['handoff', isPortHandoff, { callprep: 'card-port', key: 'k' }, true],
    ['handoff with more', isPortHandoff, { callprep: 'card-port', key: 'k', e164: '+12127368410' }, false],
    ['handoff without key', isPortHandoff, { callprep: 'card-port' }, false],
    ['verdict', isHostToCard, { callprep: 'host', kind: 'visibility', visible: true }, true],
    ['verdict as text', isHostToCard, { callprep: 'host', kind: 'visibility', visible: 'yes' }, false],
    ['close', isCardToHost, { callprep: 'card', kind: 'close' }, true],
    ['check', isCardToHost, { callprep: 'card', kind: 'check' }, true],
    ['the old resize, with a height', isCardToHost, { callprep: 'card', kind: 'resize', height: 1088 }, false],
    ['close with a payload', isCardToHost, { callprep: 'card', kind: 'close', name: 'Ada' }, false],
    ['not an object', isCardToHost, 'close', false],
    ['an array', isCardToHost, ['card', 'close'], false],
  ])('%s', (_name, guard, value, ok) => expect(guard(value)).toBe(ok));
});
