/**
 * Issue 11, item 3: the local Neo4j's HTTP endpoint allows no other origin, and its password is
 * generated per server and kept where the tools find it, not a published default.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { boltAddress, loadConfig, passwordFile } from '../src/config';
import { neo4jConf } from '../src/graph/local-neo4j';
import { openTestDatabase, testConfig } from './helpers/database';

describe('generated configuration', () => {
  test('the HTTP endpoint allows cross-origin requests only from its own origin (Neo4j Browser)', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7799', NEO4J_HTTP_PORT: '7798' });
    const conf = neo4jConf(config, { data: '/d', logs: '/l', pidFile: '/r/neo4j.pid' });
    expect(conf).toContain('dbms.security.http_access_control_allow_origin=http://127.0.0.1:7798\n');
    expect(conf).not.toMatch(/allow_origin=\*/);
  });
});

describe('password', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-pw-'));
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
  const base = { NEO4J_URI: 'bolt://127.0.0.1:7797', NEO4J_HOME: home, NEO4J_PASSWORD: '' };

  test('no setting and no stored password: none (a new local Neo4j gets a generated one), never a default', () => {
    expect(loadConfig(base)).toMatchObject({ neo4jPassword: '', neo4jPasswordSource: 'none' });
  });

  test('a stored password is found from the settings alone; NEO4J_PASSWORD wins over it', () => {
    const file = passwordFile(home, 7797);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'stored-secret\n');
    expect(loadConfig(base)).toMatchObject({ neo4jPassword: 'stored-secret', neo4jPasswordSource: 'file' });
    expect(loadConfig({ ...base, NEO4J_PASSWORD: 'chosen-one' })).toMatchObject({ neo4jPassword: 'chosen-one', neo4jPasswordSource: 'setting' });
  });

  test('the tests\' own local Neo4j runs on a generated password kept in a file only its owner can read', async () => {
    const driver = await openTestDatabase();
    await driver.close();
    const config = testConfig();
    if (config.neo4jPasswordSource === 'setting' || !boltAddress(config).isLocal) return; // NEO4J_PASSWORD chosen: nothing generated
    const file = passwordFile(config.neo4jHome, boltAddress(config).port);
    expect(config.neo4jPasswordSource).toBe('file');
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(config.neo4jPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(config.neo4jPassword).not.toBe('armsgraph-dev');
  });
});

describe('the running test Neo4j', () => {
  test('its HTTP endpoint does not let other origins read (Access-Control-Allow-Origin is not *)', async () => {
    const config = testConfig();
    if (!boltAddress(config).isLocal) return;
    const instanceConf = path.join(config.neo4jHome, `bolt-${boltAddress(config).port}`, 'conf', 'neo4j.conf');
    if (!fs.existsSync(instanceConf) || !fs.readFileSync(instanceConf, 'utf8').includes('http_access_control_allow_origin')) {
      console.log(`The test Neo4j was started by an older armsgraph; restart it (npm run db:stop with its NEO4J_URI) to check its CORS.`);
      return;
    }
    const response = await fetch(`http://127.0.0.1:${config.neo4jHttpPort}/`, { headers: { origin: 'http://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).not.toBe('*');
    expect(response.headers.get('access-control-allow-origin')).not.toBe('http://evil.example');
  });
});

describe('advertised addresses (issue 11, item 4)', () => {
  test('the generated configuration advertises the ports it listens on', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7799', NEO4J_HTTP_PORT: '7798' });
    const conf = neo4jConf(config, { data: '/d', logs: '/l', pidFile: '/r/neo4j.pid' });
    expect(conf).toContain('server.bolt.advertised_address=127.0.0.1:7799\n');
    expect(conf).toContain('server.http.advertised_address=127.0.0.1:7798\n');
  });

  test('the running test Neo4j tells clients its own Bolt port, not 7687', async () => {
    const config = testConfig();
    const { port, isLocal } = boltAddress(config);
    if (!isLocal) return;
    const instanceConf = path.join(config.neo4jHome, `bolt-${port}`, 'conf', 'neo4j.conf');
    if (!fs.existsSync(instanceConf) || !fs.readFileSync(instanceConf, 'utf8').includes('bolt.advertised_address')) {
      console.log(`The test Neo4j was started by an older armsgraph; restart it (npm run db:stop with its NEO4J_URI) to check what it advertises.`);
      return;
    }
    const discovery = (await (await fetch(`http://127.0.0.1:${config.neo4jHttpPort}/`)).json()) as Record<string, string>;
    expect(discovery.bolt_direct).toBe(`bolt://127.0.0.1:${port}`);
    expect(discovery.bolt_routing).toBe(`neo4j://127.0.0.1:${port}`);
  });
});
