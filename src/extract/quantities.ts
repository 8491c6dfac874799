/**
 * Quantities: the number stated before an item ("rund 30 Kampfpanzer", "more than 1,000 shells",
 * "ein weiteres Patriot-System", "a dozen"), with its approximation. Prices and years are no count.
 */
import type { Quantity } from '../record';

const APPROX: Array<[RegExp, string]> = [
  [/^(?:mehr als|uber|more than|over|in excess of|upwards of)$/, 'more than'],
  [/^(?:rund|etwa|ca\.?|circa|about|around|approximately|roughly|some|gut|an estimated)$/, 'about'],
  [/^(?:mindestens|at least|no fewer than)$/, 'at least'],
  [/^(?:bis zu|up to|as many as)$/, 'up to'],
  [/^(?:fast|knapp|nahezu|nearly|almost|beinahe)$/, 'nearly'],
];
const VAGUE: Record<string, string> = {
  hunderte: 'hundreds', hundreds: 'hundreds', tausende: 'thousands', thousands: 'thousands', dutzende: 'dozens', dozens: 'dozens',
  mehrere: 'several', einige: 'several', several: 'several', zahlreiche: 'several', numerous: 'several', weitere: 'several',
};
const WORDS: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwolf: 12, dreizehn: 13, vierzehn: 14, funfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  hundert: 100, tausend: 1000,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000,
};
/** The folded number words of both languages ("zwolf", "twelve"). */
export const NUMBER_WORDS = Object.keys(WORDS);
/** A dozen and half a dozen count; "Dutzende", "dozens" are vague (VAGUE). */
const DOZENS: Record<string, number> = { 'ein halbes dutzend': 6, 'halbes dutzend': 6, 'half a dozen': 6, 'ein dutzend': 12, 'a dozen': 12 };
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d$€£.,-])(?:(mehr als|uber|more than|over|in excess of|upwards of|rund|etwa|ca\\.?|circa|about|around|approximately|roughly|some|an estimated|mindestens|at least|no fewer than|bis zu|up to|as many as|fast|knapp|nahezu|nearly|almost|beinahe)\\s+)?` +
    `(\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:[.,]\\d+)?|${[...Object.keys(WORDS), ...Object.keys(VAGUE)].join('|')}|${Object.keys(DOZENS).join('|')}|(?:eine?|one|a)(?=\\s+(?:millionen|million|mio|tausend|thousand)\\b))` +
    `(?:\\s+(millionen|million|mio\\.?|tausend|thousand))?\\s+(?:(?:of|an|von)\\s+)?(?:[\\p{L}\\d-]*\\p{L}[\\p{L}\\d-]*\\s+){0,2}[\\p{L}-]*$`,
  'u',
);
/** Nouns whose "über" names their object: "Vertrag über", "Verhandlungen über", "Auftrag über". */
const DEAL_NOUN = /(?:vertrag\w*|abkommen|auftrag\w*|auftrage|vereinbarung\w*|bestellung\w*|verhandlung\w*|gesprach\w*|einigung|deal|geschaft\w*|angebot\w*|absichtserklarung)\s+$/;
/** "875 Millionen Dollar", "$6.5 billion": a price, not a count of what it buys. */
const MONEY = /\b(?:dollar|us-dollar|euro|pfund|pounds?|rupien|rupees|yuan|rubel|roubles?|rubles?|franken|francs?|won|yen)\b/;

function parseNumber(s: string, multiplier?: string): number | null {
  if (s in DOZENS) return DOZENS[s];
  if (/^(?:eine?|one|a)$/.test(s)) s = '1';
  if (s in WORDS) return WORDS[s];
  const n = /^\d{1,3}(?:[.,]\d{3})+$/.test(s) ? Number(s.replace(/[.,]/g, '')) : Number(s.replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  if (!multiplier) return n;
  return /^(?:tausend|thousand)$/.test(multiplier) ? n * 1000 : n * 1_000_000;
}

/** "ein weiteres Patriot-System", "a second battery": an indefinite article before the item counts one. */
const ONE = /(?<![\p{L}\d])(?:ein|eine|einen|einem|eines|a|an|one|another|single)\s+(?:(?!(?:of|von|fur|for|uber|about|mit|with|and|und|or|oder|zu|to|der|des|the)\s)[\p{L}-]+\s+){0,2}[\p{L}-]*$/u;

export function quantityBefore(norm: string, start: number, unit: string | null): Quantity | null {
  return statedQuantity(norm, start, unit)?.quantity ?? null;
}

/** The quantity stated before an item, and where its number stands (`at`, offset into `norm`; -1 for an article's "one"). */
export function statedQuantity(norm: string, start: number, unit: string | null): { quantity: Quantity; at: number } | null {
  const from = Math.max(0, start - 60);
  const before = norm.slice(from, start);
  const m = QUANTITY.exec(before);
  if (!m) return ONE.test(before) ? { quantity: { value: 1, approx: 'exact', unit }, at: -1 } : null;
  if (MONEY.test(m[0])) return null;
  const at = from + m.index;
  if (m[2] in VAGUE) return { quantity: { value: null, approx: VAGUE[m[2]], unit }, at };
  const value = parseNumber(m[2], m[3]);
  if (value === null || (value >= 1900 && value <= 2100 && !m[1])) return null;
  // "ein Vertrag über 48 Maschinen": "über" after a deal noun says what the deal is about, not "more than"
  const about = m[1] === 'uber' && DEAL_NOUN.test(before.slice(0, m.index));
  const approx = m[1] && !about ? APPROX.find(([re]) => re.test(m[1]))![1] : 'exact';
  return { quantity: { value, approx, unit }, at };
}
