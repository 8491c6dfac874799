/**
 * npm run bench:soak [-- --seconds 600 --rate 100] — a bounded soak of the GraphQL API.
 *
 * Loads the sample articles into the configured Neo4j (as `npm start` does), serves the API
 * with its response cache from a child process, and sends a fixed rate of requests (autocannon,
 * `--rate` per second, default 100) for `--seconds` (default 600): the headline question, every
 * GraphiQL example, and `actor` lookups by a rotating list of names, so cached and uncached
 * answers mix. Every 30 s it prints the requests answered, errors and non-2xx answers, p50/p95/p99
 * latency and the server's resident memory; at the end the totals and the memory trend.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig, PROJECT_ROOT } from '../config';
import { applySchema, connect } from '../graph/database';
import { EXAMPLES, HEADLINE_QUERY } from '../api/examples';
import { runCli } from '../cli/run';
import { loadSeeds } from '../seeds';
import { residentMb, startServer } from './server';

const NAMES = ['Nordkorea', 'Russland', 'Iran', 'Ukraine', 'USA', 'Pjöngjang', 'Kreml', 'Belarus', 'China', 'DPRK'];
const INTERVAL_S = 30;

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

runCli(async () => {
  const { values } = parseArgs({ options: { seconds: { type: 'string' }, rate: { type: 'string' } } });
  const seconds = Number(values.seconds ?? 600);
  const rate = Number(values.rate ?? 100);
  const driver = await connect(loadConfig());
  await applySchema(driver);
  await loadSeeds(driver, path.join(PROJECT_ROOT, 'seeds'));
  await driver.close();
  const server = await startServer(true);
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const bodies = [HEADLINE_QUERY, ...EXAMPLES, ...NAMES.map((n) => `{ actor(name: "${n}") { name supplied { category status } received { category status } } }`)];
  const requests = bodies.map((query) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }));

  const memory: number[] = [residentMb(server.pid)];
  let window: number[] = [];
  let bad = 0;
  let totals = { answered: 0, bad: 0, latencies: [] as number[] };
  console.log(`Soak: ${rate} req/s for ${seconds} s against ${url} (${bodies.length} kinds of request, response cache on); server RSS at start ${memory[0]} MB`);
  console.log(`${'t (s)'.padStart(6)} ${'answered'.padStart(9)} ${'bad'.padStart(5)} ${'p50'.padStart(6)} ${'p95'.padStart(6)} ${'p99'.padStart(6)} ${'RSS MB'.padStart(7)}`);
  const started = Date.now();
  const tick = setInterval(() => {
    const sorted = [...window].sort((a, b) => a - b);
    const rss = residentMb(server.pid);
    memory.push(rss);
    const t = Math.round((Date.now() - started) / 1000);
    console.log(`${String(t).padStart(6)} ${String(window.length).padStart(9)} ${String(bad).padStart(5)} ${percentile(sorted, 50).toFixed(1).padStart(6)} ${percentile(sorted, 95).toFixed(1).padStart(6)} ${percentile(sorted, 99).toFixed(1).padStart(6)} ${String(rss).padStart(7)}`);
    totals = { answered: totals.answered + window.length, bad: totals.bad + bad, latencies: totals.latencies.concat(window) };
    window = [];
    bad = 0;
  }, INTERVAL_S * 1000);
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url, requests, connections: 20, overallRate: rate, duration: seconds }, (error, done) => (error ? reject(error) : resolve(done)));
      instance.on('response', (_client, status, _bytes, responseTime) => {
        window.push(responseTime);
        if (status < 200 || status >= 300) bad++;
      });
    });
    clearInterval(tick);
    totals = { answered: totals.answered + window.length, bad: totals.bad + bad, latencies: totals.latencies.concat(window) };
    const sorted = totals.latencies.sort((a, b) => a - b);
    const half = Math.floor(memory.length / 2);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    console.log(
      `\n${totals.answered} answered in ${seconds} s (${(totals.answered / seconds).toFixed(1)} req/s), ${totals.bad} non-2xx, ${result.errors} connection errors, ${result.timeouts} timeouts; ` +
        `latency p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms; ` +
        `server RSS ${memory[0]} MB at start, ${Math.max(...memory)} MB at most, ${memory[memory.length - 1]} MB at the end (mean ${avg(memory.slice(0, half)).toFixed(0)} MB in the first half, ${avg(memory.slice(half)).toFixed(0)} MB in the second)`,
    );
    return totals.bad + result.errors + result.timeouts === 0 ? 0 : 1;
  } finally {
    clearInterval(tick);
    server.stop();
  }
});
