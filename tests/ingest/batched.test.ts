/**
 * Batched writes (issue 9 §1) and what a user can trust of them (issue 11, items 9, 12, 13):
 * many articles a transaction, an article the database refuses isolated and named, a commit
 * cut off reported as unknown and settled by a rerun, hand-corrected records kept, and an
 * article's identity independent of where it was read from.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { ruleExtractor as extractor } from '../../src/extract';
import { createDriver } from '../../src/graph/database';
import { BatchOptions, runBatch } from '../../src/ingest/batch';
import { extractRecords, ingest } from '../../src/ingest/ingest';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/limits';
import { readInputs, readJsonl } from '../../src/ingest/sources';
import { ArticleRecord } from '../../src/record';
import { loadSeeds } from '../../src/seeds';
import { validateRecord } from '../../src/validate/record';
import { clearGraph, graphChecksum, graphCounts, testConfig, useCleanGraph } from '../helpers/database';
import { BOLT_COMMIT, freePort, Proxy } from '../helpers/proxy';

const BATCH = path.join('tests', 'fixtures', 'batch');
const DEV = path.join('tests', 'fixtures', 'dev', 'articles');
const options = { maxBytes: DEFAULT_MAX_BYTES, stdin: Readable.from([]) };

const run = (args: string[], batch: Omit<BatchOptions, 'onEvent'>, stdin: Readable = Readable.from([])) =>
  ingest(args, { ...batch, extractor, maxBytes: 64 * 1024, stdin });

async function records(args: string[]): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const item of extractRecords(readInputs(args, options), extractor)) if (item.kind === 'ok') out.push(item.value);
  return out;
}

function jsonl(lines: unknown[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-batched-'));
  const file = path.join(dir, 'records.jsonl');
  fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
}

const load = (driver: Driver, file: string, batch: Partial<BatchOptions> = {}) => runBatch(readJsonl([file], options, validateRecord), { driver, ...batch });

describe('batched loading', () => {
  let driver: Driver;
  useCleanGraph((d) => (driver = d));

  test('many articles are one transaction, bounded by --batch-size', async () => {
    const report = await run(['seeds', DEV], { driver, batchArticles: 10, concurrency: 1 });
    const articles = report.counts.loaded;
    expect(articles).toBeGreaterThan(40);
    // datetime() is the transaction's clock: one value per transaction.
    const { records: rows } = await driver.executeQuery('MATCH (a:Article) WITH a.loadedAt AS at, count(*) AS n RETURN n ORDER BY n DESC');
    const sizes = rows.map((r) => r.get('n') as number);
    expect(sizes).toHaveLength(Math.ceil(articles / 10));
    expect(sizes.slice(0, -1).every((n) => n === 10)).toBe(true);
  });

  test('a batch is also bounded by bytes: a large article goes in a transaction of its own', async () => {
    const report = await run(['seeds', DEV], { driver, batchBytes: 1, concurrency: 1 });
    const { records: rows } = await driver.executeQuery('MATCH (a:Article) RETURN count(DISTINCT a.loadedAt) AS transactions');
    expect(rows[0].get('transactions')).toBe(report.counts.loaded);
  });

  test('an article the database refuses is split out of its batch and named by file and line; the rest lands', async () => {
    const good = await records(['seeds', path.join(BATCH, 'shells.md'), path.join(BATCH, 'page.html')]);
    // An entity id over Neo4j's index key limit (8 KB): valid as a record, refused by the database.
    const bad = { ...good[3], entities: [...good[3].entities, { id: 'x'.repeat(40_000), type: 'actor', name: 'Too long', mentions: [] }] };
    const file = jsonl([...good.slice(0, 3), bad, ...good.slice(4)]);
    const report = await load(driver, file, { batchArticles: 100 });
    expect(report.counts).toMatchObject({ loaded: good.length - 1, failed: 1 });
    expect(report.failures).toEqual([{ where: `${path.relative(process.cwd(), file)}:4`, message: expect.stringMatching(/^not written \(the database refused it\): /) }]);
    expect((await graphCounts(driver)).labels.Article).toBe(good.length - 1);
  });

  test('the database gone while a batch commits: its articles are "outcome unknown", and the rerun settles it', async () => {
    const input = await records(['seeds', DEV]);
    const file = jsonl(input);
    await load(driver, file);
    const clean = await graphChecksum(driver);
    await clearGraph(driver);

    const test = testConfig();
    const cut = { armed: true };
    const proxy = new Proxy(await freePort(), Number(new URL(test.neo4jUri.replace(/^bolt/, 'http')).port), (bytes) => cut.armed && bytes.includes(BOLT_COMMIT));
    await proxy.up();
    const cutting = createDriver({ ...loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${proxy.port}` }), neo4jPassword: test.neo4jPassword });
    try {
      const report = await load(cutting, file, { batchArticles: 10, concurrency: 1 });
      expect(report.counts.unknown).toBe(10);
      expect(report.unknown[0]).toEqual({ where: `${path.relative(process.cwd(), file)}:1`, message: expect.stringMatching(/^outcome unknown: .* the same command again loads it or finds it unchanged$/) });
      expect(report.failures.every((f) => !/refused/.test(f.message))).toBe(true);
      expect(report.interrupted).toMatch(/run the same command again/);
    } finally {
      await cutting.close();
      await proxy.down();
    }
    const rerun = await load(driver, file);
    expect(rerun.counts.failed + rerun.counts.unknown).toBe(0);
    expect(rerun.counts.loaded + rerun.counts.unchanged).toBe(input.length);
    expect(await graphChecksum(driver)).toEqual(clean);
  });

  test('a hand-corrected record stays when ingest or npm start meets its article again, until --replace-manual', async () => {
    const seed = path.join('seeds', fs.readdirSync('seeds').sort()[0]);
    const [extracted] = await records([seed]);
    const manual: ArticleRecord = { ...extracted, extractor: { name: 'manual', version: '1' }, transfers: [{ ...extracted.transfers[0], category: 'naval' }] };
    expect((await load(driver, jsonl([manual]))).counts.loaded).toBe(1);
    const stored = async () =>
      (await driver.executeQuery('MATCH (a:Article {id: $id}) RETURN a.extractor AS extractor, COLLECT { MATCH (a)<-[:FROM_ARTICLE]-(:Claim)-[:ASSERTS]->(t) RETURN t.category } AS categories', { id: manual.article.id })).records[0].toObject();

    const again = await run([seed], { driver });
    expect(again.counts).toMatchObject({ skipped: 1, replaced: 0, failed: 0 });
    expect(again.skipped[0].message).toMatch(/hand-corrected \(manual\) record .* kept; --replace-manual replaces it/);
    await loadSeeds(driver, 'seeds');
    expect(await stored()).toEqual({ extractor: 'manual', categories: ['naval'] });

    expect((await run([seed], { driver, replaceManual: true })).counts.replaced).toBe(1);
    expect((await stored()).extractor).toBe(extractor.name);
  });

  test("an article's identity and change detection do not depend on its path or on stdin", async () => {
    const original = path.join(BATCH, 'shells.md');
    expect((await run([original], { driver })).counts.loaded).toBe(1);
    const before = await graphChecksum(driver);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-moved-'));
    const moved = path.join(dir, 'renamed.md');
    fs.copyFileSync(original, moved);
    expect((await run([moved], { driver })).counts).toMatchObject({ unchanged: 1, replaced: 0, loaded: 0 });
    expect((await run(['-'], { driver }, Readable.from([fs.readFileSync(original)]))).counts).toMatchObject({ unchanged: 1, replaced: 0, loaded: 0 });
    expect(await graphChecksum(driver)).toEqual(before);
  });

  test('an article stored with the hash of an older armsgraph (which covered the path) is unchanged from the same path', async () => {
    const original = path.join(BATCH, 'shells.md');
    await run([original], { driver });
    const [record] = await records([original]);
    const older = createHash('sha256').update(JSON.stringify([record.extractor, record.article, record.entities, record.transfers])).digest('hex');
    await driver.executeQuery('MATCH (a:Article {id: $id}) SET a.recordHash = $older', { id: record.article.id, older });
    expect((await run([original], { driver })).counts).toMatchObject({ unchanged: 1, replaced: 0 });
  });
});
