/** Reviewed records (`npm run load`) and re-extraction (`npm run reextract`) against a real Neo4j. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Driver } from 'neo4j-driver';
import { runBatch } from '../../src/ingest/batch';
import { extractRecords } from '../../src/ingest/ingest';
import { Item } from '../../src/ingest/item';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/limits';
import { readInputs, readJsonl } from '../../src/ingest/sources';
import { staleArticles } from '../../src/ingest/stored';
import { ruleExtractor as extractor } from '../../src/extract';
import { transferId } from '../../src/graph/loader';
import { ArticleRecord, Extractor } from '../../src/record';
import { validateRecord } from '../../src/validate/record';
import { graphCounts, useCleanGraph } from '../helpers/database';

const BATCH = path.join('tests', 'fixtures', 'batch');
const options = { maxBytes: DEFAULT_MAX_BYTES, stdin: Readable.from([]) };

async function extracted(using: Extractor = extractor): Promise<ArticleRecord[]> {
  const records: ArticleRecord[] = [];
  for await (const item of extractRecords(readInputs([path.join(BATCH, 'shells.md'), path.join(BATCH, 'page.html'), path.join(BATCH, 'one.json')], options), using)) {
    if (item.kind === 'ok') records.push(item.value);
  }
  return records;
}

function jsonl(lines: Array<unknown | string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-load-'));
  const file = path.join(dir, 'records.jsonl');
  fs.writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

const load = (driver: Driver | null, file: string) => runBatch(readJsonl([file], options, validateRecord), { driver });

describe('load and reextract', () => {
  let driver: Driver;
  useCleanGraph((d) => (driver = d));

  test('extracted records written as JSONL load as they are, and again change nothing', async () => {
    const file = jsonl(await extracted());
    expect((await load(driver, file)).counts).toMatchObject({ loaded: 3, failed: 0 });
    const before = await graphCounts(driver);
    expect((await load(driver, file)).counts).toMatchObject({ unchanged: 3, failed: 0 });
    expect(await graphCounts(driver)).toEqual(before);
  });

  test('a corrected record replaces the extracted one', async () => {
    const [shells] = await extracted();
    await load(driver, jsonl([shells]));
    const corrected: ArticleRecord = { ...shells, extractor: { name: 'manual', version: '1' }, transfers: [{ ...shells.transfers[0], category: 'naval' }] };
    expect((await load(driver, jsonl([corrected]))).counts.replaced).toBe(1);
    const { records } = await driver.executeQuery('MATCH (t:Transfer) RETURN t.id AS id');
    expect(records.map((r) => r.get('id'))).toEqual([transferId(corrected.transfers[0])]);
  });

  test('invalid records are refused naming line and field; the valid ones load', async () => {
    const [good, other] = await extracted();
    const evidence = good.transfers[0].evidence;
    const file = jsonl([
      good,
      '{"recordVersion": 1, "article": ',
      { ...other, transfers: [{ ...other.transfers[0], status: 'shipped' }] },
      { ...other, article: { ...other.article, text: undefined } },
      { ...other, transfers: [{ ...other.transfers[0], evidence: { ...evidence, start: evidence.start + 1 } }] },
      { ...other, entities: [{ ...other.entities[0], nmae: 'typo' }] },
      { ...other, recordVersion: 2 },
    ]);
    const report = await load(driver, file);
    const at = path.relative(process.cwd(), file);
    expect(report.counts).toMatchObject({ loaded: 1, failed: 6 });
    expect(report.failures).toEqual([
      { where: `${at}:2`, message: expect.stringMatching(/^malformed JSON/) },
      { where: `${at}:3`, message: expect.stringMatching(/^field transfers\[0\]\.status: Invalid option: expected one of "delivered"\|/) },
      { where: `${at}:4`, message: 'field article.text: Invalid input: expected string, received undefined' },
      { where: `${at}:5`, message: expect.stringMatching(/^field transfers\[0\]\.evidence: offsets \d+–\d+ do not hold "/) },
      { where: `${at}:6`, message: 'field entities[0]: Unrecognized key: "nmae"' },
      { where: `${at}:7`, message: 'field recordVersion: Invalid input: expected 1' },
    ]);
  });

  test('reextract runs the current extractor over articles from an older version, and keeps hand-made ones', async () => {
    const old: Extractor = { ...extractor, version: '0', extract: (input) => ({ ...extractor.extract(input), extractor: { name: extractor.name, version: '0' }, transfers: [] }) };
    const [shells, page, one] = await extracted(old);
    await load(driver, jsonl([shells, page, { ...one, extractor: { name: 'manual', version: '1' } }]));
    expect((await graphCounts(driver)).labels.Claim).toBeUndefined();

    // As npm run reextract does: --all replaces hand-made records too.
    const reextract = (all: boolean) => runBatch(extractRecords(staleArticles(driver, { extractor, all }, 1), extractor), { driver, replaceManual: all });
    const report = await reextract(false);
    expect(report.counts).toMatchObject({ replaced: 2, failed: 0 });
    expect(report.failures).toEqual([]);
    const versions = await driver.executeQuery('MATCH (a:Article) RETURN a.extractor + " " + a.extractorVersion AS v ORDER BY v');
    const current = `${extractor.name} ${extractor.version}`;
    expect(versions.records.map((r) => r.get('v'))).toEqual([current, current, 'manual 1']);
    expect((await graphCounts(driver)).labels.Claim).toBe(extractor.extract(shells.article).transfers.length + extractor.extract(page.article).transfers.length);

    expect((await reextract(false)).counts).toMatchObject({ replaced: 0, unchanged: 0 });
    expect((await reextract(true)).counts).toMatchObject({ replaced: 1, unchanged: 2 });
  });

  test('reextract reads stored articles with their metadata', async () => {
    const [shells] = await extracted();
    await load(driver, jsonl([shells]));
    const items: Item<unknown>[] = [];
    for await (const item of staleArticles(driver, { extractor, all: true })) items.push(item);
    expect(items).toEqual([
      {
        kind: 'ok',
        origin: { file: shells.article.file, article: shells.article.id },
        warnings: [],
        value: expect.objectContaining({ id: shells.article.id, url: 'https://news.example/2024/02/shells', publishedAt: '2024-02-01', text: shells.article.text }),
      },
    ]);
  });
});
