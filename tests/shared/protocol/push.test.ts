import { describe, expect, test } from 'vitest';
import { parseOrThrow } from '../../../src/shared/guard.ts';
import { PROTOCOL } from '../../../src/shared/protocol/index.ts';
import * as v from 'valibot';
import { CardParamsSchema } from '../../../src/shared/protocol/card-params.ts';
import { clipCardParams, isCardParams } from '../../../src/shared/protocol/card-params-check.ts';
import { isOpenCardAnswer, isPushMessage, openCardPush, pushMessage } from '../../../src/shared/protocol/push.ts';

const PARAMS = { e164: '+442079460958', raw: '+44 20 7946 0958', ext: '12', pageTitle: 'Inbox – Mail', nearbyName: 'Tom Baker' };
const cardPush = (data: unknown) => ({ callprepPush: 1, type: 'card/open', data });

test.each<[string, unknown, boolean]>([
  ['the config-changed push', pushMessage('page/config-changed'), true],
  ['a request envelope (callprep: 1)', { callprep: 1, type: 'page/config' }, false],
  ['an unknown push type', { callprepPush: 1, type: 'page/delete-everything' }, false],
  ['a push carrying data it should not', { callprepPush: 1, type: 'page/config-changed', hostname: 'crm.example.com' }, false],
  ['another tag value', { callprepPush: '1', type: 'page/config-changed' }, false],
  ['null', null, false],
  ['a string', 'page/config-changed', false],
  ['an array', [1, 'page/config-changed'], false],
  ['the card-close push', pushMessage('card/close'), true],
  ['a card-close push carrying data', { callprepPush: 1, type: 'card/close', data: PARAMS }, false],
  // card/open-at-selection: the keyboard shortcut, a bare request; the frame finds the number itself.
  ['the open-at-selection push', pushMessage('card/open-at-selection'), true],
  ['an open-at-selection push carrying params', { callprepPush: 1, type: 'card/open-at-selection', data: PARAMS }, false],
  ['an open-at-selection push carrying a selection text', { callprepPush: 1, type: 'card/open-at-selection', text: '+44 20 7946 0958' }, false],
  ['an open-at-selection push without its tag', { type: 'card/open-at-selection' }, false],
  ['an open-at-selection push with another tag value', { callprepPush: true, type: 'card/open-at-selection' }, false],
  // card/open: the CardParams a frame would put in the card URL, and nothing else.
  ['a card push with all params', openCardPush(PARAMS), true],
  ['a card push with only the number', openCardPush({ e164: '+12127368410', raw: '(212) 736-8410' }), true],
  ['a number wrapped over two source lines', openCardPush({ e164: '+4930901820', raw: '+49 (0)30\n  901820' }), true],
  ['a card push without data', { callprepPush: 1, type: 'card/open' }, false],
  ['a card push with a key beside data', { ...openCardPush(PARAMS), customer: { name: 'Ann' } }, false],
  ['a customer record smuggled into the params', cardPush({ ...PARAMS, customer: { notes: 'secret' } }), false],
  ['a number that is not E.164', cardPush({ ...PARAMS, e164: '2079460958' }), false],
  ['a script for a number', cardPush({ ...PARAMS, e164: 'javascript:alert(1)' }), false],
  ['a number far too long', cardPush({ ...PARAMS, e164: '+4420794609581234567' }), false],
  ['an empty raw text', cardPush({ ...PARAMS, raw: '' }), false],
  ['a raw text of a page', cardPush({ ...PARAMS, raw: '1'.repeat(101) }), false],
  ['an extension that is not digits', cardPush({ ...PARAMS, ext: '12"><img>' }), false],
  ['an extension of 7 digits', cardPush({ ...PARAMS, ext: '1234567' }), false],
  ['a page title of 301 characters', cardPush({ ...PARAMS, pageTitle: 'x'.repeat(301) }), false],
  ['a name of 81 characters', cardPush({ ...PARAMS, nearbyName: 'x'.repeat(81) }), false],
  ['a control character in a name', cardPush({ ...PARAMS, nearbyName: 'Tom\u0000Baker' }), false],
  ['a number as a number', cardPush({ ...PARAMS, e164: 442079460958 }), false],
  ['params as an array', cardPush([PARAMS]), false],
  ['params as a string', cardPush('e164=+442079460958'), false],
])('%s → accepted: %s', (_name, value, accepted) => {
  expect(isPushMessage(value)).toBe(accepted);
  // The content script's check and the background's schema agree on every card's params.
  const { data } = (value ?? {}) as { data?: unknown };
  if (data !== undefined) expect(isCardParams(data)).toBe(v.is(CardParamsSchema, data));
});

test.each<[unknown, boolean]>([
  [{ opened: true }, true],
  [{ opened: false }, true],
  [undefined, false],
  [{ opened: 'yes' }, false],
  [{ ok: true }, false],
])('the top frame answer %j is understood: %s', (answer, understood) => {
  expect(isOpenCardAnswer(answer)).toBe(understood);
});

describe('page/open-card-in-top request', () => {
  const check = (data: unknown) => parseOrThrow(PROTOCOL['page/open-card-in-top'].request, data, 'request');

  test('is a content-script message', () => {
    expect(PROTOCOL['page/open-card-in-top'].from).toBe('content');
  });

  test.each<[string, unknown, string]>([
    ['no number', { raw: '(212) 736-8410' }, 'request.e164 is missing'],
    ['a number that is not E.164', { e164: '212', raw: '212' }, 'request.e164 must be a phone number in E.164 form'],
    ['a long title', { e164: '+12127368410', raw: '(212) 736-8410', pageTitle: 't'.repeat(400) }, 'request.pageTitle must be text of 1 to 300 characters'],
    ['customer data', { e164: '+12127368410', raw: '(212) 736-8410', notes: 'owes us' }, 'request.notes is not a card parameter'],
    ['not an object', 'tel:+12127368410', 'request must be an object'],
  ])('refuses %s with a clear message', (_name, data, error) => {
    expect(() => check(data)).toThrow(error);
  });

  test('a page’s long title and stray control characters are clipped by the sender so the request passes', () => {
    const clipped = clipCardParams({ e164: '+12127368410', raw: ' (212) 736-8410\u0007', pageTitle: `  ${'Very long title '.repeat(40)}`, nearbyName: 'Ann Lee' });
    expect(clipped.raw).toBe('(212) 736-8410');
    expect(clipped.pageTitle).toHaveLength(300);
    expect(check(clipped)).toEqual({ e164: '+12127368410', raw: '(212) 736-8410', pageTitle: clipped.pageTitle, nearbyName: 'Ann Lee' });
  });
});
