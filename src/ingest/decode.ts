/**
 * Bytes to text. UTF-8 (with or without BOM) is read as is; UTF-16 with a BOM is converted, and
 * so is UTF-16 without one, recognised by its zero bytes (with a warning); anything else that is
 * not binary is read as Windows-1252, the superset of Latin-1 that older German and English
 * news exports use, with a warning. Binary files are refused.
 */

export type Decoded =
  | { ok: true; text: string; warning: string | null }
  | { ok: false; reason: string };

const MAGIC: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

const SNIFF_BYTES = 8192;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Windows-1252 bytes 0x80–0x9F (€, quotes, dashes, Š, Ž …); the rest is Latin-1. Written out
 * because Node's TextDecoder('windows-1252') decodes these bytes as Latin-1 control characters.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return text;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a byte-order mark: German or English text in UTF-16 has a zero in (nearly)
 * every second byte, on one side only: the high byte of each Latin character. Binary data has
 * zeros on both sides or few at all.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, SNIFF_BYTES - (SNIFF_BYTES % 2));
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros / pairs > 0.6 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.6 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Why the bytes look binary, or null: a known file signature, a NUL byte, or many control bytes. */
export function sniffBinary(bytes: Uint8Array): string | null {
  const known = MAGIC.find(([, prefix]) => startsWith(bytes, prefix));
  if (known) return `binary file: looks like ${known[0]}; convert it to text, HTML or JSON first`;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return `not UTF-8: looks like ${utf16.toUpperCase()} text without a byte-order mark; save it as UTF-8`;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const nul = sample.indexOf(0);
  if (nul >= 0) return `binary file: NUL byte at offset ${nul}; expected text`;
  const controls = sample.filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c).length;
  if (sample.length > 0 && controls / sample.length > 0.1) return `binary file: ${controls} control bytes in the first ${sample.length}; expected text`;
  return null;
}

export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: new TextDecoder(encoding).decode(bytes.subarray(2)), warning: `converted from ${encoding.toUpperCase()} to UTF-8` };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return {
      ok: true,
      text: new TextDecoder(utf16).decode(bytes),
      warning: `no byte-order mark, but every second byte is zero: read as ${utf16.toUpperCase()} and converted to UTF-8; save the file as UTF-8 to silence this`,
    };
  }
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, reason: binary };
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: utf8.decode(bytes), warning: null };
  } catch {
    return {
      ok: true,
      text: decodeWindows1252(bytes),
      warning: 'not UTF-8: read as Windows-1252/Latin-1 and converted to UTF-8; save the file as UTF-8 to silence this',
    };
  }
}
