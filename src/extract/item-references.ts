/**
 * Item references stage: "den Transporter", "die ersten Maschinen", "the vessels", "die Jets"
 * refer back to a system the article has just named ("Österreich kauft vier C-390 … Auch Ungarn
 * hat den Transporter geordert"). A reference noun (`src/lexicon/data/item-references.json`,
 * each entry with examples the tests run) becomes a mention of that system; a generic class noun
 * of items.json keeps its class and gains the system as `weaponId`, so its maker is known.
 */
import type { Category } from '../record';
import data from '../lexicon/data/item-references.json';
import { NUMBER_WORDS } from './quantities';
import type { Mention, Sentence } from './types';

export interface ItemReference {
  meaning: string;
  forms: string[];
  /** The categories of system the noun can stand for; 'any' is every one but equipment and personnel. */
  refersTo: 'any' | Category[];
  examples: Array<{ text: string; resolves: string }>;
}

export const itemReferences = data.references as ItemReference[];

/** Sentences back in which the system must have been named: a reference reaches across a short paragraph, not the article. */
const REACH = 3;
/**
 * What makes a noun refer rather than name a class: a determiner, demonstrative, possessive or
 * number before it, with at most two attributive words between ("die ersten", "sechs weitere", "the two new").
 */
const DETERMINED = new RegExp(String.raw`(?:^|[^\p{L}\d])(?:der|die|das|den|dem|des|diese[mnrs]?|jene[mnrs]?|solche[mnrs]?|beide[mnrs]?|sein\w*|ihr\w*|the|these|those|such|both|its|their|\d[\d.,]*|${NUMBER_WORDS.join('|')})\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$`, 'u');
/** "Maschinen des Typs KAAN", "ships of the Mogami class": the system is named right after, so the noun names nothing by itself. */
const NAMED_AFTER = /^\s*(?:des typs|vom typ|der klasse|of the|of type|class)?\s*$/;

let compiled: { re: RegExp; entries: Map<string, ItemReference> } | null = null;
function matcher() {
  if (compiled) return compiled;
  const entries = new Map<string, ItemReference>();
  for (const r of itemReferences) for (const f of r.forms) entries.set(f, r);
  const alternatives = [...entries.keys()].sort((a, b) => b.length - a.length);
  compiled = { re: new RegExp(`(?<![\\p{L}\\d-])(?:${alternatives.join('|')})(?![\\p{L}\\d-])`, 'gu'), entries };
  return compiled;
}

const fits = (refersTo: 'any' | Category[], c: Category | undefined) =>
  !!c && (refersTo === 'any' ? c !== 'equipment' && c !== 'personnel' : refersTo.includes(c));

/** The latest mention before `at`, in its sentence or the REACH before, that `ok` accepts. */
function antecedent(mentions: Mention[], sentence: number, at: number, ok: (m: Mention) => boolean): Mention | null {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.start >= at) continue;
    if (m.sentence < sentence - REACH) break;
    if (ok(m)) return m;
  }
  return null;
}

/** The mentions with item references resolved: new mentions for reference nouns, `weaponId` on determined class nouns. */
export function resolveItemReferences(norm: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const systems = mentions.filter((m) => m.type === 'weapon');
  const things = mentions.filter((m) => m.type === 'weapon' || m.type === 'item');
  const determined = (m: { start: number; end: number }) =>
    DETERMINED.test(norm.slice(Math.max(0, m.start - 40), m.start)) && !things.some((t) => t.start >= m.end && NAMED_AFTER.test(norm.slice(m.end, t.start)));
  const out = mentions.map((m) => {
    if (m.type !== 'item' || m.weaponId || !determined(m)) return m;
    const system = antecedent(systems, m.sentence, m.start, (w) => w.category === m.category);
    return system ? { ...m, weaponId: system.id } : m;
  });
  const { re, entries } = matcher();
  let s = 0;
  re.lastIndex = 0;
  for (let x = re.exec(norm); x; x = re.exec(norm)) {
    const span = { start: x.index, end: x.index + x[0].length };
    while (s < sentences.length && sentences[s].end <= span.start) s++;
    if (s >= sentences.length || sentences[s].start > span.start) continue;
    if (mentions.some((m) => m.start < span.end && span.start < m.end) || !determined(span)) continue;
    const entry = entries.get(x[0])!;
    // a named system first ("den Transporter" is the C-390), else a class just named ("zwei Transportflugzeuge … die Maschinen")
    const target = antecedent(systems, s, span.start, (w) => fits(entry.refersTo, w.category)) ?? antecedent(things, s, span.start, (w) => fits(entry.refersTo, w.category));
    if (target) out.push({ ...target, ...span, form: 'reference', sentence: s });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
