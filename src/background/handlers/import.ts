import { commitImport, previewImport } from '../../db/import/import-contacts.ts';
import { numberRegion } from '../../db/settings-store.ts';
import type { importMessages } from '../../shared/protocol/import.ts';
import type { BackgroundDeps } from '../deps.ts';
import type { HandlersOf } from './handlers-of.ts';

export const importHandlers = ({ db, now }: BackgroundDeps): HandlersOf<typeof importMessages> => ({
  'import/preview': async ({ fileName, content }) => previewImport(fileName, content, await numberRegion(db)),
  'import/commit': async (input) => commitImport(db, input, await numberRegion(db), now()),
});
