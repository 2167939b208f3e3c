/**
 * Reads a text file the user picked. UTF-8 is decoded strictly: a byte sequence that is not UTF-8
 * is not silently turned into "�". Such a file is most often a spreadsheet's "CSV" in the Windows
 * code page (Excel on Windows saves CSV as Windows-1252 unless told otherwise), so it is read as that
 * and the caller shows a notice; a UTF-16 file (Excel's "Unicode text") is recognised by its BOM.
 */
import { t } from './i18n/messages.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function byBom(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

export function decodeTextFile(bytes: Uint8Array): DecodedText {
  const utf16 = byBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch (error) {
    // The one error a fatal decoder throws: the bytes are not UTF-8.
    if (!(error instanceof TypeError)) throw error;
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** What the import shows when the file was not UTF-8. */
export const encodingNotice = (encoding: TextEncodingName): string | null =>
  encoding === 'windows-1252'
    ? t('encodingNotice1252')
    : null;
