import type { CallprepDatabase } from '../db/database.ts';

/** What the handlers work with; tests pass their own database and clock. */
export interface BackgroundDeps {
  db: CallprepDatabase;
  now: () => number;
}
