/**
 * Predicate stage: where a sentence says that something is given, sold, bought, ordered,
 * received, pledged, requested, negotiated, denied or stopped — the forms of the predicate
 * lexicon (`src/lexicon/predicates/`) found in the sentence, with the entry and the form's
 * features. A separable verb counts where its particle closes the clause ("sagte ... zu"); a
 * support-verb construction where its fixed words stand near its head ("zur Verfügung
 * stellen", "put ... on hold"); a noun also as the head of a German compound
 * ("Waffenlieferungen", "Rüstungsexporte"); a participle adjective after a hyphen
 * ("US-gelieferte", "Iranian-made").
 */
import { predicateIndex, type IndexedForm, type PredicateEntry } from '../lexicon/predicates';
import type { Language } from '../record';
import type { Doc, Range } from './types';

export interface PredicateCue extends Range, IndexedForm {}

interface Word extends Range {
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** Where a clause ends for a separable particle or a phrase's fixed words. */
const CLAUSE_END = /[,;:!?–]|\s-\s|\.(?:\s|$)/;
/** A German compound's head must be this long to count alone ("Waffenlieferungen" → "lieferungen"). */
const MIN_HEAD = 5;
/** The most words a form of the language's lexicon has ("zu liefern", "give the green light to"). */
const longest = new Map<Language, number>();
function maxWords(language: Language): number {
  let n = longest.get(language);
  if (n === undefined) longest.set(language, (n = Math.max(...[...predicateIndex(language).keys()].map((k) => k.split(' ').length))));
  return n;
}

function words(text: string, base: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ text: m[0].toLowerCase(), start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

/** Words from `from` up to the end of the clause that holds it. */
function clauseWords(all: Word[], from: number, text: string, base: number): Word[] {
  const out: Word[] = [];
  for (let k = from; k < all.length; k++) {
    // a separator inside a number ("2.000", "1,500") ends no clause
    const inNumber = k > 0 && /^\d+$/.test(all[k - 1].text) && /^\d+$/.test(all[k].text);
    if (k > from && !inNumber && CLAUSE_END.test(text.slice(all[k - 1].end - base, all[k].start - base))) break;
    out.push(all[k]);
  }
  return out;
}

/**
 * Does each of the `fixed` phrases ("zur Verfügung", "den Weg" … "frei") stand, in order, within a few words before or
 * after position `k`? After it, the whole Mittelfeld up to the right bracket counts ("legten … sämtliche Anträge auf
 * Ausfuhr militärischer Güter in die Türkei auf Eis").
 */
function fixedNear(all: Word[], k: number, fixed: string[], text: string, base: number): boolean {
  const lo = Math.max(0, k - 6);
  const window = [...all.slice(lo, k), ...clauseWords(all, k, text, base).slice(0, 20)].map((w) => w.text);
  let from = 0;
  for (const phrase of fixed) {
    const wanted = phrase.toLowerCase().split(/\s+/);
    let found = -1;
    for (let i = from; i + wanted.length <= window.length && found < 0; i++) if (wanted.every((w, j) => window[i + j] === w)) found = i;
    if (found < 0) return false;
    from = found + wanted.length;
  }
  return true;
}

/** Does the clause from word `k` close with `particle` ("sagte der Ukraine Panzer zu.")? An infinitive's "zu" inside the clause does not count. */
function particleCloses(all: Word[], k: number, particle: string, text: string, base: number): boolean {
  const rest = clauseWords(all, k, text, base);
  const last = rest[rest.length - 1];
  return rest.length > 1 && last.text === particle;
}

/**
 * English writes nouns and verbs alike ("ships", "arms", "orders", "supply"). Right after a
 * determiner, a possessive, a number or a preposition, or after a hyphenated modifier
 * ("100-metre ships"), as the head of a hyphenated word ("anti-ship"), right after another
 * predicate's form ("ships arms", "orders ships") or before a predicate noun it modifies ("arms
 * exports"), the form is a noun and its verb reading does not count. After a determiner, a
 * possessive, a number, a preposition or a hyphenated modifier that holds only where the lexicon
 * has no noun of that form ("the ships", "F-16 Block 70"); where it has one ("a gift", "the
 * request") the transfer stage weighs both readings.
 */
const NOUN_BEFORE_EN = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'these', 'those', 'some', 'any', 'no', 'each', 'every',
  'both', 'several', 'many', 'few', 'more', 'most', 'other', 'such', 'new', 'first', 'last', 'further', 'additional',
  'of', 'for', 'with', 'on', 'in', 'by', 'from', 'about', 'into', 'at', 'against', 'over', 'under',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds', 'thousands', 'million', 'millions',
]);
function englishNoun(all: Word[], k: number, text: string, base: number): 'sure' | 'likely' | null {
  const gap = (i: number) => text.slice(all[i - 1].end - base, all[i].start - base);
  const index = predicateIndex('en');
  const next = all[k + 1];
  if (next && /^\s+$/.test(gap(k + 1)) && (index.get(next.text) ?? []).some((h) => h.form.features.kind === 'noun')) return 'sure';
  if (k > 0 && gap(k) === '-') return 'sure';
  const prev = all[k - 1];
  if (!prev || !/^\s+$/.test(gap(k))) return null;
  if ((index.get(prev.text) ?? []).some((h) => h.form.features.kind === 'finite')) return 'sure';
  if (NOUN_BEFORE_EN.has(prev.text) || /^\d/.test(prev.text) || /['’]s$/.test(prev.text)) return 'likely';
  return k > 1 && gap(k - 1) === '-' ? 'likely' : null;
}

function accepts(hit: IndexedForm, all: Word[], k: number, text: string, base: number, language: Language, nounReading: boolean): boolean {
  const { kind } = hit.form.features;
  if (language === 'en' && (kind === 'finite' || kind === 'infinitive')) {
    const noun = englishNoun(all, k, text, base);
    if (noun === 'sure' || (noun === 'likely' && !nounReading)) return false;
  }
  // "armed forces": a participle before one of the entry's nouns is an adjective
  if (hit.form.features.kind === 'participle' || hit.form.features.tense === 'past') {
    const next = all[k + 1];
    if (next && hit.entry.adjectiveBefore?.includes(next.text) && /^[\s-]*$/.test(text.slice(all[k].end - base, next.start - base))) return false;
  }
  if (hit.form.features.separated && hit.entry.particle && !particleCloses(all, k, hit.entry.particle.toLowerCase(), text, base)) return false;
  return !hit.entry.fixed || fixedNear(all, k, hit.entry.fixed, text, base);
}

/**
 * The predicate forms in `text` (one sentence; offsets from `base`). Multi-word forms are
 * matched word by word; the longest match at a position wins.
 */
export function predicateCues(text: string, base: number, language: Language): PredicateCue[] {
  const index = predicateIndex(language);
  const all = words(text, base);
  const out: PredicateCue[] = [];
  for (let k = 0; k < all.length; k++) {
    const w = all[k];
    // multi-word forms first ("zu liefern", "zur Verfügung", "put on hold", "pulled out of"): the longest match ending here wins
    const keys = [w.text];
    for (let n = 1; n < maxWords(language) && k - n >= 0; n++) keys.push(`${all[k - n].text} ${keys[n - 1]}`);
    let hits: IndexedForm[] = [];
    for (let n = keys.length - 1; n >= 0 && !hits.length; n--) hits = index.get(keys[n]) ?? [];
    // the cue stands on the verb itself: "zu" before it stays an infinitive marker for the clause reading
    const start = w.start;
    if (!hits.length && language === 'de' && w.text.length > MIN_HEAD) {
      // a German compound ends in a noun or adjective of the lexicon: "Waffenlieferungen", "US-gelieferte" (the hyphen splits words: "gelieferte" is its own word).
      // English writes compounds apart or hyphenated: "borders" is no "b|orders".
      for (let cut = 1; cut <= w.text.length - MIN_HEAD && !hits.length; cut++) {
        hits = (index.get(w.text.slice(cut)) ?? []).filter((h) => h.form.features.kind === 'noun');
      }
    }
    const seen = new Set<PredicateEntry>();
    const accepted = hits.filter((hit) => accepts(hit, all, k, text, base, language, hits.some((h) => h.form.features.kind === 'noun')));
    // "kündigte … an" is ankündigen, not kündigen: a separable verb whose particle closes the clause wins over the bare verb
    const separated = accepted.some((hit) => hit.form.features.separated);
    for (const hit of accepted) {
      if (seen.has(hit.entry) || (separated && !hit.form.features.separated)) continue;
      seen.add(hit.entry);
      out.push({ ...hit, start, end: w.end });
    }
  }
  return out;
}

const perSentence = new WeakMap<Doc, PredicateCue[][]>();

/** The predicate cues of `doc` that lie within [from, to), each sentence matched once and kept for the document. */
export function predicateCuesIn(doc: Doc, from: number, to: number): PredicateCue[] {
  let cached = perSentence.get(doc);
  if (!cached) perSentence.set(doc, (cached = []));
  const out: PredicateCue[] = [];
  for (const s of doc.sentences) {
    if (s.end <= from) continue;
    if (s.start >= to) break;
    const cues = (cached[s.index] ??= predicateCues(doc.text.slice(s.start, s.end), s.start, doc.language));
    for (const c of cues) if (c.start >= from && c.end <= to) out.push(c);
  }
  return out;
}
