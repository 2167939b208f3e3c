/**
 * Firefox picks an extension's messages by its app locale, and takes `intl.locale.requested` only
 * for a language it has: Debian's firefox-esr ships en-US alone (languages come as firefox-esr-l10n-*
 * packages, and none exist for the older ESR the tests also run). A language pack that registers the
 * language with no resources of its own (Firefox's own words stay English) makes it available, so
 * the extension runs in it. Checked with Firefox ESR 140.12 and 153.7: browser.i18n.getUILanguage()
 * answers "de" after this, "en-US" without it.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a temporary, unsigned language pack for `locale` (installed as a temporary add-on) and returns its folder. */
export async function writeLangpack(locale: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `callprep-langpack-${locale}-`));
  await mkdir(join(dir, 'browser'));
  await writeFile(join(dir, 'browser', 'empty.ftl'), '');
  const manifest = {
    manifest_version: 2,
    name: `Test language: ${locale}`,
    version: '1.0',
    langpack_id: locale,
    languages: { [locale]: { chrome_resources: {}, version: '20261126000000' } },
    // One (empty) source is what registers the language as available.
    sources: { browser: { base_path: 'browser/' } },
    browser_specific_settings: { gecko: { id: `langpack-${locale}@callprep.test`, strict_min_version: '140.0', strict_max_version: '999.*' } },
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
