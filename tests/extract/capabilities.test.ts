import { ruleExtractor, resolveName } from '../../src/extract';
import { capabilityCases, predicateCases, runCapabilities, runCase } from '../../src/eval/capabilities';
import { CATEGORIES, STATUSES, type ArticleRecord, type Extractor } from '../../src/record';
import floorData from './capability-floors.json';

const floors = floorData.floors as Record<string, Partial<Record<'de' | 'en', number>>>;

describe('capability suite', () => {
  const cases = capabilityCases();

  it('is deterministic, a few hundred cases per language, at least 15 per capability and language', () => {
    expect(capabilityCases().map((c) => c.text)).toEqual(cases.map((c) => c.text));
    for (const lang of ['de', 'en'] as const) expect(cases.filter((c) => c.language === lang).length).toBeGreaterThanOrEqual(300);
    const counts = new Map<string, number>();
    // predicate cells hold the lexicon entries' own examples, as many as the entries carry
    for (const c of cases.filter((x) => !x.capability.startsWith('predicate:'))) counts.set(`${c.capability} [${c.language}]`, (counts.get(`${c.capability} [${c.language}]`) ?? 0) + 1);
    for (const [k, n] of counts) expect([k, n >= 15]).toEqual([k, true]);
    expect(new Set(cases.map((c) => `${c.language}|${c.text}`)).size).toBe(cases.length);
  });

  it('expects only known actors, categories and statuses', () => {
    for (const c of cases) {
      for (const t of c.expected) {
        expect(resolveName(t.supplier, 'actor')?.type).toBe('actor');
        expect(resolveName(t.recipient, 'actor')?.type).toBe('actor');
        expect(CATEGORIES).toContain(t.category);
        expect(STATUSES).toContain(t.status);
      }
    }
  });

  it('holds each capability at its floor per language (tests/extract/capability-floors.json)', () => {
    const report = runCapabilities(ruleExtractor, cases);
    const below: string[] = [];
    for (const r of report.rates) {
      const floor = floors[r.capability]?.[r.language];
      if (floor === undefined) below.push(`${r.capability} [${r.language}]: no floor recorded (reaches ${r.rate.toFixed(2)})`);
      else if (r.rate < floor - 1e-9) below.push(`${r.capability} [${r.language}]: ${r.rate.toFixed(2)} < floor ${floor}`);
    }
    expect(below).toEqual([]);
  });
});

describe('capability runner', () => {
  const fake = (tuples: Array<[string, string, string, string]>): Extractor => ({
    name: 'fake',
    version: '0',
    extract: (input) =>
      ({
        recordVersion: 1,
        extractor: { name: 'fake', version: '0' },
        article: { id: 'x', file: null, title: null, publishedAt: null, language: input.language ?? 'en', outlet: null, url: null, text: input.text },
        entities: [],
        transfers: tuples.map(([s, r, category, status]) => ({ supplier: { id: s, name: s }, recipient: { id: r, name: r }, category, status, items: [], quantity: null, when: null, attribution: null, evidence: { text: input.text, start: 0, end: 0 } })),
      }) as ArticleRecord,
  });
  const c = { capability: 'test', language: 'de' as const, text: 'Pjöngjang hat Moskau Raketen geliefert.', expected: [{ supplier: 'Pyongyang', recipient: 'Kremlin', category: 'missile' as const, status: 'delivered' as const }], origin: 'hand-made' };

  it('resolves expected names and compares the tuple set exactly', () => {
    expect(runCase(fake([['north-korea', 'russia', 'missile', 'delivered']]), c).pass).toBe(true);
    expect(runCase(fake([['north-korea', 'russia', 'missile', 'expected']]), c).pass).toBe(false);
    expect(runCase(fake([['north-korea', 'russia', 'missile', 'delivered'], ['north-korea', 'russia', 'ammunition', 'delivered']]), c).pass).toBe(false);
    expect(runCase(fake([]), { ...c, expected: [] }).pass).toBe(true);
    expect(runCase(fake([]), c).pass).toBe(false);
  });

  it('turns predicate lexicon examples into "predicate: <meaning>" cases', () => {
    const got = predicateCases([{ lemma: 'zusagen', language: 'de', meaning: 'pledge', examples: [{ text: 'Berlin sagt Kiew Panzer zu.', expected: [] }] }]);
    expect(got).toEqual([{ capability: 'predicate: pledge', language: 'de', text: 'Berlin sagt Kiew Panzer zu.', expected: [], origin: 'predicate lexicon: de "zusagen"' }]);
  });
});
