/**
 * The one set of limits on what Callprep stores. Import, the card's edits (background handlers),
 * backup and restore all check records against the schemas built from these (./schemas), so a
 * record that one of them accepts is never refused by another. Raising a limit is safe; lowering
 * one needs a database upgrade that fits stored records to it (see src/db/versions.ts, v3).
 */
export const LIMITS = {
  /** Customer text fields, in characters. */
  name: 200,
  company: 200,
  title: 200,
  serviceLevel: 120,
  timeZone: 64,
  customerNotes: 20_000,
  /** Personal notes ("daughter started university"), kept apart from the business notes. */
  personalNotes: 2000,
  /** Why a customer is not to be contacted, or why a call went ahead anyway. */
  optOutReason: 500,
  /** RFC 3696 (errata): 64 for the local part, @, 255 for the domain. */
  email: 320,
  emails: 20,
  phones: 20,
  /** libphonenumber-js reads up to 20 digits after an explicit "ext." label. */
  extDigits: 20,
  tags: 50,
  tag: 60,
  products: 50,
  product: 120,
  timeWindows: 12,
  retryAfterHours: 24 * 60,
  concernText: 2000,
  commitmentWhat: 2000,
  commitmentWho: 120,
  callNotes: 50_000,
  followUpNote: 2000,
  /** The title of the page a call's number was clicked on (a call to an unknown number says where it came from). */
  callFoundOn: 300,
} as const;

/** Record ids: our UUIDs, and the stable ids of the sample data. */
export const ID_PATTERN = /^[\w-]{1,64}$/;
/** E.164: "+" then 7 to 15 digits. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;
export const HHMM_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
