/** The local Neo4j's start-up errors tell a user what to install or set. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { startLocalNeo4j } from '../src/graph/local-neo4j';

describe('local Neo4j start-up errors', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-neo4j-'));
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

  test('npm run db:start without java names it, and what to install or set instead', () => {
    // As a user would run it, with a PATH of one empty folder (no java) and a port nothing listens on.
    const emptyBin = fs.mkdtempSync(path.join(home, 'bin-'));
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'src/cli/db.ts', 'start'], {
      cwd: path.resolve(__dirname, '..'),
      env: { ...process.env, PATH: emptyBin, NEO4J_URI: 'bolt://127.0.0.1:7799', NEO4J_HOME: home },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/armsgraph: 'java' was not found or does not run\. Install a Java 17 or 21 runtime .*set NEO4J_URI/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('a database on another machine is not started here', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://db.example:7687', NEO4J_HOME: home });
    await expect(startLocalNeo4j(config, () => undefined)).rejects.toThrow(/not on this machine/);
  });
});
