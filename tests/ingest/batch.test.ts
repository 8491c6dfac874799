/** The ingest pipeline end to end against a real Neo4j: the mixed, partly broken batch. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Driver } from 'neo4j-driver';
import { BatchReport } from '../../src/ingest/batch';
import { ingest } from '../../src/ingest/ingest';
import { ruleExtractor as extractor } from '../../src/extract';
import { ArticleInput, Extractor } from '../../src/record';
import { clearGraph, graphCounts, useCleanGraph } from '../helpers/database';

const BATCH = path.join('tests', 'fixtures', 'batch');
const at = (file: string) => path.join(BATCH, file);

function run(args: string[], options: { driver: Driver | null; extractor?: Extractor; concurrency?: number; batchArticles?: number; threads?: number }): Promise<BatchReport> {
  return ingest(args, {
    extractor: options.extractor ?? extractor,
    driver: options.driver,
    concurrency: options.concurrency,
    batchArticles: options.batchArticles,
    threads: options.threads,
    maxBytes: 64 * 1024,
    stdin: Readable.from([]),
  });
}

/** What the graph says, independent of load order: every transfer with its figures and claims. */
async function transferFingerprint(driver: Driver): Promise<unknown[]> {
  const { records } = await driver.executeQuery(
    `MATCH (t:Transfer)
     RETURN t.id AS id, t.status AS status, t.statuses AS statuses, t.claimCount AS claims, t.articleCount AS articles,
            COLLECT { MATCH (t)-[:INCLUDES]->(i) RETURN i.id ORDER BY i.id } AS items,
            COLLECT { MATCH (t)<-[:ASSERTS]-(c) RETURN c.id ORDER BY c.id } AS claimIds
     ORDER BY id`,
  );
  return records.map((r) => r.toObject());
}

/** Every failure of the fixture batch, in the order the batch meets them. */
const EXPECTED_FAILURES = [
  [at('empty.txt'), 'empty: the article has no text'],
  [`${at('feed.jsonl')}:3`, 'malformed JSON at column 73'],
  [`${at('feed.jsonl')}:4`, 'field text: missing'],
  [`${at('feed.jsonl')}:6`, 'whitespace only'],
  [`${at('feed.jsonl')}:7`, 'field publishedAt: "last Tuesday" is not a date'],
  [`${at('list.json')}[1]`, 'field text: missing'],
  [at('oversize.txt'), 'article is 75.2 KB, over the 64 KB limit'],
  [at('scan.txt'), 'binary file: looks like a PNG image'],
  [at('whitespace.txt'), 'whitespace only'],
];

function expectFailures(report: BatchReport): void {
  expect(report.failures).toEqual(EXPECTED_FAILURES.map(([where, part]) => ({ where, message: expect.stringContaining(part) })));
}

describe('ingest', () => {
  let driver: Driver;
  useCleanGraph((d) => (driver = d));

  test('articles written in batches, concurrently, extracted in worker threads, give the same graph as one at a time', async () => {
    const dev = path.join('tests', 'fixtures', 'dev', 'articles');
    const one = await run(['seeds', dev], { driver, concurrency: 1, batchArticles: 1 });
    const sequential = { counts: await graphCounts(driver), transfers: await transferFingerprint(driver) };
    for (const ways of [{ concurrency: 1, batchArticles: 100 }, { concurrency: 3, batchArticles: 7, threads: 2 }]) {
      await clearGraph(driver);
      const batched = await run(['seeds', dev], { driver, ...ways });
      expect(batched.failures).toEqual([]);
      expect(batched.counts).toEqual(one.counts);
      expect({ counts: await graphCounts(driver), transfers: await transferFingerprint(driver) }).toEqual(sequential);
    }
  }, 300_000);

  test('a mixed batch loads what is good and reports every failure with file and line', async () => {
    const report = await run([BATCH], { driver });
    expect(report.counts).toMatchObject({ loaded: 10, replaced: 0, unchanged: 0, failed: 9, skipped: 3 });
    expectFailures(report);
    expect(report.skipped).toEqual([
      { where: at('drones.txt'), message: expect.stringMatching(/^duplicate article id [0-9a-f]{16} in this batch: same article as .*drones-copy\.txt, which is loaded; this copy is skipped$/) },
      { where: `${at('list.json')}[0]`, message: `duplicate article id manual-tanks in this batch: same article as ${at('feed.jsonl')}:5, which is loaded; this copy is skipped` },
      { where: at('notes.pdf'), message: expect.stringMatching(/^not an article file \(expected/) },
    ]);
    expect(report.warnings.map((w) => w.where)).toEqual([at('drones.txt'), at('latin1.txt'), `${at('list.json')}[0]`, at('shells.md'), at('unknown-key.md')]);
    expect(report.interrupted).toBeNull();
    const counts = await graphCounts(driver);
    expect(counts.labels.Article).toBe(10);
    const { records } = await driver.executeQuery("MATCH (a:Article {url: 'https://worldwire.example/belarus-iskander'}) RETURN a.title AS title, a.outlet AS outlet, toString(a.publishedAt) AS day");
    expect(records[0].toObject()).toEqual({ title: 'Belarus receives Iskander systems | World Wire', outlet: 'World Wire', day: '2023-06-14' });
  });

  test('running the same batch again changes nothing', async () => {
    await run([BATCH], { driver });
    const before = await graphCounts(driver);
    const again = await run([BATCH], { driver });
    expect(again.counts).toMatchObject({ loaded: 0, replaced: 0, unchanged: 10, failed: 9 });
    expect(await graphCounts(driver)).toEqual(before);
  });

  test('a corrected text of an article (same URL) replaces its claims', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-correct-'));
    const original = fs.readFileSync(at('shells.md'), 'utf8');
    fs.writeFileSync(path.join(dir, 'shells.md'), original.replace('millions of artillery shells', 'ballistic missiles').replaceAll('artillery shells', 'ballistic missiles'));
    const claims = async () =>
      (
        await driver.executeQuery(
          "MATCH (t:Transfer)<-[:ASSERTS]-(c:Claim)-[:FROM_ARTICLE]->(:Article {url: 'https://news.example/2024/02/shells'}) RETURN t.id AS transfer ORDER BY transfer",
        )
      ).records.map((r) => r.get('transfer'));

    expect((await run([at('shells.md')], { driver })).counts.loaded).toBe(1);
    expect(await claims()).toContain('north-korea->russia:ammunition');
    expect((await run([path.join(dir, 'shells.md')], { driver })).counts.replaced).toBe(1);
    const corrected = await claims();
    expect(corrected).toContain('north-korea->russia:missile');
    expect(corrected).not.toContain('north-korea->russia:ammunition');
    const { labels } = await graphCounts(driver);
    expect(labels).toMatchObject({ Article: 1, Claim: corrected.length, Transfer: new Set(corrected).size });
  });

  test('a batch cut short in the middle completes on the next run, with no duplicates', async () => {
    const clean = await run([BATCH], { driver });
    const complete = await graphCounts(driver);
    await clearGraph(driver);

    let calls = 0;
    const crashing: Extractor = {
      ...extractor,
      extract(input: ArticleInput) {
        calls += 1;
        if (calls === 5) throw new Error('simulated crash');
        return extractor.extract(input);
      },
    };
    const first = await run([BATCH], { driver, extractor: crashing });
    expect(first.counts.loaded).toBe(9);
    expect(first.failures).toContainEqual({ where: expect.any(String), message: expect.stringMatching(/^extractor armsgraph-rules [\d.]+ failed: simulated crash$/) });

    const second = await run([BATCH], { driver });
    expect(second.counts).toMatchObject({ loaded: 1, unchanged: 9, failed: clean.counts.failed });
    expect(await graphCounts(driver)).toEqual(complete);
  });

  test('--dry-run extracts and reports but writes nothing', async () => {
    const report = await run([BATCH], { driver: null });
    expect(report).toMatchObject({ dryRun: true, counts: { checked: 10, loaded: 0, failed: 9, skipped: 3 } });
    expect((await graphCounts(driver)).nodes).toBe(0);
  });
});
