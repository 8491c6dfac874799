/**
 * Normalise stage: quantities, times and attribution for each frame, categories split out
 * (one transfer per supplier, recipient, category and status), and repeated statements of
 * the same transfer merged, keeping the first evidence.
 */
import { lexicon } from '../lexicon';
import type { Category, Quantity, Status } from '../record';
import { findTime } from './dates';
import { attributionRanges, type Frame, type ItemRef } from './transfers';
import type { Claim, Doc, Mention } from './types';

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
const DEFAULT_UNIT: Partial<Record<Category, string>> = {
  missile: 'missile', drone: 'drone', aircraft: 'aircraft', 'armoured-vehicle': 'vehicle', artillery: 'system', 'air-defence': 'system', personnel: 'soldier', naval: 'vessel',
};
/** "Container mit Munition": the containers' count is the shipment's size for what they hold. */
const CONTENTS = /^\s*(?:mit|with|of|voller|full of|containing)\s/;
const SPEECH = /\b(?:sagte\w*|sagt|erklarte\w*|betonte\w*|berichtete\w*|warnte\w*|erganzte\w*|hinzu|mahnte\w*|hob|bestatigte\w*|zufolge|laut|said|says|told|stated|added|according|warned|confirmed|noted|wrote|so)\b/;

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
function statedQuantity(norm: string, start: number, unit: string | null): { quantity: Quantity; at: number } | null {
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

/**
 * A category's quantity in one statement: "30 Kampfpanzer M-84 und 30 Schützenpanzer M-80" are 60
 * armoured vehicles, "1,800 bombs … and 1,700 bombs" 3,500 — each number counted once (one number
 * before a list of items counts them together).
 */
function categoryQuantity(stated: Array<{ quantity: Quantity; at: number }>, category: Category): Quantity | null {
  const counted = stated.filter((q, k) => q.quantity.value !== null && (q.at < 0 || stated.findIndex((o) => o.at === q.at) === k));
  if (counted.length < 2) return stated[0]?.quantity ?? null;
  const units = new Set(counted.map((q) => q.quantity.unit));
  const approx = counted.find((q) => q.quantity.approx !== 'exact')?.quantity.approx ?? 'exact';
  const unit = units.size === 1 ? counted[0].quantity.unit : DEFAULT_UNIT[category] ?? counted[0].quantity.unit;
  return { value: counted.reduce((sum, q) => sum + q.quantity.value!, 0), approx, unit };
}

function unitOf(m: Mention, category: Category): string | null {
  if (m.type === 'actor') return 'soldier';
  if (m.type === 'item') return lexicon().items.get(m.id)?.unit ?? null;
  return DEFAULT_UNIT[category] ?? null;
}

function itemQuantities(doc: Doc, items: ItemRef[]): Map<Mention, { quantity: Quantity; at: number }> {
  const found = new Map<Mention, { quantity: Quantity; at: number }>();
  const sentenceMentions = (i: ItemRef) => doc.bySentence[i.mention.sentence].filter((m) => m.type === 'item');
  // the containers first: "16.000 Schiffscontainer voller Artilleriemunition" counts containers, not shells
  for (const i of items) {
    const container = sentenceMentions(i).find((c) => c.id === 'container' && c.end < i.mention.start && i.mention.start - c.end < 60 && CONTENTS.test(doc.norm.slice(c.end, i.mention.start)) && !/[,.;]/.test(doc.norm.slice(c.end, i.mention.start)));
    const q = container ? statedQuantity(doc.norm, container.start, 'container') : null;
    if (q) found.set(i.mention, q);
  }
  for (const i of items) {
    if (found.has(i.mention)) continue;
    const q = statedQuantity(doc.norm, i.mention.start, unitOf(i.mention, i.category));
    if (q) found.set(i.mention, q);
  }
  return found;
}

function attributionOf(doc: Doc, sentence: number): string | null {
  const lex = lexicon();
  const s = doc.sentences[sentence];
  const norm = doc.norm.slice(s.start, s.end);
  const ms = doc.bySentence[sentence];
  const person = ms.find((m) => m.type === 'person' && SPEECH.test(norm));
  if (person) return lex.people.get(person.id)?.name ?? nameOfPerson(doc, person.id);
  const ranges = attributionRanges(doc, s);
  const source = ms.find((m) => (m.type === 'actor' || m.type === 'person') && ranges.some((r) => r.start <= m.start && m.end <= r.end));
  if (source) return source.type === 'actor' ? lex.actors.get(source.id)!.name : lex.people.get(source.id)?.name ?? nameOfPerson(doc, source.id);
  return null;
}

function nameOfPerson(doc: Doc, id: string): string | null {
  return doc.mentions.find((m) => m.type === 'person' && m.id === id && m.name)?.name ?? null;
}

/**
 * "said on Tuesday" dates the statement (a day before the report), not what it reports: another time in the sentence dates
 * the event ("sagte am Donnerstag, Pjöngjang habe kürzlich … geliefert"). Without one, a denial,
 * halt, order or approval announced that day happened that day; a delivery it reports happened
 * before, in that month as far as the article tells.
 */
function eventTime(norm: string, reportDate: string | null, status: Status, past: boolean): string | null {
  let t = findTime(norm, reportDate, past);
  if (!t || t.kind !== 'weekday' || !SPEECH.test(norm.slice(Math.max(0, t.index - 30), t.end + 30))) return t?.when ?? null;
  // what was said was said before the report, whatever it announces
  if (!past) t = findTime(norm, reportDate, true)!;
  const other = findTime(norm.slice(0, t.index) + ' '.repeat(t.end - t.index) + norm.slice(t.end), reportDate, past);
  if (other) return other.when;
  return status === 'delivered' || status === 'unconfirmed' ? t.when.slice(0, 7) : t.when;
}

/** A statement with no time of its own is dated by its report: what the article says holds as of its month. */
const reportMonth = (doc: Doc): string | null => doc.reportDate?.slice(0, 7) ?? null;

export function normalise(doc: Doc, frames: Frame[]): Claim[] {
  const merged = new Map<string, Claim>();
  // A claim dated only by its report takes the first time a later statement of it names.
  const reportDated = new Set<Claim>();
  const lastAttribution = new Map<number, string>();
  for (const f of frames) {
    const quantities = itemQuantities(doc, f.items);
    const byCategory = new Map<Category, ItemRef[]>();
    for (const i of f.items) byCategory.set(i.category, [...(byCategory.get(i.category) ?? []), i]);
    const sentence = doc.sentences[f.sentence];
    const past = f.status !== 'expected' && f.status !== 'negotiating';
    const stated = eventTime(doc.norm.slice(sentence.start, f.evidenceEnd), doc.reportDate, f.status, past);
    const when = stated ?? reportMonth(doc);
    let attribution = attributionOf(doc, f.sentence);
    if (attribution) lastAttribution.set(sentence.paragraph, attribution);
    else attribution = lastAttribution.get(sentence.paragraph) ?? null;
    const supplier = exportingState(f.supplier!, f.recipient!);
    for (const [category, items] of byCategory) {
      const key = `${supplier}|${f.recipient}|${category}|${f.status}`;
      const quantity = categoryQuantity(items.map((i) => quantities.get(i.mention)).filter((q) => q !== undefined), category);
      const existing = merged.get(key);
      if (existing) {
        existing.items.push(...items.map((i) => i.mention));
        existing.quantity ??= quantity;
        if (stated && reportDated.has(existing)) {
          existing.when = stated;
          reportDated.delete(existing);
        }
        existing.attribution ??= attribution;
        existing.filled = Math.min(existing.filled, f.filled);
        existing.statements++;
        continue;
      }
      const claim: Claim = {
        supplier, recipient: f.recipient!, category, status: f.status, items: items.map((i) => i.mention),
        sentence: f.sentence, evidenceEnd: f.evidenceEnd, quantity, when, attribution,
        basis: f.basis, by: f.by, filled: f.filled, redirected: f.redirected, statements: 1,
      };
      if (!stated) reportDated.add(claim);
      merged.set(key, claim);
    }
  }
  return withoutSummaries(doc, [...merged.values()]);
}

/**
 * A company's export is its state's: arms-transfer records name the supplying state (SIPRI's
 * convention; the company stays an actor the article mentions), so a company supplier stands for
 * its home state, unless it sells at home or has no one home.
 */
function exportingState(supplier: string, recipient: string): string {
  const company = lexicon().actors.get(supplier);
  const state = company?.kind === 'company' ? company.origin : null;
  return state && state !== recipient ? state : supplier;
}

/** "Waffenlieferungen", "Rüstungsexporte": a delivery compound sums up a pair's transfers and stands alone only where the article names no other category for the pair. */
function withoutSummaries(doc: Doc, claims: Claim[]): Claim[] {
  const summary = (c: Claim) => c.items.every((m) => /(?:lieferung|export)/.test(doc.norm.slice(m.start, m.end)));
  const pair = (c: Claim) => `${c.supplier}|${c.recipient}`;
  const named = new Set(claims.filter((c) => !summary(c)).map(pair));
  return claims.filter((c) => !summary(c) || !named.has(pair(c)));
}
