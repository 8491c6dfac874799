/**
 * The predicate lexicon, loaded once from `src/lexicon/data/predicates.{de,en}.jsonl`.
 *
 * Every line is validated; a bad line stops loading with its file and line, the field, and
 * what to do about it. A missing file counts as an empty lexicon for that language.
 *
 * `predicateIndex(language)` maps each surface form (lower case; German ä, ö, ü, ß kept, see
 * `predicateKey`) to the entries and forms it may be. A phrase is indexed under the forms of its
 * head verb; the caller checks its `fixed` words in the clause.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, STATUSES, type Language } from '../../record';
import { germanForms } from './de';
import { englishForms } from './en';
import type { Meaning, PartOfSpeech, PredicateEntry, PredicateForm, Role, Slot } from './types';

export type * from './types';
export { germanForms } from './de';
export { englishForms } from './en';

export const MEANINGS: readonly Meaning[] = [
  'give', 'send', 'sell', 'buy', 'order', 'receive', 'pledge', 'offer', 'request', 'approve', 'negotiate', 'deny', 'stop',
];
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['verb', 'noun', 'phrase', 'adjective'];
export const ROLES: readonly Role[] = ['supplier', 'recipient', 'item'];
const PLAIN_SLOTS = ['subj', 'acc', 'dat', 'gen', 'obj', 'iobj', 'poss', 'adj', 'compound'];

/** The status a meaning implies by itself (issue 12 §1); null: read it from tense and mood. */
export function statusOfMeaning(meaning: Meaning): PredicateEntry['status'] {
  switch (meaning) {
    case 'order':
    case 'pledge':
    case 'offer':
    case 'request':
    case 'approve':
      return 'expected';
    case 'negotiate':
      return 'negotiating';
    case 'deny':
      return 'denied';
    case 'stop':
      return 'halted';
    default:
      return null;
  }
}

export function isSlot(s: unknown): s is Slot {
  if (typeof s !== 'string') return false;
  if (PLAIN_SLOTS.includes(s)) return true;
  return /^prep:[a-zäöüß]+$/.test(s);
}

export class PredicateLexiconError extends Error {}

const DATA_DIR = join(__dirname, '..', 'data');
export const predicateFile = (language: Language): string => join(DATA_DIR, `predicates.${language}.jsonl`);

const KNOWN_FIELDS = new Set([
  'lemma', 'language', 'pos', 'meaning', 'gloss', 'parts', 'particle', 'reflexive', 'fixed', 'head', 'gender', 'plural', 'adjectiveBefore',
  'slots', 'status', 'examples',
]);

/** Checks one parsed line; returns the entry or throws with file:line, field and remedy. */
export function validateEntry(raw: unknown, language: Language, where: string): PredicateEntry {
  const fail = (field: string, problem: string, remedy: string): never => {
    throw new PredicateLexiconError(`${where}: field "${field}": ${problem}; ${remedy}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('(line)', 'not a JSON object', 'write one entry object per line');
  const e = raw as Record<string, unknown>;
  for (const k of Object.keys(e)) if (!KNOWN_FIELDS.has(k)) fail(k, 'unknown field', `remove it or spell one of ${[...KNOWN_FIELDS].join(', ')}`);
  const str = (field: string, required: boolean) => {
    const v = e[field];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || v.trim() === '') fail(field, `expected a non-empty string, got ${JSON.stringify(v)}`, 'give a string');
  };
  str('lemma', true);
  str('gloss', true);
  if (e.language !== language) fail('language', `is ${JSON.stringify(e.language)} in the ${language} file`, `set it to "${language}" or move the line`);
  if (!PARTS_OF_SPEECH.includes(e.pos as PartOfSpeech)) fail('pos', `${JSON.stringify(e.pos)} is not one of ${PARTS_OF_SPEECH.join(', ')}`, 'use one of them');
  if (!MEANINGS.includes(e.meaning as Meaning)) fail('meaning', `${JSON.stringify(e.meaning)} is not one of ${MEANINGS.join(', ')}`, 'use one of them or add it to Meaning in types.ts');
  if (e.parts !== undefined) {
    if (typeof e.parts !== 'object' || e.parts === null || Array.isArray(e.parts)) fail('parts', 'not an object', 'give { present3, past, participle, konj2 } as strings');
    for (const [k, v] of Object.entries(e.parts as object)) {
      if (!['present3', 'past', 'participle', 'konj2'].includes(k)) fail(`parts.${k}`, 'unknown principal part', 'use present3, past, participle or konj2');
      if (typeof v !== 'string' || v.trim() === '') fail(`parts.${k}`, 'not a non-empty string', 'give the form ("gab"; alternatives as "sandte|sendete")');
    }
  }
  str('particle', false);
  str('head', false);
  str('plural', false);
  if (e.reflexive !== undefined && typeof e.reflexive !== 'boolean') fail('reflexive', 'not a boolean', 'write true or leave it out');
  if (e.adjectiveBefore !== undefined && (e.pos !== 'verb' || !Array.isArray(e.adjectiveBefore) || e.adjectiveBefore.some((w) => typeof w !== 'string' || !/^\p{L}+$/u.test(w))))
    fail('adjectiveBefore', 'only a verb has it, as an array of single words', 'give e.g. ["forces", "groups"] or remove it');
  if (e.gender !== undefined && !['m', 'f', 'n'].includes(e.gender as string)) fail('gender', `${JSON.stringify(e.gender)} is not m, f or n`, 'use one of them');
  const pos = e.pos as PartOfSpeech;
  if (pos === 'phrase') {
    str('head', true);
    if (!Array.isArray(e.fixed) || e.fixed.length === 0 || e.fixed.some((w) => typeof w !== 'string' || w.trim() === ''))
      fail('fixed', 'a phrase needs its fixed words as a non-empty array of strings', 'add e.g. ["zur Verfügung"]');
  } else if (e.fixed !== undefined || e.head !== undefined) {
    fail(e.fixed !== undefined ? 'fixed' : 'head', `only phrases have it (pos is ${pos})`, 'remove it or make the entry a phrase');
  }
  if (pos === 'noun' && language === 'de' && e.gender === undefined) fail('gender', 'a German noun needs its gender', 'add "gender": "m", "f" or "n"');
  if (typeof e.particle === 'string') {
    const verb = (pos === 'phrase' ? (e.head as string) : (e.lemma as string)).toLowerCase().replace(/^sich /, '');
    if (!verb.startsWith(e.particle.toLowerCase()))
      fail('particle', `"${e.particle}" does not begin "${verb}"`, 'give the separable particle the verb begins with');
  }
  if (typeof e.slots !== 'object' || e.slots === null || Array.isArray(e.slots)) fail('slots', 'not an object', 'give { supplier: [...], recipient: [...], item: [...] }');
  const slots = e.slots as Record<string, unknown>;
  if (Object.keys(slots).length === 0) fail('slots', 'no role has a slot', 'give at least one role its slots');
  for (const [role, list] of Object.entries(slots)) {
    if (!ROLES.includes(role as Role)) fail(`slots.${role}`, 'not a role', `use ${ROLES.join(', ')}`);
    if (!Array.isArray(list) || list.length === 0) fail(`slots.${role}`, 'not a non-empty array', 'list the slots or leave the role out');
    for (const s of list as unknown[])
      if (!isSlot(s)) fail(`slots.${role}`, `${JSON.stringify(s)} is not a slot`, `use ${PLAIN_SLOTS.join(', ')} or prep:X (lower case)`);
  }
  if (e.status !== null && !STATUSES.includes(e.status as never)) fail('status', `${JSON.stringify(e.status)} is not null or one of ${STATUSES.join(', ')}`, 'use one of them');
  if (!Array.isArray(e.examples) || e.examples.length === 0) fail('examples', 'no examples', 'add at least one { text, expected }');
  (e.examples as unknown[]).forEach((x, i) => {
    const ex = x as Record<string, unknown>;
    if (typeof ex !== 'object' || ex === null || typeof ex.text !== 'string' || ex.text.trim() === '')
      fail(`examples[${i}].text`, 'missing or empty', 'give the sentence');
    if (!Array.isArray(ex.expected)) fail(`examples[${i}].expected`, 'not an array', 'give the tuples ([] for none)');
    (ex.expected as unknown[]).forEach((t, j) => {
      const tu = t as Record<string, unknown>;
      const f = `examples[${i}].expected[${j}]`;
      if (typeof tu !== 'object' || tu === null) fail(f, 'not an object', 'give { supplier, recipient, category, status }');
      for (const k of Object.keys(tu)) if (!['supplier', 'recipient', 'category', 'status'].includes(k)) fail(`${f}.${k}`, 'unknown field', 'remove it');
      if (typeof tu.supplier !== 'string' || !tu.supplier) fail(`${f}.supplier`, 'missing', 'give the canonical English actor name');
      if (typeof tu.recipient !== 'string' || !tu.recipient) fail(`${f}.recipient`, 'missing', 'give the canonical English actor name');
      if (!CATEGORIES.includes(tu.category as never)) fail(`${f}.category`, `${JSON.stringify(tu.category)} is not a category`, `use one of ${CATEGORIES.join(', ')}`);
      if (!STATUSES.includes(tu.status as never)) fail(`${f}.status`, `${JSON.stringify(tu.status)} is not a status`, `use one of ${STATUSES.join(', ')}`);
    });
  });
  return e as unknown as PredicateEntry;
}

/** Parses and validates a JSONL text; `file` names it in errors. */
export function parsePredicates(text: string, language: Language, file: string): PredicateEntry[] {
  const out: PredicateEntry[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('//')) return;
    const where = `${file}:${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new PredicateLexiconError(`${where}: field "(line)": not valid JSON (${(err as Error).message}); write one JSON object per line`);
    }
    out.push(validateEntry(raw, language, where));
  });
  return out;
}

const entries = new Map<Language, PredicateEntry[]>();

export function predicateEntries(language: Language): PredicateEntry[] {
  let list = entries.get(language);
  if (!list) {
    const file = predicateFile(language);
    list = existsSync(file) ? parsePredicates(readFileSync(file, 'utf8'), language, file) : [];
    entries.set(language, list);
  }
  return list;
}

const formCache = new WeakMap<PredicateEntry, PredicateForm[]>();

export function formsOf(entry: PredicateEntry): PredicateForm[] {
  let forms = formCache.get(entry);
  if (!forms) {
    if (entry.language === 'de') forms = germanForms(entry);
    else forms = englishForms(entry);
    formCache.set(entry, forms);
  }
  return forms;
}

/** The key a surface form is indexed under: lower case, NFC, ä/ö/ü/ß kept, quotes and dashes unified. */
export function predicateKey(surface: string): string {
  return surface
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface IndexedForm {
  entry: PredicateEntry;
  form: PredicateForm;
}

const indexes = new Map<Language, Map<string, IndexedForm[]>>();

export function predicateIndex(language: Language): Map<string, IndexedForm[]> {
  let index = indexes.get(language);
  if (!index) {
    index = new Map();
    for (const entry of predicateEntries(language))
      for (const form of formsOf(entry)) {
        const key = predicateKey(form.surface);
        const list = index.get(key);
        if (list) list.push({ entry, form });
        else index.set(key, [{ entry, form }]);
      }
    indexes.set(language, index);
  }
  return index;
}
