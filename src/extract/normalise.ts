/**
 * Normalise stage: quantities, times and attribution for each frame, categories split out
 * (one transfer per supplier, recipient, category and status), and repeated statements of
 * the same transfer merged, keeping the first evidence.
 */
import { lexicon } from '../lexicon';
import type { Category, Quantity, Status } from '../record';
import { findTime } from './dates';
import { attributionRanges, type Frame, type ItemRef } from './transfers';
import { statedQuantity } from './quantities';
import type { Claim, Doc, Mention } from './types';

const DEFAULT_UNIT: Partial<Record<Category, string>> = {
  missile: 'missile', drone: 'drone', aircraft: 'aircraft', 'armoured-vehicle': 'vehicle', artillery: 'system', 'air-defence': 'system', personnel: 'soldier', naval: 'vessel',
};
/** "Container mit Munition": the containers' count is the shipment's size for what they hold. */
const CONTENTS = /^\s*(?:mit|with|of|voller|full of|containing)\s/;
const SPEECH = /\b(?:sagte\w*|sagt|erklarte\w*|betonte\w*|berichtete\w*|warnte\w*|erganzte\w*|hinzu|mahnte\w*|hob|bestatigte\w*|zufolge|laut|said|says|told|stated|added|according|warned|confirmed|noted|wrote|so)\b/;

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
