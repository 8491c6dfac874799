/**
 * English inflection for the predicate lexicon: every surface form of an entry comes from
 * rules, and only what no rule can know is data (`parts` on the entry).
 *
 * Verbs
 * - 3rd person singular: -es after s, x, z, ch, sh and after consonant + o (vetoes, embargoes),
 *   consonant + y → -ies (supplies), else -s;
 * - past and past participle: e → +d (approved), consonant + y → -ied (supplied),
 *   -ic → -icked (trafficked), one-syllable stems ending in one vowel letter + one consonant
 *   double it (shipped, banned, scrapped; not w, x, y, h), else +ed. Longer stems double only
 *   when stressed on the last syllable, which no rule can see: `parts` says so
 *   ({ "past": "transferred" }), and the -ing form follows the doubling the past shows
 *   (transferring, committing). Longer stems ending in consonant + vowel + l get both the
 *   American and the British spelling (canceled / cancelled, funneling / funnelling).
 * - -ing: ie → -ying, ee/oe/ye keep their e (agreeing), other final e drops (approving),
 *   doubling as for the past, else +ing;
 * - irregular principal parts come from `parts` (send/sent, give/gave/given); a part may list
 *   variants separated by "|" ("greenlit|greenlighted"); "be" is suppletive and built in.
 * Phrases: the head verb (`head`) inflects by the same rules, with the entry's `parts`, and the
 * fixed words follow it ("took delivery of"); the head's forms alone, marked separated, serve
 * "handed the tanks over", "asked Berlin for Taurus" (the matcher checks the fixed words follow near, in order).
 * Nouns: singular and plural; plural -s with the same -es/-ies rules as the verb, or `plural`
 * on the entry: a suffix ("-es") or a whole word; `plural` equal to the lemma marks a noun with
 * one form only (aid, talks), which carries no number.
 * Adjectives: the lemma as written ("-supplied", the left part being the supplier: "US-supplied").
 */
import { dedupeForms } from './forms';
import type { FormFeatures, PredicateEntry, PredicateForm } from './types';

const VOWEL = /[aeiou]/;

function variants(part: string | undefined): string[] | undefined {
  if (part === undefined) return undefined;
  return part
    .split('|')
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p.length > 0);
}

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/.test(ch) && !VOWEL.test(ch);
}

/** The last word of a hyphenated or compound stem inflects ("green-light", "re-export"). */
function splitLast(stem: string): [string, string] {
  const i = stem.lastIndexOf('-');
  return i < 0 ? ['', stem] : [stem.slice(0, i + 1), stem.slice(i + 1)];
}

/** One vowel group, one vowel letter, one final consonant other than w, x, y, h: ship, stop, ban, scrap, quit. */
function doublesByRule(word: string): boolean {
  const w = word.replace(/^qu/, 'q').replace(/([^aeiou])qu/, '$1q');
  return /^[^aeiouy]*[aeiou][bcdfgklmnprstvz]$/.test(w);
}

function endsInConsonantY(word: string): boolean {
  return word.endsWith('y') && isConsonant(word[word.length - 2]);
}

export function thirdPerson(stem: string): string {
  const [pre, w] = splitLast(stem);
  if (endsInConsonantY(w)) return pre + w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(w) || (w.endsWith('o') && isConsonant(w[w.length - 2]))) return pre + w + 'es';
  return pre + w + 's';
}

/** Regular -ed, with `double` forcing the final consonant to double. */
function regularPast(stem: string, double: boolean): string {
  const [pre, w] = splitLast(stem);
  if (w.endsWith('e')) return pre + w + 'd';
  if (endsInConsonantY(w)) return pre + w.slice(0, -1) + 'ied';
  if (w.endsWith('ic')) return pre + w + 'ked';
  if (double) return pre + w + w[w.length - 1] + 'ed';
  return pre + w + 'ed';
}

function regularGerund(stem: string, double: boolean): string {
  const [pre, w] = splitLast(stem);
  if (w.endsWith('ie')) return pre + w.slice(0, -2) + 'ying';
  if (/(ee|oe|ye)$/.test(w)) return pre + w + 'ing';
  if (w.endsWith('e') && w.length > 2) return pre + w.slice(0, -1) + 'ing';
  if (w.endsWith('ic')) return pre + w + 'king';
  if (double) return pre + w + w[w.length - 1] + 'ing';
  return pre + w + 'ing';
}

/** Polysyllabic stems in consonant + single vowel + l: cancel, funnel, channel. */
function britishL(word: string): boolean {
  const m = /([^aeiou])([aeiou])l$/.exec(word);
  if (!m) return false;
  const before = word.slice(0, m.index + 1);
  return VOWEL.test(before);
}

interface Principal {
  base: string;
  present3: string[];
  past: string[];
  participle: string[];
  gerund: string[];
}

const BE: Principal = {
  base: 'be',
  present3: ['is'],
  past: ['was', 'were'],
  participle: ['been'],
  gerund: ['being'],
};

/** The principal parts of an English verb from its stem and irregular `parts`. */
export function principalParts(stem: string, parts?: PredicateEntry['parts']): Principal {
  const base = stem.toLowerCase();
  if (base === 'be') return BE;
  const [, last] = splitLast(base);
  const ruleDouble = doublesByRule(last);
  const pastOverride = variants(parts?.past);
  const partOverride = variants(parts?.participle);
  const presentOverride = variants(parts?.present3);
  // The doubling a given past shows (transferred) carries over to -ing (transferring).
  const shownDouble =
    pastOverride?.some((p) => p === base + last[last.length - 1] + 'ed') ?? false;
  const double = ruleDouble || shownDouble;
  const regular = regularPast(base, double);
  const bothL = !ruleDouble && !pastOverride && britishL(last);
  const regularForms = bothL ? [regular, regularPast(base, true)] : [regular];
  const past = pastOverride ?? regularForms;
  const participle = partOverride ?? pastOverride ?? regularForms;
  const gerund = bothL ? [regularGerund(base, false), regularGerund(base, true)] : [regularGerund(base, double)];
  return {
    base,
    present3: presentOverride ?? [thirdPerson(base)],
    past,
    participle,
    gerund,
  };
}

function verbForms(p: Principal, suffix: string): PredicateForm[] {
  const out: PredicateForm[] = [];
  const add = (surface: string, features: FormFeatures): void => {
    out.push({ surface: suffix ? `${surface} ${suffix}` : surface, features });
  };
  add(p.base, { finite: false, kind: 'infinitive' });
  if (p === BE) {
    add('am', { finite: true, tense: 'present', mood: 'indicative', kind: 'finite', plural: false });
    add('are', { finite: true, tense: 'present', mood: 'indicative', kind: 'finite', plural: true });
  } else {
    add(p.base, { finite: true, tense: 'present', mood: 'indicative', kind: 'finite', plural: true });
  }
  for (const s of p.present3) add(s, { finite: true, tense: 'present', mood: 'indicative', kind: 'finite', plural: false });
  for (const s of p.past) add(s, { finite: true, tense: 'past', mood: 'indicative', kind: 'finite' });
  for (const s of p.participle) add(s, { finite: false, kind: 'participle' });
  for (const s of p.gerund) add(s, { finite: false, kind: 'gerund' });
  return out;
}

export function nounPlural(lemma: string, plural?: string): string {
  const base = lemma.toLowerCase();
  if (plural !== undefined) {
    const pl = plural.toLowerCase();
    return pl.startsWith('-') ? base + pl.slice(1) : pl;
  }
  const words = base.split(' ');
  const last = words.pop() as string;
  return [...words, thirdPerson(last)].join(' ');
}

/** Every surface form of an English entry, lower case, without duplicates of surface and features. */
export function englishForms(entry: PredicateEntry): PredicateForm[] {
  const lemma = entry.lemma.toLowerCase();
  let forms: PredicateForm[];
  switch (entry.pos) {
    case 'verb':
      forms = verbForms(principalParts(lemma, entry.parts), '');
      break;
    case 'phrase': {
      const head = (entry.head ?? lemma.split(' ')[0]).toLowerCase();
      const fixed = (entry.fixed ?? []).map((w) => w.toLowerCase()).join(' ');
      forms = verbForms(principalParts(head, entry.parts), fixed);
      // "handed the tanks over", "asked Berlin for Taurus", "made two launchers available": the object may stand between the
      // head and its fixed words; the matcher checks they follow near, in order
      forms.push(...verbForms(principalParts(head, entry.parts), '').map((f) => ({ ...f, features: { ...f.features, separated: true } })));
      break;
    }
    case 'noun': {
      const plural = nounPlural(lemma, entry.plural);
      forms =
        plural === lemma
          ? [{ surface: lemma, features: { finite: false, kind: 'noun' } }]
          : [
              { surface: lemma, features: { finite: false, kind: 'noun', plural: false } },
              { surface: plural, features: { finite: false, kind: 'noun', plural: true } },
            ];
      break;
    }
    case 'adjective':
      forms = [{ surface: lemma, features: { finite: false, kind: 'adjective' } }];
      break;
  }
  return dedupeForms(forms);
}
