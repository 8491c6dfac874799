/**
 * npm run bench:ingest -- [--articles N] [--corpus synthetic|real] [--threads N] [--refresh extend|full] [--wipe]
 *
 * Ingest speed end to end: N news articles (default 10,000) generated on the fly as a JSONL
 * stream, read, extracted and loaded in batches exactly as `npm run ingest -- -` does. The
 * corpus is the synthetic one of ./synthetic.ts (short texts), or `real`: the development
 * articles from real reports and the imagined ones (tests/fixtures/real, dev) replicated, each
 * copy with a URL of its own. Then, in the same run, the raw speed of the same writes as plain
 * `UNWIND … MERGE` batches through neo4j-driver (the records the end-to-end run made, kept in
 * a temporary file). Prints articles/s and MB/s side by side, where
 * the time goes, and resident memory (peak and sampled; it should stay flat because nothing
 * holds the batch).
 *
 * Then, on the graph the end-to-end run left, one more batch (the next articles of the corpus)
 * written in a transaction that is rolled back, in turns with both ways transfer figures follow
 * a batch: `extend` (the loader's: from the batch's new claims) and `full` (armsgraph before
 * issue 9: every touched transfer recomputed from all its claims), so the cost of one batch at
 * that size is compared in the same run. `--refresh full` loads the end-to-end run that older way.
 *
 * It writes into the configured database (NEO4J_URI) and clears it between phases, so it
 * refuses a database that holds anything unless --wipe is given.
 */
import { parseArgs } from 'node:util';
import { Driver } from 'neo4j-driver';
import { loadConfig } from '../config';
import { ruleExtractor } from '../extract';
import { applySchema, connect } from '../graph/database';
import { LoadOptions, prepareRecord, transferId, writeBatch } from '../graph/loader';
import { runBatch } from '../ingest/batch';
import { extractRecords } from '../ingest/ingest';
import { DEFAULT_MAX_BYTES } from '../ingest/limits';
import { readInputs } from '../ingest/sources';
import { Item } from '../ingest/item';
import fs from 'node:fs';
import os from 'node:os';
import readline from 'node:readline';
import { defaultThreads } from '../ingest/workers';
import { PROJECT_ROOT } from '../config';
import path from 'node:path';
import { ArticleInput, ArticleRecord, Extractor } from '../record';
import { runCli } from '../cli/run';
import { wholeNumber } from './args';
import { syntheticArticle } from './synthetic';

const RAW_BATCH = 100;
/** One transaction per article is slow; it is measured on the first articles only. */
const RAW_SINGLE_MAX = 1000;

type Corpus = (n: number) => ArticleInput;

/** Article `n` of the synthetic corpus as it arrives for ingest: text and metadata, no annotations. */
function syntheticInput(n: number): ArticleInput {
  const { text, title, outlet, publishedAt, language } = syntheticArticle(n).article;
  // The corpus repeats a short text now and then; a URL of its own keeps every article distinct.
  return { text, title, url: `https://bench.example/articles/${n}`, outlet, publishedAt, language };
}

/** The development articles (real reports and imagined ones), article `n` a copy of one of them with a URL of its own. */
async function realCorpus(): Promise<Corpus> {
  const folders = ['real', 'dev'].map((set) => path.join(PROJECT_ROOT, 'tests', 'fixtures', set, 'articles'));
  const texts: ArticleInput[] = [];
  for await (const item of readInputs(folders, { maxBytes: DEFAULT_MAX_BYTES, stdin: (async function* () {})() })) {
    if (item.kind === 'ok') texts.push({ ...item.value, id: null, file: null });
  }
  if (texts.length === 0) throw new Error(`No articles in ${folders.join(', ')}: the realistic corpus needs the development fixtures.`);
  return (n) => ({ ...texts[n % texts.length], url: `https://bench.example/real/${n}` });
}

/** The corpus as JSONL bytes, generated as it is read. */
async function* corpusJsonl(corpus: Corpus, count: number): AsyncGenerator<Buffer> {
  for (let n = 0; n < count; n++) yield Buffer.from(JSON.stringify(corpus(n)) + '\n');
}
const mb = (bytes: number) => bytes / 1024 ** 2;

/** Resident memory readings along the way; `at(label)` keeps one for the report. */
function memoryReadings() {
  const readings: Array<[string, number]> = [];
  return {
    at: (label: string) => readings.push([label, process.memoryUsage.rss()]),
    stop: () => ({ readings }),
  };
}

/** Batched delete (an implicit transaction, as CALL … IN TRANSACTIONS requires). */
async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Relationships first: one popular node's (Russia's) would not fit one inner transaction.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Passes records on, keeping a copy of each in `file` for the raw phase (so it need not extract again). */
async function* keepRecords(items: AsyncIterable<Item<ArticleRecord>>, file: string): AsyncGenerator<Item<ArticleRecord>> {
  const fd = fs.openSync(file, 'w');
  try {
    for await (const item of items) {
      if (item.kind === 'ok') fs.writeSync(fd, JSON.stringify(item.value) + '\n');
      yield item;
    }
  } finally {
    fs.closeSync(fd);
  }
}

async function endToEnd(driver: Driver, corpus: Corpus, count: number, threads: number, recordsFile: string, refresh: LoadOptions['refresh'], log: (line: string) => void) {
  let bytes = 0;
  let extractMs = 0;
  const counted = (async function* () {
    for await (const chunk of corpusJsonl(corpus, count)) {
      bytes += chunk.length;
      yield chunk;
    }
  })();
  const timed: Extractor = {
    name: ruleExtractor.name,
    version: ruleExtractor.version,
    extract(input) {
      const t = performance.now();
      try {
        return ruleExtractor.extract(input);
      } finally {
        extractMs += performance.now() - t;
      }
    },
  };
  const memory = memoryReadings();
  const step = Math.max(1000, Math.round(count / 10));
  const started = performance.now();
  let done = 0;
  let claims = 0;
  // In worker threads the extraction time is not measured: the workers run the rule extractor itself.
  const extractor = threads > 1 ? ruleExtractor : timed;
  const report = await runBatch(keepRecords(extractRecords(readInputs(['-'], { maxBytes: DEFAULT_MAX_BYTES, stdin: counted }), extractor, threads), recordsFile), {
    driver,
    refresh,
    onEvent: (e) => {
      done += 1;
      claims += e.claims;
      if (done % step === 0) {
        memory.at(`${done}`);
        const rate = done / ((performance.now() - started) / 1000);
        log(`  ${done} articles, ${rate.toFixed(0)}/s, RSS ${mb(process.memoryUsage.rss()).toFixed(0)} MB`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  // The kernel's high-water mark of resident memory, so far (the raw phases come after).
  const peakRss = process.resourceUsage().maxRSS * 1024;
  return { report, seconds, bytes, claims, extractSeconds: threads > 1 ? null : extractMs / 1000, memory: memory.stop(), peakRss };
}

/** Turns of the one-more-batch comparison, each way. */
const NEXT_BATCH_TURNS = 3;

/**
 * Articles `count` … `count + 99` of the corpus (not loaded), extracted, then written as one
 * batch in a transaction that is rolled back, each way transfer figures can follow it, in
 * turns: the median time of each, and the share of it the transfer refresh takes.
 */
async function nextBatch(driver: Driver, corpus: Corpus, count: number) {
  const prepared = Array.from({ length: RAW_BATCH }, (_, k) => prepareRecord(ruleExtractor.extract(corpus(count + k))));
  const times: Record<'extend' | 'full', number[]> = { extend: [], full: [] };
  for (let turn = 0; turn < NEXT_BATCH_TURNS; turn++) {
    for (const refresh of ['full', 'extend'] as const) {
      const session = driver.session();
      const tx = session.beginTransaction();
      try {
        const t = performance.now();
        const results = await writeBatch(tx, prepared, { refresh });
        times[refresh].push(performance.now() - t);
        if (results.some((r) => r.outcome !== 'loaded')) throw new Error('the next batch was loaded already');
      } finally {
        await tx.rollback();
        await session.close();
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { extend: median(times.extend), full: median(times.full) };
}

/** The same nodes and relationships as the loader writes, as plain batched MERGEs. */
const RAW_WRITE = `
UNWIND $records AS r
MERGE (a:Article {id: r.article.id})
SET a.title = r.article.title, a.url = r.article.url, a.outlet = r.article.outlet, a.language = r.article.language,
    a.publishedAt = date(r.article.publishedAt), a.text = r.article.text, a.extractor = r.extractor.name,
    a.extractorVersion = r.extractor.version
WITH a, r
CALL (a, r) {
  UNWIND [e IN r.entities WHERE e.type = 'actor'] AS e
  MERGE (n:Actor {id: e.id}) SET n.name = e.name
  MERGE (a)-[:MENTIONS {count: size(e.mentions)}]->(n)
}
CALL (a, r) {
  UNWIND [e IN r.entities WHERE e.type = 'person'] AS e
  MERGE (n:Person {id: e.id}) SET n.name = e.name
  MERGE (a)-[:MENTIONS {count: size(e.mentions)}]->(n)
}
CALL (a, r) {
  UNWIND [e IN r.entities WHERE e.type = 'place'] AS e
  MERGE (n:Place {id: e.id}) SET n.name = e.name
  MERGE (a)-[:MENTIONS {count: size(e.mentions)}]->(n)
}
CALL (a, r) {
  UNWIND [e IN r.entities WHERE e.type = 'weapon'] AS e
  MERGE (n:Item {id: e.id}) SET n.name = e.name
  MERGE (a)-[:MENTIONS {count: size(e.mentions)}]->(n)
}
CALL (a, r) {
  UNWIND r.claims AS c
  MERGE (s:Actor {id: c.supplier}) MERGE (t:Transfer {id: c.transferId}) SET t.category = c.category, t.status = c.status
  MERGE (rc:Actor {id: c.recipient})
  MERGE (t)-[:SUPPLIER]->(s) MERGE (t)-[:RECIPIENT]->(rc)
  MERGE (cl:Claim {id: c.id}) SET cl.quote = c.quote, cl.start = c.start, cl.end = c.end, cl.status = c.status
  MERGE (cl)-[:FROM_ARTICLE]->(a) MERGE (cl)-[:ASSERTS]->(t)
  WITH cl, c
  UNWIND c.items AS item
  MERGE (i:Item {id: item}) MERGE (cl)-[:CITES]->(i)
}`;

function rawParams(record: ArticleRecord) {
  return {
    ...record,
    claims: record.transfers.map((t, i) => ({
      id: `${record.article.id}:${i}`,
      transferId: transferId(t),
      supplier: t.supplier.id,
      recipient: t.recipient.id,
      category: t.category,
      status: t.status,
      quote: t.evidence.text,
      start: t.evidence.start,
      end: t.evidence.end,
      items: t.items.map((item) => item.id ?? item.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')),
    })),
  };
}

/** Raw writes of the first `count` records the end-to-end run kept, `batch` articles a transaction; only the writes are timed. */
async function raw(driver: Driver, recordsFile: string, count: number, batch: number) {
  let writeMs = 0;
  let written = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(recordsFile), crlfDelay: Infinity })[Symbol.asyncIterator]();
  while (written < count) {
    const records: ReturnType<typeof rawParams>[] = [];
    for (let next = await lines.next(); !next.done; next = records.length < Math.min(batch, count - written) ? await lines.next() : { done: true, value: undefined }) {
      records.push(rawParams(JSON.parse(next.value) as ArticleRecord));
    }
    if (records.length === 0) break;
    written += records.length;
    const t = performance.now();
    const session = driver.session();
    try {
      await session.executeWrite((tx) => tx.run(RAW_WRITE, { records }));
    } finally {
      await session.close();
    }
    writeMs += performance.now() - t;
  }
  await lines.return?.();
  return written / (writeMs / 1000);
}

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { articles: { type: 'string' }, corpus: { type: 'string' }, threads: { type: 'string' }, refresh: { type: 'string' }, wipe: { type: 'boolean' } },
  });
  const refresh = values.refresh ?? 'extend';
  if (refresh !== 'extend' && refresh !== 'full') throw new Error(`--refresh ${refresh}: expected extend or full.`);
  const threads = values.threads === undefined ? defaultThreads() : wholeNumber('--threads', values.threads, 'extraction threads', '2');
  const count = values.articles === undefined ? 10_000 : wholeNumber('--articles', values.articles, 'articles', '10000');
  const corpusName = values.corpus ?? 'synthetic';
  if (corpusName !== 'synthetic' && corpusName !== 'real') throw new Error(`--corpus ${corpusName}: expected synthetic or real.`);
  const corpus = corpusName === 'real' ? await realCorpus() : syntheticInput;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const config = loadConfig();
  const driver = await connect(config, log);
  try {
    await applySchema(driver);
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    const existing: number = records[0].get('n');
    if (existing > 0 && !values.wipe) {
      throw new Error(`${config.neo4jUri} holds ${existing} nodes; the benchmark clears the database. Point NEO4J_URI at a scratch Neo4j, or add --wipe.`);
    }
    await wipe(driver);

    log(`End to end: ${count} ${corpusName} articles → read (JSONL) → extract (${threads === 1 ? 'main thread' : `${threads} threads`}) → load in batches (transfer figures: ${refresh}) …`);
    const recordsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-bench-')), 'records.jsonl');
    const e2e = await endToEnd(driver, corpus, count, threads, recordsFile, refresh, log);
    const articles = e2e.report.counts.loaded + e2e.report.counts.replaced + e2e.report.counts.unchanged;
    if (e2e.report.counts.failed > 0) log(`  ${e2e.report.counts.failed} failed: ${e2e.report.failures.slice(0, 3).map((f) => `${f.where}: ${f.message}`).join('; ')}`);
    const { records: sizes } = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels');
    const rate = articles / e2e.seconds;
    // The end-to-end figures first, so that they stand even if a later phase fails.
    const out = (lines: string[]) => process.stdout.write(lines.join('\n') + '\n');
    out([
      '',
      `ingest benchmark: ${count} ${corpusName} articles, transfer figures ${refresh}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores (${mb(e2e.bytes).toFixed(1)} MB JSONL, ${e2e.claims} claims; graph ${sizes[0].get('nodes')} nodes, ${sizes[0].get('rels')} relationships)`,
      `  end to end        ${rate.toFixed(1)} articles/s   ${(mb(e2e.bytes) / e2e.seconds).toFixed(2)} MB/s   ${e2e.seconds.toFixed(1)} s   (${articles} loaded, ${e2e.report.counts.failed} failed)`,
      e2e.extractSeconds === null
        ? `    extraction      in ${threads} worker threads, beside reading and loading`
        : `    extraction      ${e2e.extractSeconds.toFixed(1)} s (${((e2e.extractSeconds / e2e.seconds) * 100).toFixed(0)}%)   reading + loading ${(e2e.seconds - e2e.extractSeconds).toFixed(1)} s (${(((e2e.seconds - e2e.extractSeconds) / e2e.seconds) * 100).toFixed(0)}%), in the main thread`,
      `  memory (RSS)      peak ${mb(e2e.peakRss).toFixed(0)} MB (target at 100k: ≤ 600 MB); sampled ${e2e.memory.readings.map(([at, rss]) => `${at}: ${mb(rss).toFixed(0)}`).join(', ')} MB`,
    ]);

    log(`One more batch of ${RAW_BATCH} articles at this size, rolled back, extend and full in turns …`);
    const next = await nextBatch(driver, corpus, count);
    out([
      `  next batch        ${RAW_BATCH} more articles on this graph, written and rolled back: ${next.extend.toFixed(0)} ms extending transfer figures from the new claims, ` +
        `${next.full.toFixed(0)} ms recomputing them from all claims as before issue 9 (${(next.full / next.extend).toFixed(1)}×; median of ${NEXT_BATCH_TURNS})`,
    ]);

    log(`Raw writes: the same records as UNWIND … MERGE, ${RAW_BATCH} articles a transaction, then one a transaction …`);
    try {
      await wipe(driver);
      const rawRate = await raw(driver, recordsFile, count, RAW_BATCH);
      await wipe(driver);
      const single = Math.min(count, RAW_SINGLE_MAX);
      const rawSingleRate = await raw(driver, recordsFile, single, 1);
      await wipe(driver);
      const mbPerArticle = mb(e2e.bytes) / count;
      out([
        `  raw UNWIND MERGE  ${rawRate.toFixed(1)} articles/s   ${(rawRate * mbPerArticle).toFixed(2)} MB/s with ${RAW_BATCH} articles a transaction; ${rawSingleRate.toFixed(1)} articles/s with one a transaction (first ${single}, sequential)`,
        `  end to end / raw  ${((rate / rawRate) * 100).toFixed(0)}% of batched, ${((rate / rawSingleRate) * 100).toFixed(0)}% of one-a-transaction   (target: ≥ 40% of batched)`,
      ]);
    } finally {
      fs.rmSync(path.dirname(recordsFile), { recursive: true, force: true });
    }
    return 0;
  } finally {
    await driver.close();
  }
});
