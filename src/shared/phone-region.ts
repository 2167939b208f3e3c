/**
 * The default country for numbers written in national format: the user's setting, else the region
 * of the browser's languages, else the page's `lang`. Free of libphonenumber-js so the content-script
 * core can use it; detect.ts ignores a region its metadata does not know.
 */
export interface RegionSources {
  /** The user's choice in the options ("DE"); empty means automatic. */
  setting?: string;
  /** navigator.languages, most preferred first. */
  browserLanguages?: readonly string[];
  /** The page's <html lang>. */
  pageLang?: string;
}

/** Languages spoken mainly in one country, so a bare tag ("de") names the country. "en", "es",
 *  "pt", "ar", "zh" are left out: they name no one country. */
const COUNTRY_OF_LANGUAGE: Record<string, string> = {
  de: 'DE', fr: 'FR', it: 'IT', nl: 'NL', pl: 'PL', sv: 'SE', da: 'DK', nb: 'NO', nn: 'NO', no: 'NO',
  fi: 'FI', cs: 'CZ', sk: 'SK', hu: 'HU', ro: 'RO', bg: 'BG', el: 'GR', tr: 'TR', ru: 'RU', uk: 'UA',
  ja: 'JP', ko: 'KR', he: 'IL', iw: 'IL', hi: 'IN', th: 'TH', vi: 'VN', id: 'ID', ms: 'MY', et: 'EE',
  lv: 'LV', lt: 'LT', sl: 'SI', hr: 'HR', sr: 'RS', is: 'IS', ga: 'IE', ca: 'ES', eu: 'ES', gl: 'ES',
  fa: 'IR', ka: 'GE', hy: 'AM', az: 'AZ', kk: 'KZ', be: 'BY', mk: 'MK', sq: 'AL', mt: 'MT', lb: 'LU',
  tl: 'PH', fil: 'PH', bn: 'BD', ur: 'PK', ne: 'NP', si: 'LK', km: 'KH', lo: 'LA', my: 'MM', mn: 'MN',
  sw: 'KE', am: 'ET', af: 'ZA',
};

const REGION = /^[A-Z]{2}$/;

/** "en-US" → "US", "zh-Hans-CN" → "CN", "de" → "DE", "es-419" → undefined. */
export function regionOfLanguageTag(tag: string): string | undefined {
  const parts = tag.trim().replace(/_/g, '-').split('-');
  for (const part of parts.slice(1)) {
    if (/^[a-z]{2}$/i.test(part)) return part.toUpperCase();
  }
  const language = parts[0]?.toLowerCase();
  return language ? COUNTRY_OF_LANGUAGE[language] : undefined;
}

export function resolveRegion(sources: RegionSources): string | undefined {
  const setting = sources.setting?.trim().toUpperCase();
  if (setting && REGION.test(setting)) return setting;
  for (const language of sources.browserLanguages ?? []) {
    const region = regionOfLanguageTag(language);
    if (region) return region;
  }
  return sources.pageLang ? regionOfLanguageTag(sources.pageLang) : undefined;
}
