import { predicateCues } from '../../src/extract/predicates';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, STATUSES } from '../../src/record';
import { fold, lexicon as entityLexicon } from '../../src/lexicon';
import { englishForms, nounPlural, principalParts } from '../../src/lexicon/predicates/en';
import type { FormFeatures, PredicateEntry, PredicateForm } from '../../src/lexicon/predicates/types';

const FILE = join(__dirname, '../../src/lexicon/data/predicates.en.jsonl');

/** A local reader: one JSON entry per non-empty line, with its line number. */
function readLexicon(): Array<{ line: number; entry: PredicateEntry }> {
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, line }) => {
      try {
        return { line, entry: JSON.parse(text) as PredicateEntry };
      } catch (e) {
        throw new Error(`predicates.en.jsonl:${line}: not JSON (${(e as Error).message})`);
      }
    });
}

const lexicon = readLexicon();
const entries = lexicon.map((l) => l.entry);
const actorNames = new Set<string>(
  (JSON.parse(readFileSync(join(__dirname, '../../src/lexicon/data/actors.json'), 'utf8')) as {
    actors: Array<{ name: string }>;
  }).actors.map((a) => a.name),
);

const POS = ['verb', 'noun', 'phrase', 'adjective'];
const MEANINGS = ['give', 'send', 'sell', 'buy', 'order', 'receive', 'pledge', 'offer', 'request', 'approve', 'negotiate', 'deny', 'stop'];
const STATUS_OF: Record<string, string | null> = {
  order: 'expected', pledge: 'expected', offer: 'expected', request: 'expected', approve: 'expected',
  negotiate: 'negotiating', deny: 'denied', stop: 'halted',
};
const ROLES = ['supplier', 'recipient', 'item'];
const ENTRY_KEYS = ['lemma', 'language', 'pos', 'meaning', 'gloss', 'parts', 'particle', 'reflexive', 'fixed', 'head', 'gender', 'plural', 'adjectiveBefore', 'slots', 'status', 'examples'];
/** English slots: no German case slots. */
const SLOT = /^(subj|obj|iobj|poss|adj|compound|prep:[a-z]+)$/;

function defects(entry: PredicateEntry): string[] {
  const out: string[] = [];
  const e = entry as unknown as Record<string, unknown>;
  for (const k of Object.keys(e)) if (!ENTRY_KEYS.includes(k)) out.push(`unknown field ${k}`);
  if (typeof entry.lemma !== 'string' || entry.lemma.trim() === '' || entry.lemma !== entry.lemma.toLowerCase()) out.push('lemma must be lower-case text');
  if (entry.language !== 'en') out.push(`language ${String(entry.language)}`);
  if (!POS.includes(entry.pos)) out.push(`pos ${String(entry.pos)}`);
  if (!MEANINGS.includes(entry.meaning)) out.push(`meaning ${String(entry.meaning)}`);
  if (typeof entry.gloss !== 'string' || entry.gloss.trim() === '') out.push('no gloss');
  if (entry.particle !== undefined || entry.reflexive !== undefined || entry.gender !== undefined) out.push('German-only field');
  const expectedStatus = STATUS_OF[entry.meaning] ?? null;
  if (entry.status !== expectedStatus) out.push(`status ${String(entry.status)} for meaning ${entry.meaning}, expected ${String(expectedStatus)}`);
  if (entry.parts !== undefined) {
    for (const [k, v] of Object.entries(entry.parts)) {
      if (!['present3', 'past', 'participle'].includes(k)) out.push(`parts.${k} is not English`);
      if (typeof v !== 'string' || v === '' || v !== v.toLowerCase()) out.push(`parts.${k} must be lower-case text`);
    }
    if (entry.pos !== 'verb' && entry.pos !== 'phrase') out.push('parts on a non-verb');
  }
  if (entry.pos === 'phrase') {
    if (typeof entry.head !== 'string' || !Array.isArray(entry.fixed) || entry.fixed.length === 0) out.push('phrase needs head and fixed');
    else if ([entry.head, ...entry.fixed].join(' ') !== entry.lemma) out.push('phrase lemma must be head + fixed');
  } else if (entry.head !== undefined || entry.fixed !== undefined) out.push('head/fixed outside a phrase');
  if (entry.pos === 'verb' && !/^[a-z]+(-[a-z]+)?$/.test(entry.lemma)) out.push('verb lemma is one word');
  if (entry.pos === 'adjective' && !/^-[a-z]+$/.test(entry.lemma)) out.push('adjective lemma is a "-participle" suffix');
  if (entry.plural !== undefined && entry.pos !== 'noun') out.push('plural on a non-noun');
  if (typeof entry.slots !== 'object' || entry.slots === null) out.push('no slots');
  else {
    for (const [role, slots] of Object.entries(entry.slots)) {
      if (!ROLES.includes(role)) out.push(`role ${role}`);
      if (!Array.isArray(slots) || slots.length === 0) out.push(`role ${role} has no slot list`);
      else {
        for (const s of slots) if (!SLOT.test(s)) out.push(`slot ${s}`);
        if (new Set(slots).size !== slots.length) out.push(`role ${role} repeats a slot`);
      }
    }
    if (entry.meaning !== 'deny' && entry.pos !== 'adjective' && Object.keys(entry.slots).length < 3) out.push('supplier, recipient and item all need slots');
  }
  if (!Array.isArray(entry.examples) || entry.examples.length === 0) out.push('no example');
  else {
    for (const ex of entry.examples) {
      if (typeof ex.text !== 'string' || ex.text.trim() === '') out.push('empty example');
      if (!Array.isArray(ex.expected) || ex.expected.length === 0) out.push(`example without tuples: ${ex.text}`);
      for (const t of ex.expected ?? []) {
        if (!actorNames.has(t.supplier)) out.push(`supplier ${t.supplier} is no canonical actor`);
        if (!actorNames.has(t.recipient)) out.push(`recipient ${t.recipient} is no canonical actor`);
        if (t.supplier === t.recipient) out.push(`supplier is recipient: ${ex.text}`);
        if (!(CATEGORIES as readonly string[]).includes(t.category)) out.push(`category ${t.category}`);
        if (!(STATUSES as readonly string[]).includes(t.status)) out.push(`status ${t.status}`);
        if (entry.status !== null && t.status !== entry.status) out.push(`tuple status ${t.status} contradicts the entry's ${entry.status}: ${ex.text}`);
      }
      const keys = (ex.expected ?? []).map((t) => `${t.supplier}|${t.recipient}|${t.category}|${t.status}`);
      if (new Set(keys).size !== keys.length) out.push(`duplicate tuple: ${ex.text}`);
    }
  }
  return out;
}

function surfaces(forms: PredicateForm[], pick: (f: FormFeatures) => boolean): string[] {
  return [...new Set(forms.filter((f) => pick(f.features)).map((f) => f.surface))].sort();
}

function entryOf(lemma: string, pos: PredicateEntry['pos']): PredicateEntry {
  const e = entries.find((x) => x.lemma === lemma && x.pos === pos);
  if (!e) throw new Error(`no ${pos} "${lemma}" in the lexicon`);
  return e;
}

/** Principal parts of a lexicon entry as the forms give them, sorted per cell. */
/** The contiguous forms; a phrasal verb's separated head forms are tested on their own. */
function table(entry: PredicateEntry): Record<string, string[]> {
  const f = englishForms(entry).filter((x) => !x.features.separated);
  return {
    infinitive: surfaces(f, (x) => x.kind === 'infinitive'),
    present: surfaces(f, (x) => x.kind === 'finite' && x.tense === 'present'),
    past: surfaces(f, (x) => x.kind === 'finite' && x.tense === 'past'),
    participle: surfaces(f, (x) => x.kind === 'participle'),
    gerund: surfaces(f, (x) => x.kind === 'gerund'),
  };
}

const wordRe = (s: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/** Does the text contain one of the entry's forms (a phrase: a head form, then its fixed words in order)? */
function attests(entry: PredicateEntry, text: string): boolean {
  const t = text.toLowerCase();
  const forms = englishForms(entry);
  if (entry.pos === 'adjective') return forms.some((f) => new RegExp(`[\\p{L}.]${f.surface}(?![\\p{L}])`, 'u').test(t));
  if (entry.pos !== 'phrase') return forms.some((f) => wordRe(f.surface).test(t));
  const fixed = entry.fixed ?? [];
  const heads = new Set(forms.map((f) => f.surface.slice(0, f.surface.length - fixed.join(' ').length - 1)));
  for (const head of heads) {
    const m = wordRe(head).exec(t);
    if (!m) continue;
    let rest = t.slice(m.index + m[0].length);
    let ok = true;
    for (const w of fixed) {
      const mw = wordRe(w).exec(rest);
      if (!mw) {
        ok = false;
        break;
      }
      rest = rest.slice(mw.index + mw[0].length);
    }
    if (ok) return true;
  }
  return false;
}

describe('English predicate lexicon: data', () => {
  it('has at least 170 entries, with verbs, nouns, phrases and adjectives', () => {
    expect(entries.length).toBeGreaterThanOrEqual(170);
    for (const pos of POS) expect(entries.filter((e) => e.pos === pos).length).toBeGreaterThan(0);
  });

  it('every line is a well-formed English entry (fields, closed vocabularies, canonical actors)', () => {
    const bad = lexicon.flatMap(({ line, entry }) => defects(entry).map((d) => `line ${line} (${entry.lemma}): ${d}`));
    expect(bad).toEqual([]);
  });

  it('no lemma twice per part of speech', () => {
    const seen = new Map<string, number>();
    const dup: string[] = [];
    for (const { line, entry } of lexicon) {
      const key = `${entry.pos}:${entry.lemma}`;
      if (seen.has(key)) dup.push(`${key} on lines ${seen.get(key)} and ${line}`);
      else seen.set(key, line);
    }
    expect(dup).toEqual([]);
  });

  it('every example contains one of its entry’s forms (a phrase: head form and its fixed words)', () => {
    const missing = entries.flatMap((e) => e.examples.filter((x) => !attests(e, x.text)).map((x) => `${e.pos} ${e.lemma}: ${x.text}`));
    expect(missing).toEqual([]);
  });

  it('examples are not one template: no text twice, many distinct actors and categories', () => {
    const texts = entries.flatMap((e) => e.examples.map((x) => x.text));
    expect(new Set(texts).size).toBe(texts.length);
    const tuples = entries.flatMap((e) => e.examples.flatMap((x) => x.expected));
    expect(new Set(tuples.flatMap((t) => [t.supplier, t.recipient])).size).toBeGreaterThanOrEqual(30);
    expect(new Set(tuples.map((t) => t.category)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(tuples.map((t) => t.status))).toEqual(new Set(['delivered', 'expected', 'negotiating', 'denied', 'halted']));
  });

  it('every expected actor is named in its example (name, adjective, demonym or stand-in)', () => {
    const lex = entityLexicon();
    const unnamed: string[] = [];
    for (const e of entries) {
      for (const x of e.examples) {
        const named = new Set(
          lex.matcher
            .scan(x.text, fold(x.text))
            .flatMap((m) => m.targets.filter((t) => t.type === 'actor').map((t) => lex.actors.get(t.id)?.name)),
        );
        for (const t of x.expected) {
          for (const a of [t.supplier, t.recipient]) if (!named.has(a)) unnamed.push(`${e.lemma}: ${a} in "${x.text}"`);
        }
      }
    }
    expect(unnamed).toEqual([]);
  });

  it('every expected category is the category of a weapon or item class named in its example', () => {
    const lex = entityLexicon();
    const unnamed: string[] = [];
    for (const e of entries) {
      for (const x of e.examples) {
        const cats = new Set(
          lex.matcher.scan(x.text, fold(x.text)).flatMap((m) =>
            m.targets.map((t) => (t.type === 'weapon' ? lex.weapons.get(t.id)?.category : t.type === 'item' ? lex.items.get(t.id)?.category : undefined)),
          ),
        );
        for (const t of x.expected) if (!cats.has(t.category)) unnamed.push(`${e.lemma}: ${t.category} in "${x.text}" (named: ${[...cats].filter(Boolean).join(', ')})`);
      }
    }
    expect(unnamed).toEqual([]);
  });

  it('verbs whose object is the recipient say so ("supply X with Y")', () => {
    for (const lemma of ['supply', 'provide', 'arm', 'equip', 'furnish', 'resupply']) {
      const e = entryOf(lemma, 'verb');
      expect(e.slots.recipient).toContain('obj');
      expect(e.slots.item).toContain('prep:with');
    }
    for (const lemma of ['buy', 'purchase', 'receive', 'order', 'request']) {
      const e = entryOf(lemma, 'verb');
      expect(e.slots.recipient?.[0]).toBe('subj');
      expect(e.slots.supplier).toContain('prep:from');
    }
  });
});

describe('English inflection', () => {
  it('forms are lower case, non-empty and unique per features', () => {
    for (const e of entries) {
      const forms = englishForms(e);
      expect(forms.length).toBeGreaterThan(0);
      const keys = forms.map((f) => f.surface + JSON.stringify(f.features));
      expect(new Set(keys).size).toBe(keys.length);
      for (const f of forms) {
        expect(f.surface).toBe(f.surface.toLowerCase());
        expect(f.surface.trim()).toBe(f.surface);
        expect(f.surface).not.toBe('');
      }
    }
  });

  it('every verb and phrase has infinitive, present, past, participle and -ing forms', () => {
    for (const e of entries.filter((x) => x.pos === 'verb' || x.pos === 'phrase')) {
      const t = table(e);
      for (const [cell, forms] of Object.entries(t)) expect([e.lemma, cell, forms.length > 0]).toEqual([e.lemma, cell, true]);
    }
  });

  it.each([
    ['supply', { present: ['supplies', 'supply'], past: ['supplied'], participle: ['supplied'], gerund: ['supplying'] }],
    ['ship', { present: ['ship', 'ships'], past: ['shipped'], participle: ['shipped'], gerund: ['shipping'] }],
    ['send', { present: ['send', 'sends'], past: ['sent'], participle: ['sent'], gerund: ['sending'] }],
    ['sell', { present: ['sell', 'sells'], past: ['sold'], participle: ['sold'], gerund: ['selling'] }],
    ['give', { present: ['give', 'gives'], past: ['gave'], participle: ['given'], gerund: ['giving'] }],
    ['buy', { present: ['buy', 'buys'], past: ['bought'], participle: ['bought'], gerund: ['buying'] }],
    ['approve', { present: ['approve', 'approves'], past: ['approved'], participle: ['approved'], gerund: ['approving'] }],
    ['deliver', { present: ['deliver', 'delivers'], past: ['delivered'], participle: ['delivered'], gerund: ['delivering'] }],
    ['transfer', { present: ['transfer', 'transfers'], past: ['transferred'], participle: ['transferred'], gerund: ['transferring'] }],
    ['commit', { present: ['commit', 'commits'], past: ['committed'], participle: ['committed'], gerund: ['committing'] }],
    ['offer', { present: ['offer', 'offers'], past: ['offered'], participle: ['offered'], gerund: ['offering'] }],
    ['veto', { present: ['veto', 'vetoes'], past: ['vetoed'], participle: ['vetoed'], gerund: ['vetoing'] }],
    ['embargo', { present: ['embargo', 'embargoes'], past: ['embargoed'], participle: ['embargoed'], gerund: ['embargoing'] }],
    ['cancel', { present: ['cancel', 'cancels'], past: ['canceled', 'cancelled'], participle: ['canceled', 'cancelled'], gerund: ['canceling', 'cancelling'] }],
    ['funnel', { present: ['funnel', 'funnels'], past: ['funneled', 'funnelled'], participle: ['funneled', 'funnelled'], gerund: ['funneling', 'funnelling'] }],
    ['traffic', { present: ['traffic', 'traffics'], past: ['trafficked'], participle: ['trafficked'], gerund: ['trafficking'] }],
    ['delay', { present: ['delay', 'delays'], past: ['delayed'], participle: ['delayed'], gerund: ['delaying'] }],
    ['seek', { present: ['seek', 'seeks'], past: ['sought'], participle: ['sought'], gerund: ['seeking'] }],
    ['scrap', { present: ['scrap', 'scraps'], past: ['scrapped'], participle: ['scrapped'], gerund: ['scrapping'] }],
    ['bar', { present: ['bar', 'bars'], past: ['barred'], participle: ['barred'], gerund: ['barring'] }],
    ['arm', { present: ['arm', 'arms'], past: ['armed'], participle: ['armed'], gerund: ['arming'] }],
    ['equip', { present: ['equip', 'equips'], past: ['equipped'], participle: ['equipped'], gerund: ['equipping'] }],
    ['freeze', { present: ['freeze', 'freezes'], past: ['froze'], participle: ['frozen'], gerund: ['freezing'] }],
    ['greenlight', { present: ['greenlight', 'greenlights'], past: ['greenlighted', 'greenlit'], participle: ['greenlighted', 'greenlit'], gerund: ['greenlighting'] }],
    ['green-light', { present: ['green-light', 'green-lights'], past: ['green-lighted', 'green-lit'], participle: ['green-lighted', 'green-lit'], gerund: ['green-lighting'] }],
    ['re-export', { present: ['re-export', 're-exports'], past: ['re-exported'], participle: ['re-exported'], gerund: ['re-exporting'] }],
  ])('verb %s', (lemma, expected) => {
    const t = table(entryOf(lemma, 'verb'));
    expect(t.infinitive).toEqual([lemma]);
    expect({ present: t.present, past: t.past, participle: t.participle, gerund: t.gerund }).toEqual(expected);
  });

  it.each([
    ['hand over', { present: ['hand over', 'hands over'], past: ['handed over'], participle: ['handed over'], gerund: ['handing over'] }],
    ['take delivery of', { present: ['take delivery of', 'takes delivery of'], past: ['took delivery of'], participle: ['taken delivery of'], gerund: ['taking delivery of'] }],
    ['put on hold', { present: ['put on hold', 'puts on hold'], past: ['put on hold'], participle: ['put on hold'], gerund: ['putting on hold'] }],
    ['be in talks', { present: ['am in talks', 'are in talks', 'is in talks'], past: ['was in talks', 'were in talks'], participle: ['been in talks'], gerund: ['being in talks'] }],
    ['strike a deal', { present: ['strike a deal', 'strikes a deal'], past: ['struck a deal'], participle: ['struck a deal'], gerund: ['striking a deal'] }],
    ['make available', { present: ['make available', 'makes available'], past: ['made available'], participle: ['made available'], gerund: ['making available'] }],
    ['ask for', { present: ['ask for', 'asks for'], past: ['asked for'], participle: ['asked for'], gerund: ['asking for'] }],
    ['cut off', { present: ['cut off', 'cuts off'], past: ['cut off'], participle: ['cut off'], gerund: ['cutting off'] }],
  ])('phrase %s', (lemma, expected) => {
    const t = table(entryOf(lemma, 'phrase'));
    expect({ present: t.present, past: t.past, participle: t.participle, gerund: t.gerund }).toEqual(expected);
  });

  it('the object may stand between a phrase\'s head and its fixed words: the head alone is a separated form', () => {
    const separated = (lemma: string) => englishForms(entryOf(lemma, 'phrase')).filter((x) => x.features.separated).map((x) => x.surface);
    expect(separated('hand over')).toEqual(expect.arrayContaining(['handed', 'hands', 'handing']));
    expect(separated('ask for')).toEqual(expect.arrayContaining(['asked', 'asks', 'asking']));
    // the matcher takes the head alone only where the fixed words follow near, in order
    const cues = (text: string) => predicateCues(text, 0, 'en').map((c) => c.entry.lemma);
    expect(cues('Kyiv asked Berlin for Taurus missiles.')).toContain('ask for');
    expect(cues('Norway made two NASAMS launchers available to Kyiv.')).toContain('make available');
    expect(cues('Poland took two days to decide.')).not.toContain('take delivery of');
    expect(cues('Kyiv asked Berlin to decide.')).not.toContain('ask for');
  });

  it('finite forms carry tense and number; 3rd person singular is not plural', () => {
    const f = englishForms(entryOf('supply', 'verb'));
    expect(f.find((x) => x.surface === 'supplies')?.features).toEqual({ finite: true, tense: 'present', mood: 'indicative', kind: 'finite', plural: false });
    expect(f.find((x) => x.surface === 'supplied' && x.features.kind === 'finite')?.features.tense).toBe('past');
    expect(f.filter((x) => x.surface === 'supply').map((x) => x.features.kind).sort()).toEqual(['finite', 'infinitive']);
  });

  it.each([
    ['delivery', ['deliveries', 'delivery']],
    ['shipment', ['shipment', 'shipments']],
    ['embargo', ['embargo', 'embargoes']],
    ['batch', ['batch', 'batches']],
    ['supply', ['supplies', 'supply']],
    ['go-ahead', ['go-ahead', 'go-aheads']],
    ['green light', ['green light', 'green lights']],
    ['talks', ['talks']],
    ['aid', ['aid']],
  ])('noun %s', (lemma, expected) => {
    const forms = englishForms(entryOf(lemma, 'noun'));
    expect(surfaces(forms, (x) => x.kind === 'noun')).toEqual(expected);
    if (expected.length === 2) {
      expect(forms.find((x) => x.surface === lemma)?.features.plural).toBe(false);
      expect(forms.find((x) => x.surface !== lemma)?.features.plural).toBe(true);
    } else expect(forms[0].features.plural).toBeUndefined();
  });

  it('participle adjectives keep their hyphen', () => {
    expect(englishForms(entryOf('-supplied', 'adjective'))).toEqual([{ surface: '-supplied', features: { finite: false, kind: 'adjective' } }]);
  });

  it('rules apply to stems outside the lexicon', () => {
    expect(principalParts('agree')).toMatchObject({ past: ['agreed'], gerund: ['agreeing'] });
    expect(principalParts('tie')).toMatchObject({ past: ['tied'], gerund: ['tying'], present3: ['ties'] });
    expect(principalParts('stay')).toMatchObject({ past: ['stayed'], present3: ['stays'] });
    expect(principalParts('quit')).toMatchObject({ past: ['quitted'], gerund: ['quitting'] });
    expect(principalParts('fix')).toMatchObject({ past: ['fixed'], present3: ['fixes'], gerund: ['fixing'] });
    expect(principalParts('vow')).toMatchObject({ past: ['vowed'], gerund: ['vowing'] });
    expect(principalParts('appeal')).toMatchObject({ past: ['appealed'], gerund: ['appealing'] });
    expect(principalParts('control', { past: 'controlled' })).toMatchObject({ past: ['controlled'], participle: ['controlled'], gerund: ['controlling'] });
    expect(nounPlural('box')).toBe('boxes');
    expect(nounPlural('day')).toBe('days');
    expect(nounPlural('analysis', 'analyses')).toBe('analyses');
    expect(nounPlural('gas', '-es')).toBe('gases');
  });
});
