/** The field schemas records are built from, each with the message a user or a bug report reads. */
import * as v from 'valibot';
import { isValidTimeZone } from '../time/zone.ts';
import { t } from '../i18n/messages.ts';
import { E164_PATTERN, HHMM_PATTERN, ID_PATTERN } from './limits.ts';

export const text = (max: number) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `must be text of at most ${max.toLocaleString('en-US')} characters`));

export const listOf = <S extends v.GenericSchema>(item: S, max: number) =>
  v.pipe(v.array(item, `must be a list of at most ${max} items`), v.maxLength(max, `must be a list of at most ${max} items`));

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => v.picklist(values, `must be one of ${values.join(', ')}`);

export const time = v.pipe(v.number('must be a finite number'), v.finite('must be a finite number'));

export const flag = v.boolean('must be true or false');

export const e164 = v.pipe(v.string('must be a phone number in E.164 form'), v.regex(E164_PATTERN, 'must be a phone number in E.164 form'));

/** How many writes a record has had (shared/revision.ts); absent on records written before revisions. */
export const revision = v.optional(v.pipe(v.number('must be a whole number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative')));

export const recordId = v.pipe(v.string('must be a record id'), v.regex(ID_PATTERN, 'must be a record id'));

export const hhmm = v.pipe(v.string('must be a time as HH:mm'), v.regex(HHMM_PATTERN, 'must be a time as HH:mm'));

export const timeZone = (max: number) =>
  v.pipe(
    text(max),
    v.check((zone) => zone === '' || isValidTimeZone(zone), (issue) => t('refuse_unknownTimeZone', String(issue.input))),
  );

/** Any finite number (a count, a revision as sent, a tab id). */
export const finite = time;

/** The empty object a request without data carries. */
export const nothing = v.object({});
