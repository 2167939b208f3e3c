import 'fake-indexeddb/auto';
import { CallprepDatabase } from '../../src/db/database.ts';

let n = 0;
/** A new, empty database for one test (fake-indexeddb keeps them apart by name). */
export const freshDb = () => new CallprepDatabase(`test-${process.pid}-${++n}`);

export const T0 = Date.UTC(2026, 10, 23, 15, 0);
