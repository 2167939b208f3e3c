import { exportNotes } from '../../db/export/export-notes.ts';
import { getSettings, updateSettings } from '../../db/settings-store.ts';
import type { dataMessages } from '../../shared/protocol/data.ts';
import type { BackgroundDeps } from '../deps.ts';
import type { HandlersOf } from './handlers-of.ts';

export const dataHandlers = ({ db, now }: BackgroundDeps): HandlersOf<typeof dataMessages> => ({
  'export/notes': ({ format }) => exportNotes(db, format, now()),
  'settings/get': () => getSettings(db),
  'settings/update': ({ patch }) => updateSettings(db, patch),
});
