/**
 * Every read query in cypher/ is also for people at Neo4j Browser or cypher-shell: a header
 * saying what it answers, `// returns:` naming its columns, and `:param` lines whose values
 * return rows on the samples. This runs each file that way against the loaded samples.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { CYPHER_DIR, query } from '../../src/graph/queries';
import { readRows } from '../../src/graph/reader';
import { openTestDatabase } from '../helpers/database';
import { loadSamples } from './harness';

const READ_QUERIES = fs
  .readdirSync(CYPHER_DIR)
  .filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher')
  .map((f) => f.replace(/\.cypher$/, ''));

let driver: Driver;
beforeAll(async () => {
  driver = await openTestDatabase();
  await loadSamples(driver);
});
afterAll(() => driver?.close());

test.each(READ_QUERIES)('%s: header, returns line, :param values that return rows', async (name) => {
  const text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
  const lines = text.split('\n');
  expect(lines[0]).toMatch(/^\/\/ \S/);
  const returns = lines.find((l) => l.startsWith('// returns: '));
  expect(returns).toBeDefined();
  const columns = returns!.slice('// returns: '.length).split(',').map((c) => c.trim());

  const params: Record<string, unknown> = {};
  for (const line of lines.filter((l) => l.startsWith(':param '))) {
    const [, param, expression] = /^:param (\w+) => (.*);$/.exec(line) ?? [];
    expect(param).toBeDefined();
    const { records } = await driver.executeQuery(`RETURN ${expression} AS value`);
    params[param] = records[0].get('value');
  }
  const used = new Set([...query(name).matchAll(/\$(\w+)/g)].map((m) => m[1]));
  expect(Object.keys(params).sort()).toEqual([...used].sort());

  const rows = await readRows(driver, name, params);
  expect(rows.length).toBeGreaterThan(0);
  expect(Object.keys(rows[0])).toEqual(columns);
});
