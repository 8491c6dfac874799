/**
 * Neo4j Browser (issue 10): every node kind has a caption a person reads, cypher/armsgraph.grass
 * names it, and the Browser is told not to ask for usage data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { boltAddress, loadConfig } from '../src/config';
import { neo4jConf } from '../src/graph/local-neo4j';
import { loadSamples } from './api/harness';
import { openTestDatabase, testConfig } from './helpers/database';

const GRASS = path.resolve(__dirname, '..', 'cypher', 'armsgraph.grass');

/** `node.Label { … caption: "{property}" … }` blocks of a grass file, as Browser reads them. */
function grassCaptions(text: string): Map<string, string> {
  const captions = new Map<string, string>();
  for (const [, selector, body] of text.matchAll(/([\w.]+)\s*\{((?:[^{}"']|"[^"]*"|'[^']*')*)\}/g)) {
    const caption = /caption:\s*["']\{(\w+)\}["']/.exec(body);
    if (selector.startsWith('node.') && caption) captions.set(selector.slice('node.'.length), caption[1]);
  }
  return captions;
}

describe('Neo4j Browser', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await openTestDatabase();
    await loadSamples(driver);
  });
  afterAll(() => driver?.close());

  test('a transfer is named after its parties and category', async () => {
    const { records } = await driver.executeQuery("MATCH (t:Transfer {id: 'north-korea->russia:missile'}) RETURN t.name AS name");
    expect(records.map((r) => r.get('name'))).toEqual(['North Korea → Russia · missile']);
  });

  test('the style file captions every node kind with a text every node of that kind has', async () => {
    const text = fs.readFileSync(GRASS, 'utf8');
    // Browser's grass parser knows no comments: one would become part of a selector.
    expect(text).not.toMatch(/\/\*|\/\//);
    const captions = grassCaptions(text);
    const { records } = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label');
    const labels = records.map((r) => r.get('label') as string).sort();
    expect(labels).toEqual(['Actor', 'Article', 'Claim', 'Item', 'Person', 'Place', 'Transfer']);
    for (const label of labels) {
      const property = captions.get(label);
      expect([label, property]).toEqual([label, expect.any(String)]);
      const missing = await driver.executeQuery(`MATCH (n:\`${label}\`) WHERE NOT valueType(n[$property]) STARTS WITH 'STRING' OR trim(n[$property]) = '' RETURN count(n) AS n`, {
        property,
      });
      expect([label, missing.records[0].get('n')]).toEqual([label, 0]);
    }
  });

  test('the generated configuration tells Browser not to ask for usage data', () => {
    const conf = neo4jConf(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7799' }), { data: '/d', logs: '/l', pidFile: '/r/neo4j.pid' });
    expect(conf).toContain('\nclient.allow_telemetry=false\n');
  });

  test('the running test Neo4j tells Browser so (dbms.clientConfig, what Browser reads)', async () => {
    const config = testConfig();
    const instanceConf = path.join(config.neo4jHome, `bolt-${boltAddress(config).port}`, 'conf', 'neo4j.conf');
    if (!boltAddress(config).isLocal || !fs.readFileSync(instanceConf, 'utf8').includes('client.allow_telemetry')) {
      console.log('The test Neo4j was started by an older armsgraph; restart it (npm run db:stop with its NEO4J_URI) to check its Browser settings.');
      return;
    }
    const { records } = await driver.executeQuery("CALL dbms.clientConfig() YIELD name, value WHERE name = 'client.allow_telemetry' RETURN value");
    expect(records.map((r) => r.get('value'))).toEqual(['false']);
  });
});
