/**
 * German inflection for the predicate lexicon, as rules: an entry gives its lemma and, for
 * strong and irregular verbs, its principal parts; every surface form is derived here.
 *
 * Verbs (pos `verb`, and the head verb of a `phrase`):
 * - present indicative 1–3 sg/pl, Präteritum, Konjunktiv I and II, infinitive, zu-infinitive
 *   and Partizip II;
 * - weak verbs: stem + -e/-st/-t/-en/-t/-en, Präteritum stem + -te…, Partizip ge- + stem + -t;
 *   -et-/-est-/-ete- after stems in t/d and in consonant + m/n (rechnen, öffnen, leugnen);
 *   stems in -el/-er (liefern, handeln) take -n in the plural and 1sg liefere / handle;
 * - no ge- for verbs in -ieren and for the inseparable prefixes be-, ge-, er-, ver-, zer-,
 *   ent-, emp-, miss- and über-, unter-, wider-, hinter-, durch-, voll- when the entry gives
 *   no particle (übergeben, unterbinden);
 * - strong and mixed verbs from `parts` (present3 "gibt", past "gab", participle "gegeben",
 *   optional konj2): the parts belong to the verb without its separable particle but with
 *   any inseparable prefix (abgeben: gibt/gab/gegeben; übergeben: übergibt/übergab/übergeben).
 *   A part may list alternatives separated by "|" (senden: "sandte|sendete").
 *   Konjunktiv II is derived from the past by umlaut of its last vowel (+ -e): gab → gäbe,
 *   brachte → brächte, hielt → hielte; `konj2` overrides it (erwarb → erwürbe);
 * - separable particles: each finite form comes twice, once without its particle
 *   (`separated: true`, "sagt" of "sagt … zu") and once joined, as in verb-final clauses
 *   ("zusagt"); ge- and zu stand after the particle: zugesagt, zuzusagen;
 * - reflexive lemmas are written "sich beschaffen"; the "sich" is not part of the forms.
 * Nouns: singular, genitive -s/-es for masculine and neuter, plural from `plural` ("-en",
 * "-e", "-¨e" with umlaut, "-" for an unchanged plural, or the full plural form), dative plural -n.
 * Adjectives: the lemma (a participle: "geliefert", "stammend") and its endings -e, -en, -er, -es, -em.
 *
 * Not covered: the imperative, the 2nd person of Konjunktiv, present participles of verbs
 * (only as adjective entries), e-dropping variants beyond handle/handele, and suppletive verbs
 * such as sein (no entry uses them as a head).
 */
import { dedupeForms } from './forms';
import type { FormFeatures, PredicateEntry, PredicateForm } from './types';

const INSEPARABLE = ['miss', 'emp', 'zer', 'ent', 'ver', 'be', 'ge', 'er'];
/** Prefixes that are inseparable when the entry names no particle. */
const INSEPARABLE_UNLESS_PARTICLE = ['hinter', 'wider', 'unter', 'durch', 'über', 'voll'];
const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
const VOWELS = 'aeiouäöüy';

const alternatives = (s: string | undefined): string[] =>
  s === undefined ? [] : s.split('|').map((x) => x.trim().toLowerCase()).filter((x) => x.length > 0);

/** The verb a verb or phrase entry inflects, without "sich" and without its separable particle. */
export function verbParts(entry: PredicateEntry): { infinitive: string; particle: string } {
  let lemma = (entry.pos === 'phrase' ? (entry.head ?? '') : entry.lemma).trim().toLowerCase();
  if (lemma.startsWith('sich ')) lemma = lemma.slice(5).trim();
  const particle = (entry.particle ?? '').toLowerCase();
  if (particle && lemma.startsWith(particle)) return { infinitive: lemma.slice(particle.length), particle };
  return { infinitive: lemma, particle: '' };
}

/** Whether the base verb (without separable particle) takes no ge- in its participle. */
export function hasNoGe(base: string, hadParticle: boolean): boolean {
  if (base.endsWith('ieren')) return true;
  if (INSEPARABLE.some((p) => base.startsWith(p) && base.length > p.length + 3)) return true;
  if (!hadParticle && INSEPARABLE_UNLESS_PARTICLE.some((p) => base.startsWith(p) && base.length > p.length + 3)) return true;
  return false;
}

/** Infinitive stem: liefern → liefer, sagen → sag, handeln → handel. */
export function stemOf(infinitive: string): string {
  if (/[lr]n$/.test(infinitive) && /e[lr]n$/.test(infinitive)) return infinitive.slice(0, -1);
  if (infinitive.endsWith('en')) return infinitive.slice(0, -2);
  if (infinitive.endsWith('n')) return infinitive.slice(0, -1);
  return infinitive;
}

/** Stems that insert -e- before -t and -st: sendet, rechnet, leugnet, öffnet, rüstet. */
export function needsLinkingE(stem: string): boolean {
  if (/[td]$/.test(stem)) return true;
  if (/ch[mn]$/.test(stem)) return true;
  const last = stem[stem.length - 1];
  const before = stem[stem.length - 2];
  if ((last === 'm' || last === 'n') && before && !VOWELS.includes(before) && !'lrmnh'.includes(before)) return true;
  return false;
}

/** Umlaut of the last vowel group: gab → gäb, kauf → käuf, Auftrag → Aufträg; ie/ei/eu stay. */
export function umlautLast(word: string): string {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word[i];
    if (!VOWELS.includes(c)) continue;
    const prev = word[i - 1];
    if (c === 'u' && prev === 'a') return word.slice(0, i - 1) + 'äu' + word.slice(i + 1);
    if ((c === 'e' || c === 'i' || c === 'u') && prev && 'aeiou'.includes(prev)) return word;
    const map: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };
    return map[c] ? word.slice(0, i) + map[c] + word.slice(i + 1) : word;
  }
  return word;
}

interface Finite {
  surface: string;
  tense: 'present' | 'past';
  mood: 'indicative' | 'konj1' | 'konj2';
  plural: boolean;
}

function weakSuffixed(stem: string, ending: string): string {
  // ending starts with t or st: insert e after t/d/consonant+n stems
  if (needsLinkingE(stem) && /^s?t/.test(ending)) return stem + 'e' + ending;
  if (ending.startsWith('st') && /(s|ß|z|x)$/.test(stem)) return stem + ending.slice(1);
  return stem + ending;
}

function presentForms(infinitive: string, present3: string[]): Finite[] {
  const stem = stemOf(infinitive);
  const elEr = /e[lr]$/.test(stem);
  const out: Finite[] = [];
  const add = (surface: string, plural: boolean, mood: Finite['mood'] = 'indicative') =>
    out.push({ surface, tense: 'present', mood, plural });
  // 1sg
  add(stem + 'e', false);
  if (stem.endsWith('el')) add(stem.slice(0, -2) + 'le', false);
  // 2sg, 3sg
  if (present3.length === 0) {
    add(weakSuffixed(stem, 'st'), false);
    add(weakSuffixed(stem, 't'), false);
  } else {
    for (const p3 of present3) {
      add(p3, false);
      const stemT = /[td]$/.test(stem);
      if (/(s|ß|z|x)t$/.test(p3) && /(s|ß|z|x)$/.test(stem)) add(p3, false);
      else if (stemT && !p3.endsWith('et') && p3.endsWith('t') && !p3.endsWith('dt')) add(p3 + 'st', false);
      else add(p3.slice(0, -1) + 'st', false);
    }
  }
  // plural
  add(infinitive, true);
  add(weakSuffixed(stem, 't'), true);
  // Konjunktiv I: from the infinitive stem
  add(stem + 'e', false, 'konj1');
  add(elEr ? stem + 'st' : stem + 'est', false, 'konj1');
  add(elEr ? infinitive : stem + 'en', true, 'konj1');
  add(stem + 'et', true, 'konj1');
  return out;
}

function pastFromPast(past: string, mood: 'indicative' | 'konj2'): Finite[] {
  const out: Finite[] = [];
  const add = (surface: string, plural: boolean) => out.push({ surface, tense: 'past', mood, plural });
  add(past, false);
  if (past.endsWith('e')) {
    add(past + 'st', false);
    add(past + 'n', true);
    add(past + 't', true);
  } else {
    add(/[tdsßz]$/.test(past) ? past + 'est' : past + 'st', false);
    add(past + 'en', true);
    add(/[td]$/.test(past) ? past + 'et' : past + 't', true);
  }
  return out;
}

/** Konjunktiv II from the past: gab → gäbe, kam → käme, brachte → brächte, hielt → hielte. */
export function konj2Of(past: string): string {
  if (past.endsWith('e')) return umlautLast(past.slice(0, -1)) + 'e';
  return umlautLast(past) + 'e';
}


/** All forms of a German verb, or of a phrase's head verb. */
export function germanVerbForms(entry: PredicateEntry): PredicateForm[] {
  const { infinitive, particle } = verbParts(entry);
  if (!infinitive) return [];
  const parts = entry.parts ?? {};
  const strongPast = alternatives(parts.past);
  const present3 = alternatives(parts.present3);
  const stem = stemOf(infinitive);
  const noGe = hasNoGe(infinitive, particle !== '');

  const finite: Finite[] = [...presentForms(infinitive, present3)];
  const pasts = strongPast.length > 0 ? strongPast : [weakSuffixed(stem, 'te')];
  for (const p of pasts) finite.push(...pastFromPast(p, 'indicative'));
  const konj2 = alternatives(parts.konj2);
  if (konj2.length > 0) for (const k of konj2) finite.push(...pastFromPast(k, 'konj2'));
  else if (strongPast.length > 0) for (const p of strongPast) finite.push(...pastFromPast(konj2Of(p), 'konj2'));
  else for (const p of pasts) finite.push(...pastFromPast(p, 'konj2'));

  const out: PredicateForm[] = [];
  for (const f of finite) {
    const base: FormFeatures = { finite: true, kind: 'finite', tense: f.tense, mood: f.mood, plural: f.plural };
    if (particle) {
      out.push({ surface: f.surface, features: { ...base, separated: true } });
      out.push({ surface: particle + f.surface, features: { ...base, separated: false } });
    } else out.push({ surface: f.surface, features: base });
  }

  const participles = alternatives(parts.participle);
  if (participles.length === 0) participles.push((noGe ? '' : 'ge') + weakSuffixed(stem, 't'));
  for (const p of participles) out.push({ surface: particle + p, features: { finite: false, kind: 'participle' } });

  out.push({ surface: particle + infinitive, features: { finite: false, kind: 'infinitive' } });
  out.push({
    surface: particle ? particle + 'zu' + infinitive : 'zu ' + infinitive,
    features: { finite: false, kind: 'zu-infinitive' },
  });
  return dedupeForms(out);
}

/** Plural of a German noun from its `plural` notation. */
export function nounPlural(lemma: string, plural: string | undefined): string | null {
  if (plural === undefined || plural === '') return null;
  if (plural === '-') return lemma;
  if (plural.startsWith('-¨')) return umlautLast(lemma) + plural.slice(2);
  if (plural === '¨') return umlautLast(lemma);
  if (plural.startsWith('-')) {
    const ending = plural.slice(1);
    // Bitte + -n, Weitergabe + -n; avoid doubled e: Anfrage + -en → Anfragen
    if (ending.startsWith('e') && lemma.endsWith('e')) return lemma + ending.slice(1);
    return lemma + ending;
  }
  return plural;
}

export function germanNounForms(entry: PredicateEntry): PredicateForm[] {
  const lemma = entry.lemma.trim().toLowerCase();
  const out: PredicateForm[] = [{ surface: lemma, features: { finite: false, kind: 'noun', plural: false } }];
  if (entry.gender === 'm' || entry.gender === 'n') {
    if (/(s|ß|x|z)$/.test(lemma)) out.push({ surface: lemma + 'es', features: { finite: false, kind: 'noun', plural: false } });
    else {
      out.push({ surface: lemma + 's', features: { finite: false, kind: 'noun', plural: false } });
      if (/[^aeiouäöüylrnmw]$/.test(lemma)) out.push({ surface: lemma + 'es', features: { finite: false, kind: 'noun', plural: false } });
    }
  }
  const plural = nounPlural(lemma, entry.plural?.toLowerCase());
  if (plural !== null) {
    out.push({ surface: plural, features: { finite: false, kind: 'noun', plural: true } });
    if (!/[ns]$/.test(plural)) out.push({ surface: plural + 'n', features: { finite: false, kind: 'noun', plural: true } });
  }
  return dedupeForms(out);
}

export function germanAdjectiveForms(entry: PredicateEntry): PredicateForm[] {
  const lemma = entry.lemma.trim().toLowerCase();
  return ADJECTIVE_ENDINGS.map((e) => ({ surface: lemma + e, features: { finite: false, kind: 'adjective' as const } }));
}

/** Every surface form of a German entry (for a phrase: the forms of its head verb). */
export function germanForms(entry: PredicateEntry): PredicateForm[] {
  switch (entry.pos) {
    case 'verb':
    case 'phrase':
      return germanVerbForms(entry);
    case 'noun':
      return germanNounForms(entry);
    case 'adjective':
      return germanAdjectiveForms(entry);
  }
}
