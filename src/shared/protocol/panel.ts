/** The call panel (shared/call-panel-page.ts): which calls wait for their wrap-up. */
import { nothing } from '../records/fields.ts';
import type { OpenCallItem } from '../views.ts';
import { answer, message } from './define.ts';

export const panelMessages = {
  /** Calls started and not wrapped up, newest first, with their customer's name. */
  'call/list-open': message('ui', nothing, answer<OpenCallItem[]>()),
};
