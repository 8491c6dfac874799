import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile, ruleExtractor } from '../../src/extract';
import { CATEGORIES, STATUSES } from '../../src/record';

const dirs = ['seeds', 'tests/fixtures/dev/articles'];
const files = dirs.flatMap((d) => {
  try {
    return readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f));
  } catch {
    return [];
  }
});

describe('ruleExtractor over every article', () => {
  const records = files.map((f) => ruleExtractor.extract(readArticleFile(f)));

  it('keeps every offset pointing at its text', () => {
    for (const r of records) {
      for (const e of r.entities) for (const m of e.mentions) expect(r.article.text.slice(m.start, m.end)).toBe(m.text);
      for (const t of r.transfers) expect(r.article.text.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.text);
    }
  });

  it('uses only the closed vocabularies and canonical ids', () => {
    for (const r of records) {
      for (const t of r.transfers) {
        expect(CATEGORIES).toContain(t.category);
        expect(STATUSES).toContain(t.status);
        expect(t.supplier.id).not.toBe(t.recipient.id);
        expect(t.supplier.id).toMatch(/^[a-z0-9-]+$/);
      }
    }
  });

  it('is deterministic', () => {
    const again = files.map((f) => ruleExtractor.extract(readArticleFile(f)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(records));
  });
});

describe('the headline question on the sample articles', () => {
  const transfers = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => ruleExtractor.extract(readArticleFile(join('seeds', f))).transfers);
  const categories = (supplier: string, recipient: string, statuses: string[]) =>
    new Set(transfers.filter((t) => t.supplier.id === supplier && t.recipient.id === recipient && statuses.includes(t.status)).map((t) => t.category));

  it('finds what North Korea sent Russia', () => {
    const sent = categories('north-korea', 'russia', ['delivered']);
    for (const c of ['missile', 'equipment', 'ammunition', 'artillery', 'personnel']) expect(sent).toContain(c);
  });

  it('finds what North Korea is expected to receive in return', () => {
    const back = categories('russia', 'north-korea', ['expected', 'negotiating']);
    for (const c of ['aircraft', 'air-defence', 'armoured-vehicle', 'technology']) expect(back).toContain(c);
  });

  it('names items in canonical English', () => {
    const names = new Set(transfers.flatMap((t) => t.items.map((i) => i.name)));
    for (const n of ['ballistic missile', 'ballistic missile launcher', 'fighter aircraft', 'surface-to-air missile', 'M1989 Koksan']) expect(names).toContain(n);
  });
});
