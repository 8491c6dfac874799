import type { ArticleRecord, Status, TransferRecord } from '../../src/record';
import { alignTransfers, emptyTotals, formatReport, reportOf, scoreArticle, type Gold, type GoldTransfer } from '../../src/eval/score';

const ref = (name: string) => ({ id: name.toLowerCase().replace(/ /g, '-'), name });

function pred(supplier: string, recipient: string, category: TransferRecord['category'], status: Status, extra: Partial<TransferRecord> = {}): TransferRecord {
  return {
    supplier: ref(supplier),
    recipient: ref(recipient),
    category,
    status,
    items: [],
    quantity: null,
    when: null,
    attribution: null,
    evidence: { text: `${supplier} ${status} ${category} to ${recipient}.`, start: 0, end: 0 },
    ...extra,
  };
}

function record(transfers: TransferRecord[]): ArticleRecord {
  return {
    recordVersion: 1,
    extractor: { name: 'test', version: '0' },
    article: { id: 'a', file: null, title: null, publishedAt: null, language: 'en', outlet: null, url: null, text: '' },
    entities: [],
    transfers,
  };
}

const g = (supplier: string, recipient: string, category: string, status: string, extra: Partial<GoldTransfer> = {}): GoldTransfer => ({
  supplier,
  recipient,
  category,
  status,
  evidence: `gold: ${supplier} ${status} ${category} to ${recipient}`,
  ...extra,
});

const gold = (transfers: GoldTransfer[]): Gold => ({ article: 'a.txt', actors: [], people: [], places: [], weapons: [], transfers });

describe('status confusion matrix', () => {
  it('counts same-status pairs on the diagonal, status confusions off it, misses and spurious in the none row and column', () => {
    const totals = emptyTotals();
    const gd = gold([
      g('Iran', 'Russia', 'drone', 'delivered'),
      g('Iran', 'Russia', 'drone', 'denied'),
      g('North Korea', 'Russia', 'missile', 'expected'),
      g('Germany', 'Ukraine', 'armoured-vehicle', 'halted'),
    ]);
    const rec = record([
      pred('Iran', 'Russia', 'drone', 'delivered'),
      pred('North Korea', 'Russia', 'missile', 'delivered'), // expected read as delivered
      pred('Belarus', 'Russia', 'ammunition', 'unconfirmed'), // spurious
    ]);
    const out = scoreArticle(rec, gd, totals);
    const c = totals.confusion;
    expect(c.delivered.delivered).toBe(1);
    expect(c.expected.delivered).toBe(1);
    expect(c.denied.none).toBe(1);
    expect(c.halted.none).toBe(1);
    expect(c.none.unconfirmed).toBe(1);
    const sum = Object.values(c).flatMap((row) => Object.values(row)).reduce((a, b) => a + b, 0);
    expect(sum).toBe(5);
    // the diagonal is the strict tp; the rest explains strict fp and fn
    expect(totals.strict).toEqual({ tp: 1, fp: 2, fn: 3 });
    expect(out.transferMisses.map((m) => m.evidence)).toContain('gold: Iran denied drone to Russia');
    expect(out.transferSpurious.find((s) => s.key.startsWith('belarus'))?.evidence).toBe('Belarus unconfirmed ammunition to Russia.');
  });

  it('pairs the leftovers of a group with several gold entries one to one, and leaves optional entries out', () => {
    const gd = gold([
      g('Iran', 'Russia', 'drone', 'delivered'),
      g('Iran', 'Russia', 'drone', 'expected'),
      g('Iran', 'Russia', 'drone', 'negotiating', { optional: true }),
      g('Iran', 'Russia', 'missile', 'unconfirmed', { optional: true }),
    ]);
    const rec = record([pred('Iran', 'Russia', 'drone', 'denied'), pred('Iran', 'Russia', 'drone', 'negotiating'), pred('Iran', 'Russia', 'missile', 'delivered')]);
    const pairs = alignTransfers(rec, gd).map((p) => `${p.gold?.status ?? 'none'}>${p.predicted?.status ?? 'none'}`);
    // negotiating matches an optional entry: neither way; denied pairs with the first required leftover
    expect(pairs.sort()).toEqual(['delivered>denied', 'expected>none', 'none>delivered'].sort());
  });
});

describe('date and quantity accuracy', () => {
  it('compares gold when and quantity value over aligned pairs where the gold gives one', () => {
    const totals = emptyTotals();
    const gd = gold([
      g('Iran', 'Russia', 'drone', 'delivered', { when: '2022-08', quantity: { value: 400, approx: 'exact', unit: 'drone' } }),
      g('Iran', 'Russia', 'drone', 'expected', { when: '2023', quantity: { value: null, approx: 'hundreds', unit: 'drone' } }),
      g('North Korea', 'Russia', 'ammunition', 'delivered', { when: '2023-09', quantity: { value: 1000000, approx: 'more than', unit: 'shell' } }),
      g('Poland', 'Ukraine', 'aircraft', 'delivered', { when: '2023-04', quantity: { value: 14, approx: 'exact', unit: 'aircraft' } }), // missed: not aligned
      g('Germany', 'Ukraine', 'air-defence', 'delivered'), // no date, no quantity: counts for neither
    ]);
    const rec = record([
      pred('Iran', 'Russia', 'drone', 'delivered', { when: '2022-08', quantity: { value: 400, approx: 'exact', unit: 'drone' } }),
      pred('Iran', 'Russia', 'drone', 'negotiating', { when: '2023-05' }), // aligned with the expected entry: wrong date, gold gives no value
      pred('North Korea', 'Russia', 'ammunition', 'delivered', { when: '2023-09-10', quantity: { value: 1000000, approx: 'exact', unit: 'shell' } }),
      pred('Germany', 'Ukraine', 'air-defence', 'delivered', { when: '2024', quantity: { value: 3, approx: 'exact', unit: 'system' } }),
    ]);
    const out = scoreArticle(rec, gd, totals);
    const r = reportOf(totals, [out]);
    expect(r.date).toEqual({ total: 3, correct: 1, accuracy: 1 / 3 });
    expect(r.quantity).toEqual({ total: 2, correct: 2, accuracy: 1 });
    expect(out.valueErrors.map((v) => `${v.field} ${v.gold} ${v.predicted}`).sort()).toEqual(['when 2023 2023-05', 'when 2023-09 2023-09-10']);
    const text = formatReport(r);
    expect(text).toMatch(/date accuracy\s+0\.333/);
    expect(text).toMatch(/quantity accuracy\s+1\.000/);
    expect(text).toContain('"gold: Poland delivered aircraft to Ukraine"');
  });

  it('gives no accuracy when no gold entry has a value', () => {
    const totals = emptyTotals();
    scoreArticle(record([pred('Iran', 'Russia', 'drone', 'delivered', { when: '2022' })]), gold([g('Iran', 'Russia', 'drone', 'delivered')]), totals);
    expect(reportOf(totals, []).date.accuracy).toBeNull();
  });
});
