import { nextToRemind } from '../../db/follow-ups.ts';
import { loadSamples } from '../../db/samples.ts';
import type { backupMessages } from '../../shared/protocol/backup.ts';
import type { BackgroundDeps } from '../deps.ts';
import { announcePageConfigChange } from '../page-broadcast.ts';
import { resyncReminders } from '../reminders.ts';
import type { HandlersOf } from './handlers-of.ts';

export const backupHandlers = (deps: BackgroundDeps): HandlersOf<typeof backupMessages> => ({
  'backup/restored': async () => {
    await resyncReminders(deps);
    announcePageConfigChange(); // the restored settings may switch sites or the country
    return { nextReminderAt: (await nextToRemind(deps.db))?.dueAt ?? null };
  },
  'data/load-samples': async () => {
    const counts = await loadSamples(deps.db, deps.now());
    await resyncReminders(deps);
    return counts;
  },
});
