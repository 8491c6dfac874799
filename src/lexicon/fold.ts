/**
 * Length-preserving text folding: every UTF-16 code unit maps to exactly one code unit, so
 * an offset into the folded text is an offset into the original. Folding lowercases, strips
 * diacritics (Saporischschja = Saporíschschja), and unifies spaces, quotes and dashes.
 */
const SPACES = '\u00a0\u2007\u2009\u200a\u202f\u205f\u3000\t';
const DOUBLE_QUOTES = '„“”«»″';
const SINGLE_QUOTES = '‚‘’‹›′`´';
const DASHES = '‐‑‒–—―−';

let table: Uint16Array | null = null;
let wordTable: Uint8Array | null = null;

function buildTables(): void {
  table = new Uint16Array(65536);
  wordTable = new Uint8Array(65536);
  const letterOrDigit = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    let out = ch;
    if (SPACES.includes(ch)) out = ' ';
    else if (DOUBLE_QUOTES.includes(ch)) out = '"';
    else if (SINGLE_QUOTES.includes(ch)) out = "'";
    else if (DASHES.includes(ch)) out = '-';
    else if (c < 0xd800 || c > 0xdfff) {
      const base = ch.normalize('NFD')[0];
      const lower = base.toLowerCase();
      out = lower.length === 1 ? lower : base;
    }
    table[c] = out.charCodeAt(0);
    wordTable[c] = letterOrDigit.test(ch) ? 1 : 0;
  }
}

export function fold(s: string): string {
  if (!table) buildTables();
  const t = table!;
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < s.length; i += CHUNK) {
    const end = Math.min(s.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) codes[j - i] = t[s.charCodeAt(j)];
    parts.push(String.fromCharCode.apply(null, codes));
  }
  return parts.join('');
}

/** Letter or digit (any script): the characters words are made of. */
export function isWordCode(code: number): boolean {
  if (!wordTable) buildTables();
  return wordTable![code] === 1;
}

/** The table behind `isWordCode` (1 for a letter or digit), for hot loops that index it directly. */
export function wordCodes(): Uint8Array {
  if (!wordTable) buildTables();
  return wordTable!;
}

/** Slug of a canonical name: "Kim Jong Un" → "kim-jong-un", "240 mm MRL" → "240-mm-mrl". */
export function slug(name: string): string {
  return fold(name)
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
