/**
 * Intl's formatters, made once per locale and options and then reused. Making one costs far more than
 * using it: the card made several hundred per open (a DateTimeFormat for every date, hour style and
 * zone check it wrote), 60–70 ms of its 164 ms of script per open (CPU profile, Chromium 156,
 * 2026-11-27). Every date, number and plural Callprep writes goes through here.
 */
/** Locales × option sets × zones in use stay far below this; past it the cache starts afresh. */
const MAX_KEPT = 512;

function cached<Options, Made>(make: (locale: string | undefined, options: Options) => Made) {
  const kept = new Map<string, Made>();
  return (locale: string | undefined, options: Options): Made => {
    const key = `${locale ?? ''}|${JSON.stringify(options)}`;
    let made = kept.get(key);
    if (made === undefined) {
      // An unknown zone or locale throws here (a RangeError) and nothing is kept.
      made = make(locale, options);
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(key, made);
    }
    return made;
  };
}

export const dateTimeFormat = cached((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
export const relativeTimeFormat = cached((locale, options: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options));
export const numberFormat = cached((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
export const pluralRules = cached((locale, options: Intl.PluralRulesOptions) => new Intl.PluralRules(locale, options));
export const displayNames = cached((locale, options: Intl.DisplayNamesOptions) => new Intl.DisplayNames(locale, options));
