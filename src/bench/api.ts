/**
 * npm run bench:api -- [--articles 1000,10000,100000]
 *
 * How fast the GraphQL API answers, what it adds to the database, and how both grow with the
 * graph. For each size (default BENCH_ARTICLES, else 10,000), smallest first, the synthetic
 * corpus (src/bench/synthetic.ts) in the configured Neo4j (NEO4J_URI; it must be empty or hold
 * only that corpus, at most the smallest size) is grown to that many articles — only the
 * articles it lacks, in batches through the ingest's loader — then the API is served from child
 * processes: with the response cache (what users get), driven by autocannon; without it (what
 * GraphQL adds), in turns with the same named Cypher queries through neo4j-driver, both by one
 * closed loop, so that they meet the same load from other work on the machine. Each at
 * BENCH_CONNECTIONS concurrent requests (default 20) for BENCH_SECONDS (default 10).
 * Scenarios: the headline (exchange), a filtered transfers page, actor, search and timeline.
 * Each scenario's queries also run once under PROFILE, for their total db hits (index use).
 * Prints req/s and p50/p95/p99 of each as it goes, then a Markdown table per size and the
 * targets of issue 9 (uncached p95 ≤ 1.2× the driver; headline p95 at 100k ≤ 2× at 10k).
 * Beside the driver, in the same turns and on the same graph, the scenario with the query texts
 * armsgraph had before issue 9 bounded them (src/bench/baseline/: transfers-by-id and timeline,
 * which ordered every claim of a transfer), with their db hits: the old and the new side by side.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Driver, ProfiledPlan, routing } from 'neo4j-driver';
import { loadConfig } from '../config';
import { applySchema, connect } from '../graph/database';
import { cypherParams } from '../graph/params';
import { parseCypherFile, query } from '../graph/queries';
import { readRows, readText } from '../graph/reader';
import { HEADLINE_QUERY } from '../api/examples';
import { fullTextQuery } from '../api/input';
import { runCli } from '../cli/run';
import { DEFAULT_BATCH_ARTICLES, runBatch } from '../ingest/batch';
import { Item } from '../ingest/item';
import { ArticleRecord } from '../record';
import { corpusSizes, wholeNumber } from './args';
import { startServer } from './server';
import { syntheticArticle } from './synthetic';

type Row = Record<string, any>;

/** Runs one named query (a file in cypher/) of a scenario: timed, or under PROFILE. */
type Run = (name: string, params: Record<string, unknown>) => Promise<Row[]>;

/** The texts of the named queries issue 9 changed, as they were before (main at ff5718c). */
const BASELINE: Record<string, string> = Object.fromEntries(
  ['transfers-by-id', 'timeline'].map((name) => [name, parseCypherFile(fs.readFileSync(path.join(__dirname, 'baseline', `${name}.cypher`), 'utf8'))[0]]),
);
/** A named query's text: today's, or the baseline's where there is one. */
const queryText = (name: string, baseline: boolean) => (baseline && BASELINE[name]) || query(name);

interface Scenario {
  name: string;
  graphql: string;
  /** The same named queries the resolvers run for `graphql`, in the same order and grouping. */
  direct(run: Run): Promise<unknown>;
}

async function actorIds(run: Run, keys: string[]): Promise<string[]> {
  const rows = await run('entity-lookup', { labels: ['Actor'], keys });
  return keys.map((k) => rows.find((r) => r.key === k)!.entity.id);
}

async function transfersWithClaims(run: Run, ids: string[], claimsEach: number): Promise<Row[]> {
  const transfers = await run('transfers-by-id', { ids });
  const claimIds = transfers.flatMap((t) => (t.transfer.claimIds as string[]).slice(0, claimsEach));
  if (claimsEach > 0) await run('claims-by-id', { ids: claimIds });
  return transfers;
}

/** Ids once each, in first-seen order, as DataLoader asks for them. */
const distinct = (ids: string[]) => [...new Set(ids)];

const SEARCH_TEXT = 'Raketen Nordkorea';

const SCENARIOS: Scenario[] = [
  {
    name: 'headline (exchange)',
    graphql: HEADLINE_QUERY,
    async direct(run) {
      const [from, to] = await actorIds(run, ['nordkorea', 'russland']);
      const rows = await run('exchange', { from, to });
      // The headline asks for every section, each transfer with its claims (20, the default of Transfer.claims).
      return transfersWithClaims(run, rows.map((r) => r.transfer), 20);
    },
  },
  {
    name: 'transfers page',
    graphql: `{ transfers(filter: { supplier: "Russland", status: [DELIVERED, EXPECTED], reportedAfter: "2023-01-01", minCorroboration: 2 }, first: 20) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id category status articleCount outletCount lastReported supplier { name } recipient { name } items { name } } } } }`,
    async direct(run) {
      const [supplier] = await actorIds(run, ['russland']);
      const [page] = await run('transfers', {
        supplier, recipient: null, item: null, statuses: ['delivered', 'expected'], categories: null,
        reportedAfter: '2023-01-01', reportedBefore: null, minCorroboration: 2, after: null, first: 20,
      });
      return transfersWithClaims(run, (page.page as string[]).slice(0, 20), 0);
    },
  },
  {
    name: 'actor',
    graphql: `{ actor(name: "Iran") { name aliases
      supplied(first: 20) { id category status articleCount recipient { name } }
      partners(first: 20) { actor { name } supplied { total delivered } received { total delivered } } } }`,
    async direct(run) {
      const [actor] = await actorIds(run, ['iran']);
      const [supplied] = await Promise.all([
        run('actor-supplied', { actors: [actor], role: 'supplier', first: 20 }),
        run('partners', { actors: [actor], first: 20 }),
      ]);
      return transfersWithClaims(run, supplied.map((r) => r.transfer), 0);
    },
  },
  {
    name: 'search',
    graphql: `{ search(text: "${SEARCH_TEXT}", first: 20) { kind score claim { quote status } article { title outlet publishedAt } } }`,
    async direct(run) {
      const hits = await run('search', { text: fullTextQuery(SEARCH_TEXT), first: 20 });
      // Claims and articles of the hits load in the same tick, so in parallel.
      return Promise.all([
        run('claims-by-id', { ids: distinct(hits.filter((h) => h.kind === 'claim').map((h) => h.id)) }),
        run('articles-by-id', { ids: distinct(hits.map((h) => h.article)) }),
      ]);
    },
  },
  {
    name: 'timeline',
    graphql: `{ timeline(actor: "Nordkorea", from: "2023-01-01", first: 100) { date role status
      transfer { category supplier { name } recipient { name } } claim { quote article { outlet publishedAt } } } }`,
    async direct(run) {
      const [actor] = await actorIds(run, ['nordkorea']);
      const rows = await run('timeline', { actor, from: '2023-01-01', to: null, first: 100 });
      return Promise.all([
        run('transfers-by-id', { ids: distinct(rows.map((r) => r.transfer)) }),
        run('claims-by-id', { ids: distinct(rows.map((r) => r.claim)) }),
      ]);
    },
  },
];

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

interface Measured {
  scenario: string;
  cached: Figures;
  uncached: Figures;
  driver: Figures;
  /** The driver with the baseline query texts; null where the scenario runs none of them. */
  baseline: Figures | null;
  baselineDbHits: number | null;
  /** db hits under PROFILE, per named query in the order first run, and in all. */
  dbHits: Array<[string, number]>;
  totalDbHits: number;
}

interface SizeResult {
  articles: number;
  graph: string;
  measured: Measured[];
  /** 1-minute load average before and after the measurements: other sessions skew them (the benchmark's own Neo4j threads count in it too). */
  load: [number, number];
}

function figures(latencies: number[], seconds: number, errors: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { requestsPerSecond: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

/** Synthetic articles `from` … `to - 1`, made as the loader asks for them. */
async function* syntheticItems(from: number, to: number): AsyncGenerator<Item<ArticleRecord>> {
  for (let i = from; i < to; i++) yield { kind: 'ok', origin: { file: 'synthetic', item: i }, warnings: [], value: syntheticArticle(i) };
}

async function corpusCount(driver: Driver): Promise<number> {
  const [row] = await readRows<{ synthetic: number; other: number }>(driver, 'bench-corpus');
  if (row.other > 0) {
    throw new Error(`The database at NEO4J_URI holds ${row.other} articles that are not synthetic; bench:api needs an empty database or one it loaded before.`);
  }
  return row.synthetic;
}

/** Grows the synthetic corpus to `size` articles, loading only those it lacks, in batches as `npm run ingest` does. */
async function growCorpus(driver: Driver, size: number): Promise<void> {
  const present = await corpusCount(driver);
  if (present === size) return console.log(`Synthetic corpus present: ${present} articles.`);
  if (present > size) {
    throw new Error(`The database at NEO4J_URI holds ${present} synthetic articles, more than ${size}: the corpus only grows. Pass sizes of at least ${present}, or point NEO4J_URI at an empty database.`);
  }
  // Articles go in by index; a run cut short may have lost the batches in flight (two at most)
  // below the count, so those are offered again: the loader finds the present ones unchanged.
  const from = Math.max(0, present - 2 * DEFAULT_BATCH_ARTICLES);
  const step = Math.max(1000, Math.round((size - from) / 10));
  const started = Date.now();
  let done = 0;
  console.log(`Loading synthetic articles ${present} … ${size - 1} …`);
  const report = await runBatch(syntheticItems(from, size), {
    driver,
    onEvent: () => {
      if (++done % step === 0) console.log(`  ${from + done} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    },
  });
  if (report.counts.failed + report.counts.unknown > 0 || report.interrupted) {
    const first = [...report.failures, ...report.unknown][0];
    throw new Error(`Loading the synthetic corpus failed: ${report.interrupted ?? `${first.where}: ${first.message}`}`);
  }
  const now = await corpusCount(driver);
  if (now !== size) throw new Error(`The database holds ${now} synthetic articles after loading, not ${size}.`);
  console.log(`Loaded ${size - present} articles in ${((Date.now() - started) / 1000).toFixed(0)} s (${report.counts.loaded} new, ${report.counts.unchanged} present).`);
  // Plans were made on a smaller graph: resample the indexes and drop cached plans, so every
  // size is measured with the plans the planner chooses for it.
  await driver.executeQuery('CALL db.prepareForReplanning()');
}

/** Fails unless the server answers the scenario's query without errors: a broken query measures nothing. */
async function checkAnswer(url: string, scenario: Scenario): Promise<void> {
  const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: scenario.graphql }) });
  const body = (await check.json()) as { errors?: unknown[] };
  if (!check.ok || body.errors) throw new Error(`${scenario.name} fails: ${JSON.stringify(body).slice(0, 500)}`);
}

/** One GraphQL request; false when it fails (a non-2xx answer or errors in the body). */
function graphqlRequest(url: string, scenario: Scenario): () => Promise<boolean> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: scenario.graphql }) };
  return async () => {
    const response = await fetch(url, init);
    const text = await response.text();
    // A quote inside a string is escaped, so this finds only the key of GraphQL errors.
    return response.ok && !text.includes('"errors":[');
  };
}

/** Cached answers come back faster than fetch can ask: autocannon drives them. */
async function cachedFigures(url: string, scenario: Scenario, connections: number, seconds: number): Promise<Figures> {
  await checkAnswer(url, scenario);
  const options = {
    url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: scenario.graphql }),
    connections,
  };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, duration: seconds }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return figures(latencies, seconds, result.non2xx + result.errors);
}

interface Sample {
  latencies: number[];
  errors: number;
  /** Wall time of the runs, overruns included. */
  seconds: number;
}

/**
 * `connections` loops calling `once` for `seconds`. A call started in time is waited for and
 * counted, so a query slower than the run (timeline at 100k: seconds) is measured, not dropped
 * as autocannon drops requests in flight at its end.
 */
async function closedLoop(once: () => Promise<boolean | unknown>, connections: number, seconds: number, into: Sample): Promise<void> {
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        if ((await once()) === false) into.errors += 1;
        into.latencies.push(performance.now() - start);
      }
    }),
  );
  into.seconds += (performance.now() - started) / 1000;
}

/** Rounds of uncached GraphQL and the driver, taken in turn so that both meet the same load from other work on the machine. */
const ROUNDS = 3;

/**
 * Uncached GraphQL, the same named queries through the driver and, where `baseline`, the driver
 * with the baseline texts, by the same closed loop, interleaved.
 */
async function uncachedAndDriver(url: string, driver: Driver, scenario: Scenario, connections: number, seconds: number, baseline: boolean): Promise<[Figures, Figures, Figures | null]> {
  await checkAnswer(url, scenario);
  const read: Run = (name, params) => readRows<Row>(driver, name, params);
  const readBaseline: Run = (name, params) => readText<Row>(driver, queryText(name, true), params);
  const viaGraphQL = graphqlRequest(url, scenario);
  const viaDriver = () => scenario.direct(read);
  const viaBaseline = () => scenario.direct(readBaseline);
  const warmUp = (): Sample => ({ latencies: [], errors: 0, seconds: 0 });
  await closedLoop(viaGraphQL, connections, 2, warmUp());
  await closedLoop(viaDriver, connections, 2, warmUp());
  if (baseline) await closedLoop(viaBaseline, connections, 2, warmUp());
  const graphql = warmUp();
  const direct = warmUp();
  const old = warmUp();
  for (let round = 0; round < ROUNDS; round++) {
    await closedLoop(viaGraphQL, connections, seconds / ROUNDS, graphql);
    await closedLoop(viaDriver, connections, seconds / ROUNDS, direct);
    if (baseline) await closedLoop(viaBaseline, connections, seconds / ROUNDS, old);
  }
  const f = (s: Sample) => figures(s.latencies, s.seconds, s.errors);
  return [f(graphql), f(direct), baseline ? f(old) : null];
}

function planDbHits(plan: ProfiledPlan | false): number {
  return plan ? plan.dbHits + plan.children.reduce((sum, child) => sum + planDbHits(child), 0) : 0;
}

/** The scenario's queries once each under PROFILE (today's texts, or the baseline's): db hits per named query. */
async function profile(driver: Driver, scenario: Scenario, baseline = false): Promise<Array<[string, number]>> {
  const hits = new Map<string, number>();
  await scenario.direct(async (name, params) => {
    const { records, summary } = await driver.executeQuery(`PROFILE ${queryText(name, baseline)}`, cypherParams(params), { routing: routing.READ });
    hits.set(name, (hits.get(name) ?? 0) + planDbHits(summary.profile));
    return records.map((r) => r.toObject());
  });
  return [...hits];
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const thousands = (n: number) => n.toLocaleString('en-US');
const ratio = (m: Measured) => m.uncached.p95 / m.driver.p95;

async function measureSize(driver: Driver, articles: number, connections: number, seconds: number): Promise<SizeResult> {
  await growCorpus(driver, articles);
  const [stats] = await readRows<Row>(driver, 'stats');
  const graph = `${thousands(stats.articles)} articles, ${thousands(stats.claims)} claims, ${thousands(stats.transfers)} transfers, ${thousands(stats.actors)} actors`;
  console.log(`Graph: ${graph}.`);
  // Cached: what users get from an unchanged graph. Uncached: what GraphQL adds to the same Cypher.
  const cachedServer = await startServer(true);
  const uncachedServer = await startServer(false);
  const measured: Measured[] = [];
  const loadBefore = os.loadavg()[0];
  try {
    for (const scenario of SCENARIOS) {
      const cached = await cachedFigures(`http://127.0.0.1:${cachedServer.port}/graphql`, scenario, connections, seconds);
      const dbHits = await profile(driver, scenario);
      const changed = dbHits.some(([name]) => name in BASELINE);
      const [uncached, db, old] = await uncachedAndDriver(`http://127.0.0.1:${uncachedServer.port}/graphql`, driver, scenario, connections, seconds, changed);
      const sum = (hits: Array<[string, number]>) => hits.reduce((total, [, n]) => total + n, 0);
      const baselineDbHits = changed ? sum(await profile(driver, scenario, true)) : null;
      const m: Measured = { scenario: scenario.name, cached, uncached, driver: db, baseline: old, baselineDbHits, dbHits, totalDbHits: sum(dbHits) };
      measured.push(m);
      const line = (via: string, f: Figures) =>
        `${scenario.name.padEnd(22)} ${via.padEnd(16)} ${f.requestsPerSecond.toFixed(0).padStart(7)} ${ms(f.p50).padStart(7)} ${ms(f.p95).padStart(7)} ${ms(f.p99).padStart(7)}` +
        (f.errors ? `  (${f.errors} errors)` : '');
      console.log(
        [
          line('graphql cached', cached),
          line('graphql uncached', uncached),
          line('driver', db),
          ...(old ? [line("driver, main's", old)] : []),
          `${''.padEnd(22)} uncached GraphQL p50/p95 = ${(uncached.p50 / db.p50).toFixed(2)}× / ${ratio(m).toFixed(2)}× driver`,
          `${''.padEnd(22)} db hits ${thousands(m.totalDbHits)} (${dbHits.map(([name, n]) => `${name} ${thousands(n)}`).join(', ')})` +
            (baselineDbHits === null ? '' : `; with main's Cypher ${thousands(baselineDbHits)}`),
        ].join('\n'),
      );
    }
  } finally {
    cachedServer.stop();
    uncachedServer.stop();
  }
  return { articles, graph, measured, load: [loadBefore, os.loadavg()[0]] };
}

/** A Markdown table of one size, as it goes in the README. */
function markdownTable(result: SizeResult): string {
  const cell = (f: Figures) => `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.p99)} ms, ${f.requestsPerSecond.toFixed(0)}/s${f.errors ? ` (${f.errors} errors)` : ''}`;
  return [
    `${thousands(result.articles)} articles (${result.graph}; load average ${result.load.map((l) => l.toFixed(1)).join(' → ')} on ${os.cpus().length} cores):`,
    '',
    "| query | GraphQL cached p50 / p95 / p99, req/s | GraphQL uncached | driver (same Cypher) | uncached p95 / driver p95 | db hits (PROFILE) | driver, main's Cypher | db hits, main's Cypher |",
    '|---|---|---|---|---|---|---|---|',
    ...result.measured.map(
      (m) =>
        `| ${m.scenario} | ${cell(m.cached)} | ${cell(m.uncached)} | ${cell(m.driver)} | ${ratio(m).toFixed(2)}× | ${thousands(m.totalDbHits)} | ` +
        `${m.baseline ? cell(m.baseline) : 'same'} | ${m.baselineDbHits === null ? 'same' : thousands(m.baselineDbHits)} |`,
    ),
  ].join('\n');
}

/** The targets of issue 9 the figures can say something about. */
function verdicts(results: SizeResult[]): string[] {
  const lines = results.map((r) => {
    const over = r.measured.filter((m) => ratio(m) > 1.2);
    return `- ${thousands(r.articles)} articles: uncached p95 ≤ 1.2× the driver ${over.length === 0 ? 'met for every query' : `not met for ${over.map((m) => `${m.scenario} (${ratio(m).toFixed(2)}×)`).join(', ')}`}.`;
  });
  const headline = (articles: number) => results.find((r) => r.articles === articles)?.measured[0].uncached.p95;
  const [at10k, at100k] = [headline(10_000), headline(100_000)];
  if (at10k !== undefined && at100k !== undefined) {
    const growth = at100k / at10k;
    lines.push(`- Headline uncached p95 at 100,000 / at 10,000: ${ms(at100k)} / ${ms(at10k)} ms = ${growth.toFixed(2)}× (target ≤ 2×: ${growth <= 2 ? 'met' : 'not met'}).`);
    const driverP95 = (articles: number, old: boolean) => {
      const m = results.find((r) => r.articles === articles)?.measured[0];
      return old ? m?.baseline?.p95 : m?.driver.p95;
    };
    for (const old of [false, true]) {
      const [a, b] = [driverP95(10_000, old), driverP95(100_000, old)];
      if (a !== undefined && b !== undefined) lines.push(`- Headline driver p95${old ? " with main's Cypher" : ''} at 100,000 / at 10,000: ${ms(b)} / ${ms(a)} ms = ${(b / a).toFixed(2)}×.`);
    }
  }
  return lines;
}

async function bench(): Promise<number> {
  let values: { articles?: string };
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), options: { articles: { type: 'string' } } }));
  } catch (error) {
    throw new Error(`${(error as Error).message}. Usage: npm run bench:api -- [--articles 1000,10000,100000]`);
  }
  const sizes = values.articles !== undefined
    ? corpusSizes('--articles', values.articles)
    : corpusSizes('BENCH_ARTICLES', process.env.BENCH_ARTICLES ?? '10000');
  const connections = wholeNumber('BENCH_CONNECTIONS', process.env.BENCH_CONNECTIONS ?? '20', 'connections', '20');
  const seconds = wholeNumber('BENCH_SECONDS', process.env.BENCH_SECONDS ?? '10', 'seconds per run', '10');
  const driver = await connect(loadConfig());
  try {
    await applySchema(driver);
    const results: SizeResult[] = [];
    for (const articles of sizes) {
      console.log(`\n== ${thousands(articles)} articles: ${connections} connections, ${seconds} s a run; latency in ms ==`);
      console.log(`${'query'.padEnd(22)} ${'via'.padEnd(16)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)}`);
      results.push(await measureSize(driver, articles, connections, seconds));
    }
    console.log(`\n${connections} connections, ${seconds} s a run, ${new Date().toISOString().slice(0, 10)}\n`);
    console.log(results.map(markdownTable).join('\n\n'));
    console.log(`\nTargets (issue 9):\n${verdicts(results).join('\n')}`);
    return 0;
  } finally {
    await driver.close();
  }
}

runCli(bench);
