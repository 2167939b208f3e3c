import type { syncMessages } from '../shared/protocol/sync.ts';
import type { HandlersOf } from './handlers/handlers-of.ts';
import type { SyncService } from './sync-service.ts';

export const syncHandlers = (sync: SyncService): HandlersOf<typeof syncMessages> => ({
  'sync/discover': (data) => sync.discover(data),
  'sync/connect': (data) => sync.connect(data),
  'sync/disconnect': () => sync.disconnect(),
  'sync/status': () => sync.status(),
  'sync/run': () => sync.runNow(),
});
