import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, STATUSES } from '../../src/record';
import { predicateCues } from '../../src/extract/predicates';
import { germanForms } from '../../src/lexicon/predicates/de';
import {
  MEANINGS,
  PredicateLexiconError,
  formsOf,
  isSlot,
  parsePredicates,
  predicateEntries,
  predicateIndex,
  statusOfMeaning,
} from '../../src/lexicon/predicates';
import type { PredicateEntry, PredicateForm } from '../../src/lexicon/predicates/types';

const verb = (lemma: string, extra: Partial<PredicateEntry> = {}): PredicateEntry => ({
  lemma,
  language: 'de',
  pos: 'verb',
  meaning: 'give',
  gloss: '',
  slots: { supplier: ['subj'] },
  status: null,
  examples: [],
  ...extra,
});

const surfaces = (forms: PredicateForm[], pred: (f: PredicateForm) => boolean = () => true) =>
  forms.filter(pred).map((f) => f.surface);
const finite = (forms: PredicateForm[], tense: 'present' | 'past', mood: string, opts: { separated?: boolean } = {}) =>
  surfaces(forms, (f) => f.features.kind === 'finite' && f.features.tense === tense && f.features.mood === mood && (opts.separated === undefined || !!f.features.separated === opts.separated));
const kind = (forms: PredicateForm[], k: string) => surfaces(forms, (f) => f.features.kind === k);

describe('German morphology: weak verbs', () => {
  const liefern = germanForms(verb('liefern'));
  test('present, past, participle, infinitives', () => {
    expect(finite(liefern, 'present', 'indicative')).toEqual(['liefere', 'lieferst', 'liefert', 'liefern', 'liefert']);
    expect(finite(liefern, 'past', 'indicative')).toEqual(['lieferte', 'liefertest', 'lieferten', 'liefertet']);
    expect(kind(liefern, 'participle')).toEqual(['geliefert']);
    expect(kind(liefern, 'infinitive')).toEqual(['liefern']);
    expect(kind(liefern, 'zu-infinitive')).toEqual(['zu liefern']);
  });
  test('Konjunktiv I 3sg in -e, Konjunktiv II equal to the past', () => {
    expect(finite(liefern, 'present', 'konj1')[0]).toBe('liefere');
    expect(finite(liefern, 'past', 'konj2')).toContain('lieferte');
  });
  test('linking -e- after t, d and consonant + n', () => {
    const senden = germanForms(verb('spenden'));
    expect(finite(senden, 'present', 'indicative')).toContain('spendet');
    expect(finite(senden, 'past', 'indicative')).toContain('spendete');
    expect(kind(senden, 'participle')).toEqual(['gespendet']);
    expect(kind(germanForms(verb('leugnen')), 'participle')).toEqual(['geleugnet']);
    expect(finite(germanForms(verb('rechnen')), 'present', 'indicative')).toContain('rechnet');
    expect(kind(germanForms(verb('planen')), 'participle')).toEqual(['geplant']);
  });
  test('-eln verbs', () => {
    const f = germanForms(verb('verhandeln'));
    expect(finite(f, 'present', 'indicative')).toEqual(expect.arrayContaining(['verhandle', 'verhandelt', 'verhandeln']));
    expect(kind(f, 'participle')).toEqual(['verhandelt']);
  });
  test('haben: Konjunktiv I habe, II hätte', () => {
    const f = germanForms(verb('haben', { parts: { present3: 'hat', past: 'hatte', participle: 'gehabt' } }));
    expect(finite(f, 'present', 'konj1')[0]).toBe('habe');
    expect(finite(f, 'past', 'konj2')[0]).toBe('hätte');
    expect(finite(f, 'present', 'indicative')).toContain('hat');
  });
});

describe('German morphology: no ge- for -ieren and inseparable prefixes', () => {
  test.each([
    ['exportieren', 'exportiert'],
    ['bestellen', 'bestellt'],
    ['verkaufen', 'verkauft'],
    ['genehmigen', 'genehmigt'],
    ['erteilen', 'erteilt'],
    ['entsorgen', 'entsorgt'],
    ['überführen', 'überführt'],
    ['unterstützen', 'unterstützt'],
    ['kaufen', 'gekauft'],
  ])('%s → %s', (lemma, participle) => {
    expect(kind(germanForms(verb(lemma)), 'participle')).toEqual([participle]);
  });
  test('exportiert is 3sg present as well', () => {
    expect(finite(germanForms(verb('exportieren')), 'present', 'indicative')).toContain('exportiert');
  });
});

describe('German morphology: strong and mixed verbs from parts', () => {
  const geben = germanForms(verb('geben', { parts: { present3: 'gibt', past: 'gab', participle: 'gegeben' } }));
  test('geben', () => {
    expect(finite(geben, 'present', 'indicative')).toEqual(['gebe', 'gibt', 'gibst', 'geben', 'gebt']);
    expect(finite(geben, 'past', 'indicative')).toEqual(['gab', 'gabst', 'gaben', 'gabt']);
    expect(finite(geben, 'past', 'konj2')[0]).toBe('gäbe');
    expect(finite(geben, 'present', 'konj1')[0]).toBe('gebe');
    expect(kind(geben, 'participle')).toEqual(['gegeben']);
  });
  test('Konjunktiv II by umlaut, or from konj2', () => {
    const k2 = (lemma: string, parts: PredicateEntry['parts']) => finite(germanForms(verb(lemma, { parts })), 'past', 'konj2')[0];
    expect(k2('bringen', { past: 'brachte', participle: 'gebracht' })).toBe('brächte');
    expect(k2('halten', { present3: 'hält', past: 'hielt', participle: 'gehalten' })).toBe('hielte');
    expect(k2('bieten', { present3: 'bietet', past: 'bot', participle: 'geboten' })).toBe('böte');
    expect(k2('kommen', { present3: 'kommt', past: 'kam', participle: 'gekommen' })).toBe('käme');
    expect(k2('erwerben', { present3: 'erwirbt', past: 'erwarb', participle: 'erworben', konj2: 'erwürbe' })).toBe('erwürbe');
  });
  test('2nd person singular from present3', () => {
    const p = (lemma: string, present3: string) => finite(germanForms(verb(lemma, { parts: { present3, past: 'x', participle: 'x' } })), 'present', 'indicative');
    expect(p('halten', 'hält')).toContain('hältst');
    expect(p('lassen', 'lässt')).toContain('lässt');
    expect(p('laden', 'lädt')).toContain('lädst');
    expect(p('bieten', 'bietet')).toContain('bietest');
  });
  test('alternative parts: senden', () => {
    const f = germanForms(verb('senden', { parts: { past: 'sandte|sendete', participle: 'gesandt|gesendet', konj2: 'sendete' } }));
    expect(finite(f, 'past', 'indicative')).toEqual(expect.arrayContaining(['sandte', 'sendete', 'sandten']));
    expect(kind(f, 'participle')).toEqual(['gesandt', 'gesendet']);
  });
  test('inseparable strong verb: übergeben has no ge-', () => {
    const f = germanForms(verb('übergeben', { parts: { present3: 'übergibt', past: 'übergab', participle: 'übergeben' } }));
    expect(kind(f, 'participle')).toEqual(['übergeben']);
    expect(kind(f, 'zu-infinitive')).toEqual(['zu übergeben']);
    expect(f.some((x) => x.features.separated)).toBe(false);
  });
});

describe('German morphology: separable particles', () => {
  const zusagen = germanForms(verb('zusagen', { particle: 'zu' }));
  test('finite forms separated and joined', () => {
    expect(finite(zusagen, 'past', 'indicative', { separated: true })).toContain('sagte');
    expect(finite(zusagen, 'past', 'indicative', { separated: false })).toContain('zusagte');
    expect(finite(zusagen, 'present', 'indicative', { separated: true })).toContain('sagt');
  });
  test('participle and zu-infinitive with the particle in front', () => {
    expect(kind(zusagen, 'participle')).toEqual(['zugesagt']);
    expect(kind(zusagen, 'zu-infinitive')).toEqual(['zuzusagen']);
    expect(kind(zusagen, 'infinitive')).toEqual(['zusagen']);
  });
  test('abgeben', () => {
    const f = germanForms(verb('abgeben', { particle: 'ab', parts: { present3: 'gibt', past: 'gab', participle: 'gegeben' } }));
    expect(kind(f, 'participle')).toEqual(['abgegeben']);
    expect(kind(f, 'zu-infinitive')).toEqual(['abzugeben']);
    expect(finite(f, 'past', 'indicative', { separated: true })).toContain('gab');
    expect(finite(f, 'past', 'konj2', { separated: false })).toContain('abgäbe');
  });
  test('separable verb whose base has an inseparable prefix: ankündigen, anbieten', () => {
    expect(kind(germanForms(verb('ankündigen', { particle: 'an' })), 'participle')).toEqual(['angekündigt']);
    expect(kind(germanForms(verb('ausstatten', { particle: 'aus' })), 'participle')).toEqual(['ausgestattet']);
    expect(kind(germanForms(verb('durchwinken', { particle: 'durch' })), 'participle')).toEqual(['durchgewinkt']);
  });
  test('phrases inflect their head', () => {
    const f = germanForms(verb('zur Verfügung stellen', { pos: 'phrase', head: 'stellen', fixed: ['zur Verfügung'] }));
    expect(kind(f, 'participle')).toEqual(['gestellt']);
    expect(finite(f, 'present', 'indicative')).toContain('stellt');
  });
  test('reflexive lemmas drop sich', () => {
    expect(kind(germanForms(verb('sich beschaffen', { reflexive: true })), 'participle')).toEqual(['beschafft']);
  });
});

describe('German morphology: nouns and adjectives', () => {
  const noun = (lemma: string, gender: 'm' | 'f' | 'n', plural?: string) =>
    [...new Set(surfaces(germanForms(verb(lemma, { pos: 'noun', gender, plural }))))];
  test('plural and genitive', () => {
    expect(noun('Lieferung', 'f', '-en')).toEqual(['lieferung', 'lieferungen']);
    expect(noun('Auftrag', 'm', '-¨e')).toEqual(expect.arrayContaining(['auftrag', 'auftrags', 'auftrages', 'aufträge', 'aufträgen']));
    expect(noun('Verkauf', 'm', '-¨e')).toContain('verkäufe');
    expect(noun('Embargo', 'n', '-s')).toEqual(['embargo', 'embargos']);
    expect(noun('Weitergabe', 'f', '-n')).toEqual(['weitergabe', 'weitergaben']);
    expect(noun('Beschluss', 'm', '-¨e')).toEqual(expect.arrayContaining(['beschlusses', 'beschlüsse']));
    expect(noun('Abkommen', 'n', '-')).toEqual(['abkommen', 'abkommens']);
    expect(noun('Moratorium', 'n', 'Moratorien')).toContain('moratorien');
  });
  test('participle adjectives with endings', () => {
    const f = surfaces(germanForms(verb('geliefert', { pos: 'adjective' })));
    expect(f).toEqual(['geliefert', 'gelieferte', 'gelieferten', 'gelieferter', 'geliefertes', 'geliefertem']);
  });
});

// ---------------------------------------------------------------------------------------------
// The data file

const entries = predicateEntries('de');
const actorNames = new Set(
  (JSON.parse(readFileSync(join(__dirname, '../../src/lexicon/data/actors.json'), 'utf8')) as { actors: Array<{ name: string }> }).actors.map(
    (a) => a.name,
  ),
);
const tokens = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Where a form occurs in an example: as a word, a compound's last part (nouns), or separated from its particle. */
function formOccurs(entry: PredicateEntry, form: PredicateForm, words: string[]): boolean {
  const parts = form.surface.split(' ');
  const n = parts.length;
  for (let i = 0; i + n <= words.length; i++) {
    const hit = parts.every((p, j) => {
      const w = words[i + j];
      if (w === p) return true;
      return j === n - 1 && entry.pos === 'noun' && w.endsWith(p);
    });
    if (!hit) continue;
    if (form.features.separated) {
      if (words.slice(i + n).includes((entry.particle ?? '').toLowerCase())) return true;
      continue;
    }
    return true;
  }
  return false;
}

describe('predicates.de.jsonl', () => {
  test('has at least 260 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(260);
  });

  test('no lemma twice per part of speech', () => {
    const seen = new Map<string, number>();
    for (const e of entries) seen.set(`${e.pos}:${e.lemma.toLowerCase()}`, (seen.get(`${e.pos}:${e.lemma.toLowerCase()}`) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  test('every slot is valid and every entry has a role', () => {
    const bad: string[] = [];
    for (const e of entries) {
      if (Object.keys(e.slots).length === 0) bad.push(`${e.lemma}: no slots`);
      for (const [role, list] of Object.entries(e.slots))
        for (const s of list ?? []) if (!isSlot(s)) bad.push(`${e.lemma}: ${role} ${s}`);
    }
    expect(bad).toEqual([]);
  });

  test('the status follows the meaning', () => {
    const bad = entries.filter((e) => e.status !== statusOfMeaning(e.meaning)).map((e) => `${e.lemma}: ${e.meaning} → ${e.status}`);
    expect(bad).toEqual([]);
    expect(entries.every((e) => MEANINGS.includes(e.meaning))).toBe(true);
  });

  test('every meaning and part of speech is represented', () => {
    for (const m of MEANINGS) expect(entries.some((e) => e.meaning === m)).toBe(true);
    for (const pos of ['verb', 'noun', 'phrase', 'adjective']) expect(entries.filter((e) => e.pos === pos).length).toBeGreaterThan(0);
  });

  test('every example contains one of the entry’s forms (and a phrase its fixed words)', () => {
    const missing: string[] = [];
    for (const e of entries) {
      const forms = formsOf(e);
      if (forms.length === 0) missing.push(`${e.lemma}: no forms`);
      for (const ex of e.examples) {
        const words = tokens(ex.text);
        if (!forms.some((f) => formOccurs(e, f, words))) missing.push(`${e.lemma}: "${ex.text}"`);
        for (const fixed of e.fixed ?? [])
          if (!ex.text.toLowerCase().includes(fixed.toLowerCase())) missing.push(`${e.lemma}: fixed "${fixed}" not in "${ex.text}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('example tuples use canonical actor names and the closed vocabularies', () => {
    const bad: string[] = [];
    for (const e of entries)
      for (const ex of e.examples)
        for (const t of ex.expected) {
          if (!actorNames.has(t.supplier)) bad.push(`${e.lemma}: supplier ${t.supplier}`);
          if (!actorNames.has(t.recipient)) bad.push(`${e.lemma}: recipient ${t.recipient}`);
          if (t.supplier === t.recipient) bad.push(`${e.lemma}: supplier = recipient`);
          if (!CATEGORIES.includes(t.category)) bad.push(`${e.lemma}: category ${t.category}`);
          if (!STATUSES.includes(t.status)) bad.push(`${e.lemma}: status ${t.status}`);
        }
    expect(bad).toEqual([]);
  });

  test('examples are not one template', () => {
    const texts = entries.flatMap((e) => e.examples.map((x) => x.text));
    expect(new Set(texts).size).toBe(texts.length);
    const openings = new Set(texts.map((t) => tokens(t).slice(0, 2).join(' ')));
    expect(openings.size).toBeGreaterThan(texts.length / 2);
  });

  test('the index finds forms and keeps their ambiguity', () => {
    const index = predicateIndex('de');
    expect(index.get('geliefert')?.some((x) => x.entry.lemma === 'liefern')).toBe(true);
    expect(index.get('zugesagt')?.some((x) => x.entry.lemma === 'zusagen')).toBe(true);
    const sagte = index.get('sagte')?.filter((x) => x.entry.lemma === 'zusagen') ?? [];
    expect(sagte.length).toBeGreaterThan(0);
    expect(sagte.every((x) => x.form.features.separated)).toBe(true);
    expect(index.get('lieferungen')?.some((x) => x.entry.lemma === 'Lieferung')).toBe(true);
    expect(index.get('gelieferte')?.some((x) => x.entry.pos === 'adjective')).toBe(true);
    // "stellt" belongs to several phrases
    const stellt = new Set((index.get('stellt') ?? []).map((x) => x.entry.lemma));
    expect(stellt.has('zur Verfügung stellen') && stellt.has('in Aussicht stellen')).toBe(true);
  });
});

describe('loader validation', () => {
  const good = JSON.stringify(verb('liefern', { gloss: 'deliver', examples: [{ text: 'x', expected: [] }] }));
  test('a valid line parses', () => {
    expect(parsePredicates(good + '\n\n', 'de', 'f.jsonl')).toHaveLength(1);
  });
  test.each([
    ['{not json', /f\.jsonl:1: .*not valid JSON/],
    [good.replace('"give"', '"sale"'), /f\.jsonl:1: field "meaning".*"sale"/],
    [good.replace('"subj"', '"subject"'), /f\.jsonl:1: field "slots\.supplier".*"subject"/],
    [good.replace('"language":"de"', '"language":"en"'), /field "language"/],
    [good.replace('"examples":[{"text":"x","expected":[]}]', '"examples":[]'), /field "examples"/],
    [good.replace('"lemma"', '"lema"'), /field "lema": unknown field/],
  ])('rejects %s', (line, message) => {
    expect(() => parsePredicates(good + '\n' + line, 'de', 'f.jsonl')).toThrow(PredicateLexiconError);
    expect(() => parsePredicates(line, 'de', 'f.jsonl')).toThrow(message);
  });
  test('a missing English file is an empty lexicon or loads', () => {
    expect(Array.isArray(predicateEntries('en'))).toBe(true);
  });
});

describe('support-verb constructions in text', () => {
  const lemmas = (text: string) => predicateCues(text, 0, 'de').map((c) => c.entry.lemma);
  test.each([
    ['Algerien stellt Estland Storm Shadow zur Verfügung.', 'zur Verfügung stellen'],
    ['Die EU brachte ein weiteres Militärpaket für die Ukraine auf den Weg.', 'auf den Weg bringen'],
    ['Berlin machte den Weg für die Lieferung frei.', 'den Weg frei machen'],
  ])('a fixed phrase of several words counts: "%s" → %s', (text, lemma) => {
    expect(lemmas(text)).toContain(lemma);
  });
  test('the fixed words must be there', () => {
    expect(lemmas('Algerien stellt Estland Storm Shadow vor.')).not.toContain('zur Verfügung stellen');
    expect(lemmas('Berlin machte den Weg für die Lieferung.')).not.toContain('den Weg frei machen');
  });
});
