import { describe, expect, it } from 'vitest';
import { decodeTextFile, encodingNotice } from '../../src/shared/text-file.ts';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('reading a picked text file', () => {
  it('reads UTF-8 (with or without a BOM) as it is', () => {
    const bytes = new TextEncoder().encode('Name\nJürgen Müller – 東京\n');
    expect(decodeTextFile(bytes)).toEqual({ text: 'Name\nJürgen Müller – 東京\n', encoding: 'utf-8' });
    expect(decodeTextFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])).text).toBe('Name\nJürgen Müller – 東京\n');
    expect(encodingNotice('utf-8')).toBeNull();
  });

  it('reads bytes that are not UTF-8 as Windows-1252, as Excel on Windows saves CSV, and says so', () => {
    // ü = 0xFC in Windows-1252, not valid UTF-8 on its own. (Node decodes "windows-1252" as Latin-1,
    // so € at 0x80 is checked in the browsers, by tests/e2e/data-safety.e2e.test.ts.)
    const bytes = latin1('Jürgen Müller, Düsseldorf');
    expect(decodeTextFile(bytes)).toEqual({ text: 'Jürgen Müller, Düsseldorf', encoding: 'windows-1252' });
    expect(encodingNotice('windows-1252')).toContain('read as Windows-1252');
  });

  it('reads UTF-16 with its BOM (Excel "Unicode text")', () => {
    const text = 'Name\tPhone\nZoë\t+44 20 7946 0958\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    [...text].forEach((c, i) => le.set([c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8], 2 + i * 2));
    expect(decodeTextFile(le)).toEqual({ text, encoding: 'utf-16le' });
  });
});
