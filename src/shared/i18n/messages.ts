/**
 * The one place every context (background, content, UI) gets a user-visible word from: the browser's
 * i18n over `_locales/<lang>/messages.json`. Keys are typed from the English file, so a missing key
 * fails the type check; `_locales` parity (same keys and placeholders in every language) is a unit
 * test (tests/shared/i18n/locales.test.ts).
 */
import type english from '../../../_locales/en/messages.json';
import { numberFormat, pluralRules } from './intl-cache.ts';

type Catalog = typeof english;
export type MessageKey = keyof Catalog;
/** A message with `$NAME$` placeholders takes substitutions, in the order of their `$1`, `$2`… */
type Substitutions<K extends MessageKey> = Catalog[K] extends { placeholders: object } ? [Text, ...Text[]] : [];
type Text = string | number;

/** `getMessage` as chrome.i18n and browser.i18n have it: '' for an unknown key. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
}

let installed: MessageLookup | undefined;

/** Tests (happy-dom, Node) have no browser i18n: they install a lookup over the English file. */
export function setMessageLookup(lookup: MessageLookup | undefined): void {
  installed = lookup;
}

function lookup(key: string, substitutions: string[]): string {
  if (installed) return installed(key, substitutions);
  // chrome.i18n exists in every context of both browsers (Firefox also names it chrome), and is synchronous.
  const api = (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;
  if (!api) throw new Error(`No browser i18n to look up "${key}" in`);
  return api.getMessage(key, substitutions);
}

/** The language the messages come from ("en", "de"…): plural rules and numbers follow it, not the OS. */
export const messagesLocale = (): string => lookup('localeCode', []) || 'en';

const formatText = (value: Text): string => (typeof value === 'number' ? formatNumber(value) : value);

/** A count or amount as the messages' language writes it: "1,234" / "1.234" / "1 234". */
export const formatNumber = (value: number): string => numberFormat(messagesLocale(), {}).format(value);

/** The message in the user's language. A key the browser cannot resolve is reported, and shown as the key. */
export function t<K extends MessageKey>(key: K, ...substitutions: Substitutions<K>): string {
  const text = lookup(key, substitutions.map(formatText));
  if (text) return text;
  console.error(`Callprep: no message "${key}" in this language`);
  return key;
}

/** Keys of plural messages: `<base>_one`, `<base>_other` (and any category a language needs). */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/**
 * chrome.i18n has no plurals: a plural message is one key per CLDR category of the language
 * (`follow_ups_due_one`, `…_other`), chosen by Intl.PluralRules; a category a language does not write
 * out (French "many", for millions) falls back to `_other`. The count is the first substitution.
 */
export function tPlural<B extends PluralBase>(base: B, count: number, ...rest: Text[]): string {
  const locale = messagesLocale();
  const rules = pluralRules(locale, {});
  const substitutions = [count, ...rest].map(formatText);
  const text = lookup(`${base}_${rules.select(count)}`, substitutions) || lookup(`${base}_other`, substitutions);
  if (text) return text;
  console.error(`Callprep: no plural message "${base}" in this language`);
  return base;
}
