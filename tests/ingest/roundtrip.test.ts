/**
 * The three ways into the graph agree: `npm run extract` → JSONL → `npm run load`, `npm run
 * ingest`, and the seeds `npm start` loads give the same records for the same articles, so
 * any of them after another changes nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Driver } from 'neo4j-driver';
import { ruleExtractor } from '../../src/extract';
import { runBatch } from '../../src/ingest/batch';
import { ingest } from '../../src/ingest/ingest';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/limits';
import { readJsonl } from '../../src/ingest/sources';
import { loadSeeds } from '../../src/seeds';
import { validateRecord } from '../../src/validate/record';
import { clearGraph, graphCounts, openTestDatabase } from '../helpers/database';

const options = { maxBytes: DEFAULT_MAX_BYTES, stdin: Readable.from([]) };

describe('extract → load, ingest and npm start agree', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await openTestDatabase();
    await clearGraph(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  test('records from npm run extract load as they are; ingest and the seed loader then change nothing', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-extract-')), 'seeds.jsonl');
    const extract = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['src/cli/extract.ts', 'seeds', '--out', out], { encoding: 'utf8' });
    expect(extract.status).toBe(0);

    const loaded = await runBatch(readJsonl([out], options, validateRecord), { driver });
    expect(loaded.counts).toMatchObject({ loaded: 5, failed: 0 });
    const after = await graphCounts(driver);
    expect(after.labels.Claim).toBeGreaterThan(5);

    const ingested = await ingest(['seeds'], { ...options, extractor: ruleExtractor, driver });
    expect(ingested.counts).toMatchObject({ unchanged: 5, loaded: 0, replaced: 0, failed: 0 });
    expect(await loadSeeds(driver, 'seeds')).toMatchObject({ unchanged: 5, loaded: 0, replaced: 0 });
    expect(await graphCounts(driver)).toEqual(after);
  });

  test('npm run extract reads every format as ingest does: front matter, HTML, JSON, Latin-1', async () => {
    await clearGraph(driver);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-extract-')), 'batch.jsonl');
    const batch = path.join('tests', 'fixtures', 'batch');
    const extract = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['src/cli/extract.ts', batch, '--out', out], { encoding: 'utf8' });
    expect(extract.status).toBe(1); // the batch holds broken files, each named on stderr
    expect(extract.stderr).toMatch(/failed +tests\/fixtures\/batch\/feed\.jsonl:3: malformed JSON/);

    const records = fs.readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    const shells = records.find((r) => r.article.file.endsWith('shells.md'));
    expect(shells.article.title).toBe('North Korea ships artillery shells to Russia');
    expect(shells.article.text).not.toMatch(/^---/);
    expect(records.some((r) => r.article.file.endsWith('.html'))).toBe(true);

    const loaded = await runBatch(readJsonl([out], options, validateRecord), { driver });
    const ingested = await ingest([batch], { ...options, extractor: ruleExtractor, driver });
    expect(ingested.counts).toMatchObject({ loaded: 0, replaced: 0, unchanged: loaded.counts.loaded });
  });
});
