/**
 * Messages of issue 11 a user can act on: a wrong password says so and where the password is
 * kept; a lost database is named once, not once per article; `npm run load` on an article points
 * to `npm run ingest`; the GraphiQL page goes out compressed; `npm test` says its Neo4j runs on.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { loadConfig } from '../src/config';
import { connect, createDriver } from '../src/graph/database';
import { runBatch } from '../src/ingest/batch';
import { Item } from '../src/ingest/item';
import { plainReporter } from '../src/ingest/report';
import { ArticleRecord } from '../src/record';
import { validateRecord } from '../src/validate/record';
import { Api, startApi } from './api/harness';
import { testConfig } from './helpers/database';
import { makeRecord } from './helpers/records';
import { testDatabaseNotice } from './helpers/teardown';

test('a wrong password says the password is wrong, where it came from and how to set it', async () => {
  const config = loadConfig({ NEO4J_URI: testConfig().neo4jUri, NEO4J_HTTP_PORT: String(testConfig().neo4jHttpPort), NEO4J_PASSWORD: 'not-the-password' });
  const error = await connect(config, () => undefined).then(
    () => null,
    (e: Error) => e,
  );
  expect(error?.message).toMatch(/^Neo4j at bolt:\/\/\S+ refused user "neo4j" with the password NEO4J_PASSWORD \(in the environment\): the password is wrong\. Set NEO4J_PASSWORD in \S+\.env to this database's password/);
  expect(error?.message).toContain(`keeps its own in ${path.join(config.neo4jHome, `bolt-${new URL(config.neo4jUri.replace('bolt:', 'http:')).port}`, 'password')}`);
  expect(error?.message).not.toMatch(/does not answer|docker compose/);
});

test('a database that stops answering is named once in a batch report, without the driver\'s encryption text', async () => {
  const closed = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as { port: number }).port;
  const driver = createDriver(loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}` }));
  try {
    async function* records(): AsyncGenerator<Item<ArticleRecord>> {
      for (let i = 0; i < 4; i++) {
        const text = `Iran has delivered drones to Russia, report ${i} says.`;
        const value = makeRecord({ id: `lost-${i}`, text, actors: ['Iran', 'Russia'], claims: [{ supplier: 'Iran', recipient: 'Russia', category: 'drone', status: 'delivered', evidence: text }] });
        yield { kind: 'ok', origin: { file: `lost-${i}.txt` }, warnings: [], value };
      }
    }
    let out = '';
    const term = { out: { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream, err: process.stderr };
    const reporter = plainReporter(term);
    const report = await runBatch(records(), { driver, concurrency: 2, onEvent: (e) => reporter.event(e) });
    reporter.finish(report);
    expect(report.interrupted).toMatch(/^the database stopped answering \(Connection was closed by server\); articles loaded so far are complete/);
    expect(out.match(/Connection was closed by server/g)).toHaveLength(1);
    expect(out).not.toMatch(/encryption/);
    expect(out).toMatch(/^failed +lost-0\.txt +not written: the database stopped answering$/m);
  } finally {
    await driver.close();
    closed.close();
  }
});

test('npm run load on an article says it is an article and to use npm run ingest', () => {
  expect(validateRecord({ text: 'Iran has delivered drones to Russia.', title: 'Drones' })).toEqual({
    ok: false,
    reason: 'this is an article, not an article record: use `npm run ingest` to extract and load it (`npm run load` takes the records `npm run extract` writes)',
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-load-'));
  const file = path.join(dir, 'article.md');
  fs.writeFileSync(file, '# Drones\n\nIran has delivered drones to Russia.\n');
  const run = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['src/cli/load.ts', file, '--dry-run'], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stdout).toContain(`this is an article file (markdown), not article records: use \`npm run ingest -- ${path.relative(process.cwd(), file)}\` to extract and load it`);
});

describe('GraphiQL page', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.close());

  function get(acceptEncoding?: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { accept: 'text/html' };
      if (acceptEncoding !== undefined) headers['accept-encoding'] = acceptEncoding;
      http.get(api.url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  }

  test('is served with brotli or gzip when the client accepts it, and plain otherwise', async () => {
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.includes("graphiql")).toBe(true);
    const br = await get('gzip, deflate, br');
    expect(br.headers).toMatchObject({ 'content-encoding': 'br', vary: 'accept-encoding' });
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    const gzip = await get('gzip;q=1, br;q=0');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    // GraphQL answers are left as they are.
    const answer = await api.query('{ stats { articles } }');
    expect(answer.errors).toBeUndefined();
  });
});

test('npm test says at the end that its Neo4j still runs, and how to stop it', async () => {
  const notice = await testDatabaseNotice();
  expect(notice).toMatch(new RegExp(`^The tests' Neo4j \\(${testConfig().neo4jUri.replace(/[.]/g, '\\.')}, pid \\d+(, \\d+ MB)?\\) is still running`));
  expect(notice).toContain('Stop it with `npm run db:stop -- --test`');
});
