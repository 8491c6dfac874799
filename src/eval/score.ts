/**
 * Scores an extractor against gold files (form: ../shared/eval/GOLD.md). Transfers are
 * (supplier, recipient, category, status) tuples per article — strict — or without status —
 * lenient; entities are id sets per type after resolving gold names through resolveName.
 * Counts are summed over articles (micro-average); optional gold entries count neither way.
 *
 * Beyond the counts: the status confusion matrix and date and quantity accuracy, both over an
 * alignment of gold and predicted transfers that agree on (supplier, recipient, category) — see
 * `alignTransfers` and src/extract/README.md § Measuring — and, for every miss and every
 * spurious transfer, the sentence it comes from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveMaxBytes } from '../ingest/limits';
import { readInputs } from '../ingest/sources';
import { resolveName, slug } from '../lexicon';
import { STATUSES, type ArticleInput, type ArticleRecord, type EntityType, type Extractor, type TransferRecord } from '../record';

export interface GoldTransfer {
  supplier: string;
  recipient: string;
  category: string;
  status: string;
  optional?: boolean;
  item?: string;
  quantity?: { value: number | null; approx?: string; unit?: string | null } | null;
  when?: string | null;
  evidence?: string;
}

export interface Gold {
  article: string;
  actors: string[];
  people: string[];
  places: string[];
  weapons: string[];
  transfers: GoldTransfer[];
}

export interface Counts { tp: number; fp: number; fn: number }
export interface Scores extends Counts { precision: number; recall: number; f1: number }

/** A missed or spurious transfer with the sentence it comes from (gold evidence, or the record's evidence text). */
export interface TransferError {
  key: string;
  evidence: string | null;
}

export interface ArticleScore {
  article: string;
  missed: string[];
  spurious: string[];
  /** The strict transfer misses and spurious transfers of `missed`/`spurious`, each with its sentence. */
  transferMisses: TransferError[];
  transferSpurious: TransferError[];
  /** Aligned pairs whose date or quantity the gold gives and the prediction gets wrong. */
  valueErrors: Array<{ key: string; field: 'when' | 'quantity'; gold: string; predicted: string | null }>;
}

/** Row and column label for "no tuple on this side" (a miss: gold × none; spurious: none × predicted). */
export const NONE = 'none';
export const STATUS_LABELS = [...STATUSES, NONE] as const;
/** confusion[gold][predicted] = number of aligned tuples; rows and columns are STATUS_LABELS. */
export type Confusion = Record<string, Record<string, number>>;

export interface Accuracy {
  /** Aligned pairs whose gold gives a value. */
  total: number;
  correct: number;
  /** correct / total; null when total is 0. */
  accuracy: number | null;
}

export interface Report {
  articles: number;
  strict: Scores;
  lenient: Scores;
  entities: Record<EntityType, Scores>;
  /** Gold status × predicted status over aligned transfers (see alignTransfers). */
  confusion: Confusion;
  /** Gold `when` equal to the predicted `when`, over aligned pairs whose gold gives a date. */
  date: Accuracy;
  /** Gold `quantity.value` equal to the predicted one, over aligned pairs whose gold gives a number. */
  quantity: Accuracy;
  perArticle: ArticleScore[];
}

export interface Totals {
  strict: Counts;
  lenient: Counts;
  entities: Record<EntityType, Counts>;
  confusion: Confusion;
  date: { total: number; correct: number };
  quantity: { total: number; correct: number };
}

export function emptyConfusion(): Confusion {
  return Object.fromEntries(STATUS_LABELS.map((g) => [g, Object.fromEntries(STATUS_LABELS.map((p) => [p, 0]))]));
}

export function emptyTotals(): Totals {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  return {
    strict: zero(),
    lenient: zero(),
    entities: { actor: zero(), person: zero(), place: zero(), weapon: zero() },
    confusion: emptyConfusion(),
    date: { total: 0, correct: 0 },
    quantity: { total: 0, correct: 0 },
  };
}

export const accuracy = (a: { total: number; correct: number }): Accuracy => ({ ...a, accuracy: a.total ? a.correct / a.total : null });

const GOLD_FIELDS: Record<EntityType, keyof Gold> = { actor: 'actors', person: 'people', place: 'places', weapon: 'weapons' };

export const idOf = (name: string, type?: EntityType) => resolveName(name, type)?.id ?? slug(name);

export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Compares predicted keys with required and optional gold keys, adding to `counts`. */
function compare(predicted: Set<string>, required: Set<string>, optional: Set<string>, counts: Counts, label: string, out: ArticleScore): void {
  for (const p of predicted) {
    if (required.has(p)) counts.tp++;
    else if (!optional.has(p)) {
      counts.fp++;
      out.spurious.push(`${label} ${p}`);
    }
  }
  for (const g of required) {
    if (!predicted.has(g)) {
      counts.fn++;
      out.missed.push(`${label} ${g}`);
    }
  }
}

const transferKey = (s: string, r: string, c: string, st?: string) =>
  [s, r, c, st].filter(Boolean).join(' → ').replace(/ → ([a-z-]+) → /, ' → $1 ');

/** One aligned pair: a gold entry and a predicted transfer on the same (supplier, recipient, category); either side may be absent. */
export interface AlignedPair {
  gold: GoldTransfer | null;
  predicted: TransferRecord | null;
}

const statusRank = (s: string) => {
  const i = (STATUSES as readonly string[]).indexOf(s);
  return i < 0 ? STATUSES.length : i;
};

/**
 * Aligns gold and predicted transfers one to one, per (supplier, recipient, category) group:
 * first entries with the same status (a prediction equal to an optional gold entry is dropped
 * with it: it counts neither way); the remaining required gold entries and predictions of the
 * group are paired in status order (delivered, expected, negotiating, unconfirmed, denied,
 * halted; ties in file order) — these are the status confusions; whatever is left over is a
 * miss (predicted null) or spurious (gold null). Unmatched optional gold entries are left out.
 * So the diagonal of the confusion matrix is the strict tp, each gold entry and each
 * prediction appears at most once, and a group with several gold entries is counted per entry.
 */
export function alignTransfers(record: ArticleRecord, gold: Gold): AlignedPair[] {
  const group = (s: string, r: string, c: string) => transferKey(s, r, c);
  const goldBy = new Map<string, GoldTransfer[]>();
  const predBy = new Map<string, TransferRecord[]>();
  const order: string[] = [];
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    if (!goldBy.has(k) && !predBy.has(k)) order.push(k);
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const t of gold.transfers) push(goldBy, group(idOf(t.supplier, 'actor'), idOf(t.recipient, 'actor'), t.category), t);
  for (const t of record.transfers) push(predBy, group(t.supplier.id, t.recipient.id, t.category), t);
  const pairs: AlignedPair[] = [];
  for (const k of order) {
    const golds = [...(goldBy.get(k) ?? [])];
    let preds = [...(predBy.get(k) ?? [])];
    // 1. same status
    for (const g of [...golds]) {
      const i = preds.findIndex((p) => p.status === g.status);
      if (i < 0) continue;
      if (!g.optional) pairs.push({ gold: g, predicted: preds[i] });
      preds.splice(i, 1);
      golds.splice(golds.indexOf(g), 1);
    }
    // 2. a prediction equal to an optional entry was dropped in step 1; the other optional entries leave too
    const required = golds.filter((g) => !g.optional);
    const byRank = <T extends { status: string }>(xs: T[]) => xs.map((x, i) => ({ x, i })).sort((a, b) => statusRank(a.x.status) - statusRank(b.x.status) || a.i - b.i).map((e) => e.x);
    const rg = byRank(required);
    preds = byRank(preds);
    // 3. status confusions, then leftovers
    const n = Math.max(rg.length, preds.length);
    for (let i = 0; i < n; i++) pairs.push({ gold: rg[i] ?? null, predicted: preds[i] ?? null });
  }
  return pairs;
}

/** A gold `when` or quantity value as the accuracy compares it; null when the gold gives none. */
const goldWhen = (g: GoldTransfer) => (typeof g.when === 'string' && g.when.trim() ? g.when.trim() : null);
const goldValue = (g: GoldTransfer) => (g.quantity && typeof g.quantity.value === 'number' ? g.quantity.value : null);

export function scoreArticle(record: ArticleRecord, gold: Gold, totals: Totals): ArticleScore {
  const out: ArticleScore = { article: gold.article, missed: [], spurious: [], transferMisses: [], transferSpurious: [], valueErrors: [] };
  const key = transferKey;
  const goldKeys = (lenient: boolean, optional: boolean) =>
    new Set(gold.transfers.filter((t) => !!t.optional === optional).map((t) => key(idOf(t.supplier, 'actor'), idOf(t.recipient, 'actor'), t.category, lenient ? undefined : t.status)));
  const blank = (): ArticleScore => ({ article: '', missed: [], spurious: [], transferMisses: [], transferSpurious: [], valueErrors: [] });
  for (const lenient of [false, true]) {
    const predicted = new Set(record.transfers.map((t) => key(t.supplier.id, t.recipient.id, t.category, lenient ? undefined : t.status)));
    const sink: ArticleScore = lenient ? blank() : out;
    compare(predicted, goldKeys(lenient, false), goldKeys(lenient, true), lenient ? totals.lenient : totals.strict, 'transfer', sink);
  }
  // the sentence of each strict miss and spurious transfer
  const goldEvidence = new Map(gold.transfers.map((t) => [key(idOf(t.supplier, 'actor'), idOf(t.recipient, 'actor'), t.category, t.status), t.evidence ?? null]));
  const predEvidence = new Map(record.transfers.map((t) => [key(t.supplier.id, t.recipient.id, t.category, t.status), t.evidence?.text ?? null]));
  const bare = (label: string) => label.replace(/^transfer /, '');
  out.transferMisses = out.missed.filter((m) => m.startsWith('transfer ')).map((m) => ({ key: bare(m), evidence: goldEvidence.get(bare(m)) ?? null }));
  out.transferSpurious = out.spurious.filter((m) => m.startsWith('transfer ')).map((m) => ({ key: bare(m), evidence: predEvidence.get(bare(m)) ?? null }));
  // confusion matrix, date and quantity accuracy over the alignment
  for (const { gold: g, predicted: p } of alignTransfers(record, gold)) {
    totals.confusion[g ? g.status : NONE][p ? p.status : NONE]++;
    if (!g || !p) continue;
    const k = key(p.supplier.id, p.recipient.id, p.category, g.status === p.status ? g.status : `${g.status}/${p.status}`);
    const w = goldWhen(g);
    if (w !== null) {
      totals.date.total++;
      if (p.when === w) totals.date.correct++;
      else out.valueErrors.push({ key: k, field: 'when', gold: w, predicted: p.when });
    }
    const v = goldValue(g);
    if (v !== null) {
      totals.quantity.total++;
      const pv = p.quantity?.value ?? null;
      if (pv === v) totals.quantity.correct++;
      else out.valueErrors.push({ key: k, field: 'quantity', gold: String(v), predicted: pv === null ? null : String(pv) });
    }
  }
  for (const type of Object.keys(GOLD_FIELDS) as EntityType[]) {
    const goldIds = new Set((gold[GOLD_FIELDS[type]] as string[]).map((n) => idOf(n, type)));
    const predicted = new Set(record.entities.filter((e) => e.type === type).map((e) => e.id));
    compare(predicted, goldIds, new Set(), totals.entities[type], type, out);
  }
  return out;
}

/** Reads an article exactly as `npm run ingest` does (HTML through the page reader, front matter, encodings). */
export async function readArticle(path: string): Promise<ArticleInput> {
  for await (const item of readInputs([path], { maxBytes: resolveMaxBytes(undefined), stdin: process.stdin })) {
    if (item.kind === 'ok') return item.value;
    throw new Error(`${path}: ${item.reason}`);
  }
  throw new Error(`${path}: no article read from this file`);
}

export function reportOf(totals: Totals, perArticle: ArticleScore[]): Report {
  return {
    articles: perArticle.length,
    strict: scores(totals.strict),
    lenient: scores(totals.lenient),
    entities: {
      actor: scores(totals.entities.actor),
      person: scores(totals.entities.person),
      place: scores(totals.entities.place),
      weapon: scores(totals.entities.weapon),
    },
    confusion: totals.confusion,
    date: accuracy(totals.date),
    quantity: accuracy(totals.quantity),
    perArticle,
  };
}

/** Extracts every article a gold file names and scores it; one article in memory at a time. */
export async function scoreDirectory(extractor: Extractor, articlesDir: string, goldDir: string): Promise<Report> {
  return scoreDirectories(extractor, [{ articles: articlesDir, gold: goldDir }]);
}

/** Scores several article/gold folder pairs as one set (counts summed over all of them). */
export async function scoreDirectories(extractor: Extractor, sets: Array<{ articles: string; gold: string }>): Promise<Report> {
  const totals = emptyTotals();
  const perArticle: ArticleScore[] = [];
  for (const { articles: articlesDir, gold: goldDir } of sets) {
    const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
    for (const f of goldFiles) {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
      const record = extractor.extract(await readArticle(join(articlesDir, gold.article)));
      perArticle.push(scoreArticle(record, gold, totals));
    }
  }
  return reportOf(totals, perArticle);
}

/** The confusion matrix as a table: rows gold status, columns predicted status. */
export function formatConfusion(c: Confusion): string {
  const abbrev: Record<string, string> = { delivered: 'deliv', expected: 'expect', negotiating: 'negot', unconfirmed: 'unconf', denied: 'denied', halted: 'halted', none: 'none' };
  const w = 7;
  const lines = [`${'gold \\ predicted'.padEnd(14)}${STATUS_LABELS.map((l) => abbrev[l].padStart(w)).join('')}${'total'.padStart(w)}`];
  for (const g of STATUS_LABELS) {
    const row = STATUS_LABELS.map((p) => c[g][p]);
    lines.push(`${g.padEnd(14)}${row.map((n) => String(n).padStart(w)).join('')}${String(row.reduce((a, b) => a + b, 0)).padStart(w)}`);
  }
  return lines.join('\n');
}

/** `confusion: false` leaves the matrix out (the blind holdout prints totals only). */
export function formatReport(r: Report, opts: { confusion?: boolean } = {}): string {
  const row = (label: string, s: Scores) =>
    `${label.padEnd(18)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  const acc = (label: string, a: Accuracy) => `${label.padEnd(18)} ${a.accuracy === null ? '  n/a' : a.accuracy.toFixed(3)}   (${a.correct} of ${a.total} aligned pairs whose gold gives one)`;
  const lines = [`${r.articles} article(s)`, row('transfers strict', r.strict), row('transfers lenient', r.lenient)];
  for (const [type, s] of Object.entries(r.entities)) lines.push(row(`entities ${type}`, s));
  lines.push(acc('date accuracy', r.date), acc('quantity accuracy', r.quantity));
  if (opts.confusion !== false) lines.push('', 'status confusion (transfers aligned on supplier, recipient, category)', formatConfusion(r.confusion));
  const quote = (e: string | null) => (e === null ? '(no sentence)' : `"${e.replace(/\s+/g, ' ').trim()}"`);
  for (const a of r.perArticle) {
    if (!a.missed.length && !a.spurious.length && !a.valueErrors.length) continue;
    lines.push('', a.article);
    for (const m of a.transferMisses) lines.push(`  missed   transfer ${m.key}`, `             ${quote(m.evidence)}`);
    for (const s of a.transferSpurious) lines.push(`  spurious transfer ${s.key}`, `             ${quote(s.evidence)}`);
    for (const m of a.missed) if (!m.startsWith('transfer ')) lines.push(`  missed   ${m}`);
    for (const s of a.spurious) if (!s.startsWith('transfer ')) lines.push(`  spurious ${s}`);
    for (const v of a.valueErrors) lines.push(`  ${v.field === 'when' ? 'date    ' : 'quantity'} ${v.key}: gold ${v.gold}, predicted ${v.predicted ?? 'none'}`);
  }
  return lines.join('\n');
}
