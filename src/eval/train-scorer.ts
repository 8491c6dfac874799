/**
 * Trains the claim scorer (`src/extract/scorer.ts`): logistic regression over the candidate
 * claims of the development sets (real reports and the imagined development set — never the
 * held-out or blind sets), labelled by whether the gold states the same (supplier, recipient,
 * category, status). The threshold is the one that maximises strict F1 over out-of-fold
 * predictions (5 folds by article), so the figure it prints is one the model has not seen.
 * Deterministic: same data, same weights. Writes `src/extract/scorer-model.json`.
 *
 *   npm run train:scorer            train, print cross-validated figures, write the model
 *   npm run train:scorer -- --check print the figures only
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidateClaims } from '../extract';
import { FEATURES, featuresOf, probability } from '../extract/scorer';
import { SETS } from './sets';
import { readArticle, idOf, type Gold } from './score';

/** The development sets (names as in `npm run eval -- --set`): never the held-out or blind sets. */
const TRAINING = ['real', 'dev', 'seeds'];
const MODEL = 'src/extract/scorer-model.json';
const FOLDS = 5;
const L2 = 0.02;
const STEPS = 3000;
const RATE = 0.5;

interface Example { x: number[]; y: 0 | 1 }
interface Article { set: string; examples: Example[]; goldCount: number }

async function load(): Promise<Article[]> {
  const out: Article[] = [];
  for (const set of TRAINING) {
    const dirs = SETS[set];
    for (const f of readdirSync(dirs.gold).filter((x) => x.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(dirs.gold, f), 'utf8')) as Gold;
      const key = (s: string, r: string, c: string, st: string) => `${s}|${r}|${c}|${st}`;
      const required = new Set(gold.transfers.filter((t) => !t.optional).map((t) => key(idOf(t.supplier, 'actor'), idOf(t.recipient, 'actor'), t.category, t.status)));
      const optional = new Set(gold.transfers.filter((t) => t.optional).map((t) => key(idOf(t.supplier, 'actor'), idOf(t.recipient, 'actor'), t.category, t.status)));
      const { doc, claims } = candidateClaims(await readArticle(join(dirs.articles, gold.article)));
      const examples: Example[] = [];
      for (const c of claims) {
        const k = key(c.supplier, c.recipient, c.category, c.status);
        if (optional.has(k) && !required.has(k)) continue;
        examples.push({ x: featuresOf(doc, c, claims), y: required.has(k) ? 1 : 0 });
      }
      out.push({ set, examples, goldCount: required.size });
    }
  }
  return out;
}

function train(examples: Example[]): number[] {
  const w = new Array(FEATURES.length).fill(0);
  const n = examples.length;
  for (let step = 0; step < STEPS; step++) {
    const grad = new Array(FEATURES.length).fill(0);
    for (const e of examples) {
      const err = probability(w, e.x) - e.y;
      for (let i = 0; i < w.length; i++) if (e.x[i]) grad[i] += err * e.x[i];
    }
    for (let i = 0; i < w.length; i++) w[i] -= RATE * (grad[i] / n + (i === 0 ? 0 : L2 * w[i]));
  }
  return w;
}

/** Strict F1 when claims with probability ≥ t are kept; gold tuples no candidate states stay misses. */
function f1At(scored: Array<{ p: number; y: number }>, gold: number, t: number): number {
  const kept = scored.filter((s) => s.p >= t);
  const tp = kept.filter((s) => s.y === 1).length;
  const precision = kept.length ? tp / kept.length : 0;
  const recall = gold ? tp / gold : 0;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

async function main(): Promise<void> {
  const articles = await load();
  const gold = articles.reduce((a, x) => a + x.goldCount, 0);
  // out-of-fold probabilities: each article scored by a model trained without it
  const scored: Array<{ p: number; y: number; set: string }> = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainSet = articles.filter((_, i) => i % FOLDS !== fold).flatMap((a) => a.examples);
    const w = train(trainSet);
    for (const a of articles.filter((_, i) => i % FOLDS === fold)) for (const e of a.examples) scored.push({ p: probability(w, e.x), y: e.y, set: a.set });
  }
  let best = { t: 0, f1: f1At(scored, gold, 0) };
  const baseline = best.f1;
  for (let t = 0.05; t < 0.9; t += 0.01) {
    const f1 = f1At(scored, gold, t);
    if (f1 > best.f1 + 1e-9) best = { t: Math.round(t * 100) / 100, f1 };
  }
  console.log(`${articles.length} articles, ${scored.length} candidate claims (${scored.filter((s) => s.y).length} true), ${gold} gold transfers`);
  console.log(`strict F1 keeping every candidate: ${baseline.toFixed(3)}`);
  console.log(`strict F1 out of fold, threshold ${best.t}: ${best.f1.toFixed(3)}`);
  for (const set of TRAINING) {
    const part = scored.filter((s) => s.set === set);
    const g = articles.filter((a) => a.set === set).reduce((a, x) => a + x.goldCount, 0);
    console.log(`  ${set}: ${f1At(part, g, 0).toFixed(3)} → ${f1At(part, g, best.t).toFixed(3)}`);
  }
  if (process.argv.includes('--check')) return;
  const weights = train(articles.flatMap((a) => a.examples)).map((w) => Math.round(w * 1e4) / 1e4);
  writeFileSync(MODEL, JSON.stringify({ trainedOn: TRAINING, crossValidatedF1: { all: Number(baseline.toFixed(3)), kept: Number(best.f1.toFixed(3)) }, features: FEATURES, weights, threshold: best.t }, null, 1) + '\n');
  console.log(`wrote ${MODEL}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
