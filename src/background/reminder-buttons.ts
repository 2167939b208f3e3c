/**
 * The "Snooze 1 h" button on a reminder. Chrome shows notification buttons; Firefox throws on the
 * `buttons` option ("unsupported by Firefox") and never fires onButtonClicked although the event
 * exists, so the event is no test. Firefox's notifications also lack update(), which came with
 * Chrome's rich notifications (buttons among them): that is the check. Without buttons, a click on
 * the reminder still opens the follow-up list, where it can be snoozed.
 */
import browser, { type Notifications } from 'webextension-polyfill';
import { t } from '../shared/i18n/messages.ts';
import { HOUR } from '../shared/time/index.ts';

export const SNOOZE_BUTTON_MS = HOUR;

type OptionsWithButtons = Notifications.CreateNotificationOptions & { buttons?: Array<{ title: string }> };

export const notificationButtonsSupported = (): boolean =>
  typeof (browser.notifications as { update?: unknown }).update === 'function';

/** Shows a notification, with the snooze button where the browser has buttons. */
export async function showWithSnoozeButton(id: string, options: Notifications.CreateNotificationOptions): Promise<void> {
  if (notificationButtonsSupported()) {
    const withButton: OptionsWithButtons = { ...options, buttons: [{ title: t('reminderSnoozeButton') }] };
    try {
      await browser.notifications.create(id, withButton);
      return;
    } catch (error) {
      // A reminder matters more than its button: a browser that refuses buttons still shows it.
      console.warn('Callprep: the reminder is shown without its snooze button', error);
    }
  }
  await browser.notifications.create(id, options);
}
