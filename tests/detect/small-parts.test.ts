import { describe, expect, it } from 'vitest';
import { mayContainPhoneNumber } from '../../src/detect/precheck.ts';
import { detectPhoneNumbers } from '../../src/detect/detect.ts';
import { parseTelHref } from '../../src/detect/tel-link.ts';
import { resolveRegion } from '../../src/shared/phone-region.ts';
import { loadCorpus } from './corpus/score.ts';
import { loadCorpus2 } from './corpus2/score-corpus2.ts';

describe('mayContainPhoneNumber', () => {
  it.each<[string, boolean]>([
    ['Call 030 1234567', true],
    ['+1', true],
    ['+ 49', true],
    ['a + b = c', false],
    ['(212) 555-0147', true],
    ['12 34 56', true],
    ['123 45', false],
    ['No digits here at all.', false],
    ['Page 12 of 34, 5 items', false],
    ['', false],
    ['TEL：０６－６３４１－４４７０', true],
    ['＋８１', true],
    ['هاتف: ٠٢ ٦٤٤ ٧٣١٩', true],
    ['تلفن: ۰۳۱-۵۵۴۲ ۷۱۸۰', true],
    ['Tel. 030‑1234567', true],
    ['Tél. 06·12·34·56·78', true],
    ['12 · 34 · 56', false],
  ])('%j → %s', (text, expected) => {
    expect(mayContainPhoneNumber(text)).toBe(expected);
  });

  it('never says no where the detector finds a number (both corpora)', () => {
    const missed = [...loadCorpus(), ...loadCorpus2()].filter(
      (item) => !mayContainPhoneNumber(item.text) && detectPhoneNumbers(item.text, { region: item.region }).length > 0,
    );
    expect(missed.map((item) => item.id)).toEqual([]);
  });
});

describe('parseTelHref', () => {
  it.each<[string, string | undefined, ReturnType<typeof parseTelHref>]>([
    ['tel:+12125550147', undefined, { e164: '+12125550147' }],
    ['tel:+1-212-555-0147;ext=45', undefined, { e164: '+12125550147', ext: '45' }],
    ['tel:+12125550147,,45', undefined, { e164: '+12125550147', ext: '45' }],
    ['tel:030%201234567', 'DE', { e164: '+49301234567' }],
    ['TEL:(212)%20555-0147', 'US', { e164: '+12125550147' }],
    ['callto://+4930123456', undefined, { e164: '+4930123456' }],
    ['callto:0044.20.7946.0321', 'DE', { e164: '+442079460321' }],
    ['tel:1234567;phone-context=+4930', undefined, { e164: '+49301234567' }],
    ['tel:030 1234567', undefined, null],
    ['tel:', 'US', null],
    ['tel:%E0%A4%A', 'US', null],
    ['tel:1-800-FLOWERS', 'US', null],
    ['mailto:jane@example.com', 'US', null],
    ['https://example.com/tel:+12125550147', 'US', null],
  ])('%s (%s)', (href, region, expected) => {
    expect(parseTelHref(href, region)).toEqual(expected);
  });
});

describe('resolveRegion', () => {
  it.each<[Parameters<typeof resolveRegion>[0], string | undefined]>([
    [{ setting: 'ch', browserLanguages: ['en-US'] }, 'CH'],
    [{ setting: '', browserLanguages: ['en-US', 'de-DE'] }, 'US'],
    [{ browserLanguages: ['de'] }, 'DE'],
    [{ browserLanguages: ['fr'] }, 'FR'],
    [{ browserLanguages: ['zh-Hans-CN'] }, 'CN'],
    [{ browserLanguages: ['en', 'pt-BR'] }, 'BR'],
    [{ browserLanguages: ['es-419'], pageLang: 'es-MX' }, 'MX'],
    [{ browserLanguages: ['en'], pageLang: 'ja' }, 'JP'],
    [{ browserLanguages: ['en'] }, undefined],
    [{ setting: 'not a region', pageLang: 'nl-BE' }, 'BE'],
    [{}, undefined],
  ])('%j → %s', (sources, expected) => {
    expect(resolveRegion(sources)).toBe(expected);
  });
});
