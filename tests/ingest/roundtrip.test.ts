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
});
