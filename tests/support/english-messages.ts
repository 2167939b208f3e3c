/** Vitest setup: every unit test resolves messages from the English file, so tests assert the English text. */
import { setMessageLookup } from '../../src/shared/i18n/messages.ts';
import { messageLookup, readMessages } from './locale-messages.ts';

setMessageLookup(messageLookup(readMessages('en')));
