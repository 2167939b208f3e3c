/**
 * The background (service worker in Chrome, event page in Firefox). Every listener is registered
 * synchronously when main() runs, at the top of the script, so the browser can wake the worker for
 * a message, an alarm or a notification click after it was stopped.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { getDatabase } from '../db/database.ts';
import { cardGate } from './card-gate.ts';
import { handleCommand } from './commands.ts';
import type { BackgroundDeps } from './deps.ts';
import { browserCardSessions, createHandlers } from './handlers/index.ts';
import { openReminder, resyncReminders, showDueReminders, snoozeReminder } from './reminders.ts';
import { createRouter } from './router.ts';
import { keepLocalStorageTrusted } from './storage-access.ts';
import { startSyncTriggers } from './sync-browser.ts';
import { refreshBadge } from './toolbar-badge.ts';

export function main(): void {
  const deps: BackgroundDeps = { db: getDatabase(), now: () => Date.now() };
  const cardSessions = browserCardSessions(deps.now);
  const base = browser.runtime.getURL('');
  const route = createRouter(createHandlers(deps, cardSessions), base, browser.runtime.id, cardGate(cardSessions, base));
  const report = (what: string) => (error: unknown) => console.error(`Callprep: ${what} failed`, error);

  // Returning the promise answers the sender (webextension-polyfill); undefined leaves the message to others.
  // The other listeners answer nobody: each reports its own failure, so none is returned to the browser.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    (message as { callprep?: unknown } | null)?.callprep === 1 ? route(message, sender) : undefined,
  );
  const sync = startSyncTriggers(deps, report);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (!sync.onAlarm(alarm)) void showDueReminders(deps, alarm).catch(report('reminder'));
  });
  browser.notifications.onClicked.addListener((id) => void openReminder(id).catch(report('opening a reminder')));
  browser.notifications.onButtonClicked.addListener((id, button) => void snoozeReminder(deps, id, button).catch(report('snoozing a reminder')));
  browser.commands.onCommand.addListener((command) => void handleCommand(command).catch(report('the keyboard shortcut')));
  browser.tabs.onRemoved.addListener((tabId) => void cardSessions.dropTab(tabId).catch(report('forgetting a closed tab\'s cards')));
  browser.runtime.onInstalled.addListener(() => void resyncReminders(deps).catch(report('re-syncing reminders')));
  browser.runtime.onStartup.addListener(() => {
    sync.onStartup();
    void resyncReminders(deps).catch(report('re-syncing reminders'));
  });
  keepLocalStorageTrusted().catch(report('keeping storage.local to extension pages'));
  // A worker started again finds the badge as it left it; a browser started afresh, empty.
  void refreshBadge(deps);
}

main();
