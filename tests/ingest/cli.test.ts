/** `npm run ingest` as a user runs it: output when piped, --json, exit codes, and a batch killed halfway. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { syntheticArticle } from '../../src/bench/synthetic';
import { clearGraph, graphCounts, useCleanGraph, testConfig } from '../helpers/database';

const BATCH = path.join('tests', 'fixtures', 'batch');
const TSX = path.join('node_modules', '.bin', 'tsx');
const env = () => ({ ...process.env, NEO4J_URI: testConfig().neo4jUri, NEO4J_HTTP_PORT: String(testConfig().neo4jHttpPort) });
const ingest = (...args: string[]) => spawnSync(TSX, ['src/cli/ingest.ts', ...args], { env: env(), encoding: 'utf8' });

/** A folder of `count` articles, each with its own URL. */
function articleFolder(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-kill-'));
  for (let n = 0; n < count; n++) {
    const { text, title } = syntheticArticle(n).article;
    fs.writeFileSync(path.join(dir, `${String(n).padStart(3, '0')}.md`), `---\ntitle: ${JSON.stringify(title)}\nurl: https://cli.example/${n}\n---\n${text}`);
  }
  return dir;
}

describe('npm run ingest', () => {
  let driver: Driver;
  useCleanGraph((d) => (driver = d));

  test('piped: one line per article and a summary with every failure; exit 1; --json again reports all unchanged', () => {
    const first = ingest(BATCH, '--max-bytes', '64KB');
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/^loaded {5}tests\/fixtures\/batch\/drones-copy\.txt {2}[0-9a-f]{16} {2}1 claim: iran->russia:drone \(delivered\)$/m);
    expect(first.stdout).toMatch(/^failed {5}tests\/fixtures\/batch\/feed\.jsonl:3 {2}malformed JSON at column 73/m);
    expect(first.stdout).toMatch(/^21 articles in [\d.]+ s \([\d.]+\/s\): loaded 10 · failed 11 · skipped 1$/m);
    expect(first.stdout).toContain('Failed:\n  tests/fixtures/batch/drones.txt: duplicate article id');

    const again = ingest(BATCH, '--max-bytes', '64KB', '--json');
    expect(again.status).toBe(1);
    const report = JSON.parse(again.stdout);
    expect(report.counts).toEqual({ loaded: 0, replaced: 0, unchanged: 10, checked: 0, failed: 11, skipped: 1 });
    expect(report.articles).toHaveLength(22);
    expect(report.failures[0]).toEqual({ where: 'tests/fixtures/batch/drones.txt', message: expect.stringContaining('duplicate article id') });
  });

  test('piped into a reader that goes away (| head -1), it exits without an EPIPE trace (issue 11.10)', async () => {
    const child = spawn(TSX, ['src/cli/ingest.ts', BATCH, '--dry-run'], { env: env() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().split('\n')[0])));
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(firstLine).toMatch(/^(checked|failed|skipped) /);
    expect(stderr).not.toMatch(/EPIPE|Error|\bat /);
    expect(status).toBe(1); // the batch's own verdict: it holds broken files
  });

  test('a usage error exits 2 and says what to do; a bad setting is named', () => {
    const none = ingest();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^Name at least one file or folder \(- for stdin\)\.\n\nUsage: npm run ingest/);
    const bad = ingest(BATCH, '--max-bytes', 'lots');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--max-bytes="lots" is not a size');
  });

  test('killed halfway, the same command completes the batch: no duplicate, no half-loaded article', async () => {
    const dir = articleFolder(40);
    const child = spawn(TSX, ['src/cli/ingest.ts', dir], { env: env(), detached: true });
    await new Promise<void>((resolve) => {
      let loaded = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        loaded += (chunk.toString().match(/^loaded /gm) ?? []).length;
        if (loaded >= 8 && child.exitCode === null) {
          process.kill(-child.pid!, 'SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    const partial = (await graphCounts(driver)).labels.Article;
    expect(partial).toBeGreaterThanOrEqual(8);
    expect(partial).toBeLessThan(40);

    const rerun = ingest(dir, '--json');
    expect(rerun.status).toBe(0);
    const { counts } = JSON.parse(rerun.stdout);
    expect(counts).toMatchObject({ unchanged: partial, loaded: 40 - partial, failed: 0 });
    const resumed = await graphCounts(driver);

    await clearGraph(driver);
    expect(ingest(dir).status).toBe(0);
    expect(await graphCounts(driver)).toEqual(resumed);
  });
});
