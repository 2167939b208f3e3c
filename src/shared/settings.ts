/**
 * User settings: one schema, checked where they are written (the background, before a patch is
 * stored), where they are read (a stored or restored value) and in the message that changes them.
 * Stored with a version and migrated one step at a time; a stored value that is broken is logged and
 * replaced by its default, never a crash.
 */
import * as v from 'valibot';
import { SUMMARY_TEMPLATE_MAX, unknownSummaryPlaceholder } from './call-summary.ts';
import { dialTemplateProblem, dialTemplateRefusal } from './dial-template.ts';
import { formatNumber, t } from './i18n/messages.ts';
import { knownRegion } from './phone.ts';
import { listOf } from './records/fields.ts';

export const SETTINGS_VERSION = 1;

/** "us " → "US"; "" = automatic (shared/phone-region.ts). A region libphonenumber-js reads numbers for. */
const defaultCountry = v.pipe(
  v.string('must be a country code'),
  v.trim(),
  v.toUpperCase(),
  v.check(
    (region) => region === '' || knownRegion(region) !== undefined,
    (issue) => t('refuseCountryCode', String(issue.input)),
  ),
);

/** How a call is handed to the softphone: "tel:{e164}", "sip:{e164}", "https://pbx/dial?n={e164}". */
const dialTemplate = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? dialTemplateProblem(dataset.value) : null;
    if (problem) addIssue({ message: dialTemplateRefusal(problem) });
  }),
);

/** Hostnames where the user switched Callprep off, as the site switch writes them: lower case, no final dot. */
const disabledSites = v.pipe(
  listOf(v.pipe(v.string('must be a site name'), v.maxLength(253, 'must be a site name of at most 253 characters')), 5000),
  v.transform((sites) => [...new Set(sites.map(siteName).filter(Boolean))]),
);

/** The e-mail written after a call (shared/call-summary.ts); "" = the default in the user's language. */
const summaryTemplate = v.pipe(
  v.string('must be text'),
  v.maxLength(SUMMARY_TEMPLATE_MAX, () => t('refuse_summaryLength', formatNumber(SUMMARY_TEMPLATE_MAX))),
  v.rawCheck(({ dataset, addIssue }) => {
    const unknown = dataset.typed ? unknownSummaryPlaceholder(dataset.value) : null;
    if (unknown) addIssue({ message: t('refuse_summaryPlaceholder', unknown) });
  }),
);

/**
 * Where the user put the card on a site (issue 13): docked at the right edge, or where they dragged
 * it (its top left in the viewport, kept inside the window when used). No entry: beside the number.
 */
export const CardPlaceSchema = v.union(
  [
    v.strictObject({ docked: v.literal(true) }),
    v.strictObject({ left: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)), top: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)) }),
  ],
  'must be docked or a position',
);
export type CardPlace = v.InferOutput<typeof CardPlaceSchema>;

/** The sites with a card place kept; the oldest choice goes first beyond this. */
export const CARD_PLACES_MAX = 500;

const cardPlaces = v.pipe(
  v.record(v.pipe(v.string(), v.maxLength(253)), CardPlaceSchema, 'must be card places by site'),
  v.check((places) => Object.keys(places).length <= CARD_PLACES_MAX, `must name at most ${CARD_PLACES_MAX} sites`),
);

export const siteName = (site: string): string => site.trim().toLowerCase().replace(/\.$/, '');

const fields = { defaultCountry, dialTemplate, disabledSites, summaryTemplate, cardPlaces };

export const SettingsSchema = v.object({ version: v.literal(SETTINGS_VERSION), ...fields });
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** What the options page and the popup may change. */
export const SettingsPatchSchema = v.partial(v.object(fields));
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  defaultCountry: '',
  dialTemplate: 'tel:{e164}',
  disabledSites: [],
  summaryTemplate: '',
  cardPlaces: {},
};

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
  const pick = <K extends keyof typeof fields>(key: K): Settings[K] => {
    if (raw[key] === undefined) return DEFAULT_SETTINGS[key];
    const checked = v.safeParse(fields[key], raw[key]);
    if (checked.success) return checked.output as Settings[K];
    log(`Callprep: stored setting "${key}" was invalid (${checked.issues[0].message}) and has been reset to its default.`);
    return DEFAULT_SETTINGS[key];
  };
  return {
    version: SETTINGS_VERSION,
    defaultCountry: pick('defaultCountry'),
    dialTemplate: pick('dialTemplate'),
    disabledSites: pick('disabledSites'),
    summaryTemplate: pick('summaryTemplate'),
    cardPlaces: pick('cardPlaces'),
  };
}
