/**
 * Scores an extractor against gold files (form: ../shared/eval/GOLD.md). Transfers are
 * (supplier, recipient, category, status) tuples per article — strict — or without status —
 * lenient; entities are id sets per type after resolving gold names through resolveName.
 * Counts are summed over articles (micro-average); optional gold entries count neither way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveMaxBytes } from '../ingest/limits';
import { readInputs } from '../ingest/sources';
import { resolveName, slug } from '../lexicon';
import type { ArticleInput, ArticleRecord, EntityType, Extractor } from '../record';

export interface GoldTransfer {
  supplier: string;
  recipient: string;
  category: string;
  status: string;
  optional?: boolean;
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

export interface ArticleScore {
  article: string;
  missed: string[];
  spurious: string[];
}

export interface Report {
  articles: number;
  strict: Scores;
  lenient: Scores;
  entities: Record<EntityType, Scores>;
  perArticle: ArticleScore[];
}

const GOLD_FIELDS: Record<EntityType, keyof Gold> = { actor: 'actors', person: 'people', place: 'places', weapon: 'weapons' };

const idOf = (name: string, type?: EntityType) => resolveName(name, type)?.id ?? slug(name);

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

export function scoreArticle(record: ArticleRecord, gold: Gold, totals: { strict: Counts; lenient: Counts; entities: Record<EntityType, Counts> }): ArticleScore {
  const out: ArticleScore = { article: gold.article, missed: [], spurious: [] };
  const key = (s: string, r: string, c: string, st?: string) => [s, r, c, st].filter(Boolean).join(' → ').replace(/ → ([a-z-]+) → /, ' → $1 ');
  const goldKeys = (lenient: boolean, optional: boolean) =>
    new Set(gold.transfers.filter((t) => !!t.optional === optional).map((t) => key(idOf(t.supplier, 'actor'), idOf(t.recipient, 'actor'), t.category, lenient ? undefined : t.status)));
  for (const lenient of [false, true]) {
    const predicted = new Set(record.transfers.map((t) => key(t.supplier.id, t.recipient.id, t.category, lenient ? undefined : t.status)));
    const sink: ArticleScore = lenient ? { article: '', missed: [], spurious: [] } : out;
    compare(predicted, goldKeys(lenient, false), goldKeys(lenient, true), lenient ? totals.lenient : totals.strict, 'transfer', sink);
  }
  for (const type of Object.keys(GOLD_FIELDS) as EntityType[]) {
    const goldIds = new Set((gold[GOLD_FIELDS[type]] as string[]).map((n) => idOf(n, type)));
    const predicted = new Set(record.entities.filter((e) => e.type === type).map((e) => e.id));
    compare(predicted, goldIds, new Set(), totals.entities[type], type, out);
  }
  return out;
}

/** Reads an article exactly as `npm run ingest` does (HTML through the page reader, front matter, encodings). */
async function readArticle(path: string): Promise<ArticleInput> {
  for await (const item of readInputs([path], { maxBytes: resolveMaxBytes(undefined), stdin: process.stdin })) {
    if (item.kind === 'ok') return item.value;
    throw new Error(`${path}: ${item.reason}`);
  }
  throw new Error(`${path}: no article read from this file`);
}

/** Extracts every article a gold file names and scores it; one article in memory at a time. */
export async function scoreDirectory(extractor: Extractor, articlesDir: string, goldDir: string): Promise<Report> {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const totals = { strict: zero(), lenient: zero(), entities: { actor: zero(), person: zero(), place: zero(), weapon: zero() } };
  const perArticle: ArticleScore[] = [];
  const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  for (const f of goldFiles) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
    const record = extractor.extract(await readArticle(join(articlesDir, gold.article)));
    perArticle.push(scoreArticle(record, gold, totals));
  }
  return {
    articles: goldFiles.length,
    strict: scores(totals.strict),
    lenient: scores(totals.lenient),
    entities: {
      actor: scores(totals.entities.actor),
      person: scores(totals.entities.person),
      place: scores(totals.entities.place),
      weapon: scores(totals.entities.weapon),
    },
    perArticle,
  };
}

export function formatReport(r: Report): string {
  const row = (label: string, s: Scores) =>
    `${label.padEnd(18)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  const lines = [`${r.articles} article(s)`, row('transfers strict', r.strict), row('transfers lenient', r.lenient)];
  for (const [type, s] of Object.entries(r.entities)) lines.push(row(`entities ${type}`, s));
  for (const a of r.perArticle) {
    if (!a.missed.length && !a.spurious.length) continue;
    lines.push('', a.article);
    for (const m of a.missed) lines.push(`  missed   ${m}`);
    for (const s of a.spurious) lines.push(`  spurious ${s}`);
  }
  return lines.join('\n');
}
