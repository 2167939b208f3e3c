/** Every message type's handler, one domain file each; the `Handlers` type makes sure none is missing. */
import type { BackgroundDeps } from '../deps.ts';
import type { Handlers } from '../router.ts';
import { backupHandlers } from './backup.ts';
import { callHandlers } from './call.ts';
import { customerHandlers } from './customer.ts';
import { dataHandlers } from './data.ts';
import { diagnosticsHandlers } from './diagnostics.ts';
import { followUpHandlers } from './follow-up.ts';
import { importHandlers } from './import.ts';
import { pageHandlers } from './page.ts';

export const createHandlers = (deps: BackgroundDeps): Handlers => ({
  ...pageHandlers(deps),
  ...customerHandlers(deps),
  ...callHandlers(deps),
  ...followUpHandlers(deps),
  ...dataHandlers(deps),
  ...backupHandlers(deps),
  ...importHandlers(deps),
  ...diagnosticsHandlers(deps),
});
