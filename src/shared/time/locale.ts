/**
 * The locale every date, time and number is written in: the browser's UI language, so the card,
 * the popup and the browser's own date and time inputs agree (12- or 24-hour as that locale has it).
 */
import { dateTimeFormat } from '../i18n/intl-cache.ts';

interface I18nLike {
  getUILanguage?: () => string;
}

/** Whether Intl writes dates in a language tag: asked once per tag (every date written asks). */
const supportedTags = new Map<string, boolean>();

export function uiLocale(): string | undefined {
  const i18n = (globalThis as { chrome?: { i18n?: I18nLike } }).chrome?.i18n;
  const language = i18n?.getUILanguage?.() ?? (typeof navigator === 'undefined' ? undefined : navigator.language);
  if (!language) return undefined;
  // Chromium reports "en_US" in some builds; Intl wants "en-US".
  const tag = language.replaceAll('_', '-');
  let supported = supportedTags.get(tag);
  if (supported === undefined) supportedTags.set(tag, (supported = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0));
  return supported ? tag : undefined;
}

/** Asked for every time written: resolvedOptions() makes an object each time. */
const hourStyles = new Map<string | undefined, '2-digit' | 'numeric'>();

/** "9:30 AM" in 12-hour locales, "09:30" in 24-hour ones: each reads as the locale writes times. */
export function hourStyle(locale: string | undefined): '2-digit' | 'numeric' {
  let style = hourStyles.get(locale);
  if (style === undefined) {
    const cycle = dateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    style = cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
    hourStyles.set(locale, style);
  }
  return style;
}
