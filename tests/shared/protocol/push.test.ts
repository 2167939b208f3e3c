import { expect, test } from 'vitest';
import { isPushMessage, pushMessage } from '../../../src/shared/protocol/push.ts';

test.each<[string, unknown, boolean]>([
  ['the config-changed push', pushMessage('page/config-changed'), true],
  ['a request envelope (callprep: 1)', { callprep: 1, type: 'page/config' }, false],
  ['an unknown push type', { callprepPush: 1, type: 'page/delete-everything' }, false],
  ['a push carrying data it should not', { callprepPush: 1, type: 'page/config-changed', hostname: 'crm.example.com' }, false],
  ['another tag value', { callprepPush: '1', type: 'page/config-changed' }, false],
  ['null', null, false],
  ['a string', 'page/config-changed', false],
  ['an array', [1, 'page/config-changed'], false],
])('%s → accepted: %s', (_name, value, accepted) => {
  expect(isPushMessage(value)).toBe(accepted);
});
