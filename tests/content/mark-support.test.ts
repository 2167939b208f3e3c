import { expect, test } from 'vitest';
import { missingMarkApis } from '../../src/content/mark-support.ts';

const FULL = {
  Highlight: class {},
  StaticRange: class {},
  CSS: { highlights: { set() {} } },
  CSSStyleSheet: class {
    replaceSync() {}
  },
};

test.each<[string, Record<string, unknown>, string[]]>([
  ['Chromium 105+ / Firefox 140+', FULL, []],
  ['no Highlight API at all (Firefox 128, Chromium 104)', { ...FULL, Highlight: undefined, CSS: {} }, ['Highlight', 'CSS.highlights']],
  ['Highlight switched off but CSS.highlights left', { ...FULL, Highlight: undefined }, ['Highlight']],
  ['no CSS namespace', { ...FULL, CSS: undefined }, ['CSS.highlights']],
  ['no StaticRange', { ...FULL, StaticRange: undefined }, ['StaticRange']],
  ['no constructed stylesheets', { ...FULL, CSSStyleSheet: class {} }, ['CSSStyleSheet.replaceSync']],
])('%s → missing %j', (_name, globals, missing) => {
  expect(missingMarkApis(globals)).toEqual(missing);
});
