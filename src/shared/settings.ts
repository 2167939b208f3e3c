/**
 * User settings. Stored with a version and migrated one step at a time; a stored value that is
 * broken is logged and replaced by its default, never a crash.
 */
export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** ISO 3166 region for national numbers ("US", "DE"); "" = the browser's locale, then the page's lang. */
  defaultCountry: string;
  /** How a call is handed to the softphone: "tel:{e164}", "sip:{e164}", "https://pbx/dial?n={e164}". */
  dialTemplate: string;
  /** Hostnames where the user switched Callprep off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  defaultCountry: '',
  dialTemplate: 'tel:{e164}',
  disabledSites: [],
};

const isRegion = (v: unknown): v is string => typeof v === 'string' && /^([A-Z]{2})?$/.test(v);
const isTemplate = (v: unknown): v is string =>
  typeof v === 'string' && (v.includes('{e164}') || v.includes('{digits}')) && /^(tel|sip|sips|callto|https?|[a-z][a-z0-9+.-]*):/i.test(v) && !/^(javascript|data|file|vbscript):/i.test(v);

/** Steps from version n to n + 1, in order. Add one per new version. */
const MIGRATIONS: Array<(old: Record<string, unknown>) => Record<string, unknown>> = [
  // 0 → 1: the unversioned first draft had no version field.
  (old) => ({ ...old, version: 1 }),
];

export function migrateSettings(stored: unknown, log: (msg: string) => void = console.warn): Settings {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_SETTINGS };
  let raw = { ...(stored as Record<string, unknown>) };
  let version = typeof raw.version === 'number' ? raw.version : 0;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    raw = step(raw);
    version += 1;
  }
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] => {
    if (raw[key] === undefined) return DEFAULT_SETTINGS[key];
    if (ok(raw[key])) return raw[key] as Settings[K];
    log(`Callprep: stored setting "${key}" was invalid and has been reset to its default.`);
    return DEFAULT_SETTINGS[key];
  };
  return {
    version: SETTINGS_VERSION,
    defaultCountry: pick('defaultCountry', isRegion),
    dialTemplate: pick('dialTemplate', isTemplate),
    disabledSites: pick('disabledSites', (v) => Array.isArray(v) && v.every((s) => typeof s === 'string')),
  };
}

export const isValidDialTemplate = isTemplate;
export const isValidRegion = isRegion;
