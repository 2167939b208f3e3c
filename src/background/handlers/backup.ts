import { exportBackup, restoreBackup } from '../../db/backup.ts';
import { loadSamples } from '../../db/samples.ts';
import type { backupMessages } from '../../shared/protocol/backup.ts';
import type { BackgroundDeps } from '../deps.ts';
import { announcePageConfigChange } from '../page-broadcast.ts';
import { resyncReminders } from '../reminders.ts';
import type { HandlersOf } from './handlers-of.ts';

export const backupHandlers = (deps: BackgroundDeps): HandlersOf<typeof backupMessages> => ({
  'backup/export': () => exportBackup(deps.db, deps.now()),
  'backup/restore': async ({ json }) => {
    const counts = await restoreBackup(deps.db, json);
    await resyncReminders(deps);
    announcePageConfigChange(); // the restored settings may switch sites or the country
    return counts;
  },
  'data/load-samples': async () => {
    const counts = await loadSamples(deps.db, deps.now());
    await resyncReminders(deps);
    return counts;
  },
});
