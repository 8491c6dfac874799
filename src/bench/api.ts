/**
 * npm run bench:api — how fast the GraphQL API answers, and what it adds to the database.
 *
 * Loads a synthetic corpus (src/bench/synthetic.ts; BENCH_ARTICLES, default 10,000) into the
 * configured Neo4j (NEO4J_URI; it must be empty or hold only the synthetic corpus), serves the
 * API from a child process, and drives it with autocannon (BENCH_CONNECTIONS, default 20, for
 * BENCH_SECONDS, default 10, per query): the headline query, a filtered `transfers` page and
 * `actor`, once with the response cache (what users get) and once without (what GraphQL adds).
 * Then the same named Cypher queries through neo4j-driver directly, at the same concurrency.
 * Prints req/s and p50/p95/p99 latency of each.
 */
import autocannon from 'autocannon';
import { Driver } from 'neo4j-driver';
import { loadConfig } from '../config';
import { applySchema, connect } from '../graph/database';
import { loadRecord } from '../graph/loader';
import { readRows } from '../graph/reader';
import { HEADLINE_QUERY } from '../api/examples';
import { runCli } from '../cli/run';
import { startServer } from './server';
import { syntheticArticle } from './synthetic';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LOAD_CONCURRENCY = 4;

interface Scenario {
  name: string;
  graphql: string;
  /** The same named queries the resolvers run for `graphql`, in the same order. */
  direct(driver: Driver): Promise<unknown>;
}

type Row = Record<string, any>;

async function actorIds(driver: Driver, keys: string[]): Promise<string[]> {
  const rows = await readRows<Row>(driver, 'entity-lookup', { labels: ['Actor'], keys });
  return keys.map((k) => rows.find((r) => r.key === k)!.entity.id);
}

async function transfersWithClaims(driver: Driver, ids: string[], claimsEach: number): Promise<Row[]> {
  const transfers = await readRows<Row>(driver, 'transfers-by-id', { ids });
  const claimIds = transfers.flatMap((t) => (t.transfer.claimIds as string[]).slice(0, claimsEach));
  if (claimsEach > 0) await readRows(driver, 'claims-by-id', { ids: claimIds });
  return transfers;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'headline (exchange)',
    graphql: HEADLINE_QUERY,
    async direct(driver) {
      const [from, to] = await actorIds(driver, ['nordkorea', 'russland']);
      const rows = await readRows<Row>(driver, 'exchange', { from, to });
      // The headline asks for every section, each transfer with its claims.
      return transfersWithClaims(driver, rows.map((r) => r.transfer), 20);
    },
  },
  {
    name: 'transfers page (filtered)',
    graphql: `{ transfers(filter: { supplier: "Russland", status: [DELIVERED, EXPECTED], reportedAfter: "2023-01-01", minCorroboration: 2 }, first: 20) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id category status articleCount outletCount lastReported supplier { name } recipient { name } items { name } } } } }`,
    async direct(driver) {
      const [supplier] = await actorIds(driver, ['russland']);
      const [page] = await readRows<Row>(driver, 'transfers', {
        supplier, recipient: null, item: null, statuses: ['delivered', 'expected'], categories: null,
        reportedAfter: '2023-01-01', reportedBefore: null, minCorroboration: 2, after: null, first: 20,
      });
      return transfersWithClaims(driver, (page.page as string[]).slice(0, 20), 0);
    },
  },
  {
    name: 'actor',
    graphql: `{ actor(name: "Iran") { name aliases
      supplied(first: 20) { id category status articleCount recipient { name } }
      partners(first: 20) { actor { name } supplied { total delivered } received { total delivered } } } }`,
    async direct(driver) {
      const [actor] = await actorIds(driver, ['iran']);
      const [supplied] = await Promise.all([
        readRows<Row>(driver, 'actor-supplied', { actors: [actor], role: 'supplier', first: 20 }),
        readRows(driver, 'partners', { actors: [actor], first: 20 }),
      ]);
      return transfersWithClaims(driver, supplied.map((r) => r.transfer), 0);
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

function figures(latencies: number[], seconds: number, errors: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { requestsPerSecond: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

async function ensureCorpus(driver: Driver): Promise<void> {
  const [row] = await readRows<{ synthetic: number; other: number }>(driver, 'bench-corpus');
  if (row.other > 0) {
    throw new Error(`The database at NEO4J_URI holds ${row.other} articles that are not synthetic; bench:api needs an empty database or one it loaded before.`);
  }
  if (row.synthetic >= ARTICLES) {
    console.log(`Synthetic corpus present: ${row.synthetic} articles.`);
    return;
  }
  const started = Date.now();
  let next = row.synthetic;
  const worker = async () => {
    for (let i = next++; i < ARTICLES; i = next++) {
      await loadRecord(driver, syntheticArticle(i));
      if ((i + 1) % 1000 === 0) console.log(`  loaded ${i + 1} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  };
  console.log(`Loading ${ARTICLES - row.synthetic} synthetic articles…`);
  await Promise.all(Array.from({ length: LOAD_CONCURRENCY }, worker));
  console.log(`Loaded in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

async function overGraphQL(url: string, scenario: Scenario): Promise<Figures> {
  const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: scenario.graphql }) });
  const body = (await check.json()) as { errors?: unknown[] };
  if (!check.ok || body.errors) throw new Error(`${scenario.name} fails: ${JSON.stringify(body).slice(0, 500)}`);
  const options = {
    url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: scenario.graphql }),
    connections: CONNECTIONS,
  };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, duration: SECONDS }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return figures(latencies, SECONDS, result.non2xx + result.errors);
}

async function direct(driver: Driver, scenario: Scenario): Promise<Figures> {
  const run = async (seconds: number, latencies: number[]) => {
    const end = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < end) {
          const start = performance.now();
          await scenario.direct(driver);
          latencies.push(performance.now() - start);
        }
      }),
    );
  };
  await run(2, []);
  const latencies: number[] = [];
  await run(SECONDS, latencies);
  return figures(latencies, SECONDS, 0);
}

async function bench(): Promise<number> {
  const driver = await connect(loadConfig());
  try {
    await applySchema(driver);
    await ensureCorpus(driver);
    const [stats] = await readRows<Row>(driver, 'stats');
    console.log(`Graph: ${stats.articles} articles, ${stats.claims} claims, ${stats.transfers} transfers, ${stats.actors} actors.`);
    // Cached: what users get from an unchanged graph. Uncached: what GraphQL adds to the same Cypher.
    const cachedServer = await startServer(true);
    const uncachedServer = await startServer(false);
    const rows: string[] = [];
    try {
      for (const scenario of SCENARIOS) {
        const cached = await overGraphQL(`http://127.0.0.1:${cachedServer.port}/graphql`, scenario);
        const uncached = await overGraphQL(`http://127.0.0.1:${uncachedServer.port}/graphql`, scenario);
        const db = await direct(driver, scenario);
        const line = (via: string, f: Figures) =>
          `${scenario.name.padEnd(26)} ${via.padEnd(16)} ${f.requestsPerSecond.toFixed(0).padStart(7)} ${f.p50.toFixed(1).padStart(7)} ${f.p95.toFixed(1).padStart(7)} ${f.p99.toFixed(1).padStart(7)}` +
          (f.errors ? `  (${f.errors} errors)` : '');
        rows.push(
          line('graphql cached', cached),
          line('graphql uncached', uncached),
          line('driver', db),
          `${''.padEnd(26)} uncached GraphQL p50/p95 = ${(uncached.p50 / db.p50).toFixed(2)}× / ${(uncached.p95 / db.p95).toFixed(2)}× driver`,
        );
        console.log(rows.slice(-4).join('\n'));
      }
    } finally {
      cachedServer.stop();
      uncachedServer.stop();
    }
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per run, latency in ms\n${'query'.padEnd(26)} ${'via'.padEnd(16)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)}`);
    console.log(rows.join('\n'));
    return 0;
  } finally {
    await driver.close();
  }
}

runCli(bench);
