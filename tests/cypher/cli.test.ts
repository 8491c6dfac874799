/** npm run cypher: parameters, read-only mode, errors, output, against a real Neo4j. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { CypherUsageError, paramLines, parametersOf, parseParamArg, renderTable, runScript, scriptOf, writeClauses } from '../../src/cypher/console';
import { loadRecord } from '../../src/graph/loader';
import { clearGraph, graphCounts, openTestDatabase, testConfig } from '../helpers/database';
import { makeRecord } from '../helpers/records';

const TEXT = 'North Korea has delivered artillery shells to Russia, John Kirby said.';

describe('reading a query', () => {
  test('parameters are found outside strings and comments', () => {
    expect(parametersOf("MATCH (a {id: $from}) // $notThis\nWHERE a.name <> '$nor' AND a.x IN $`odd name` RETURN $from")).toEqual(['from', 'odd name']);
  });

  test('write clauses are found with their line; names and strings that look like them are not', () => {
    expect(writeClauses('MATCH (n)\nWHERE n.createdAt > 1 AND n.set = "CREATE"\nRETURN n.delete')).toEqual([]);
    expect(writeClauses('MATCH (n)\nSET n.x = 1')).toEqual(['SET (line 2)']);
    expect(writeClauses('MERGE (a:A {id: 1}) ON CREATE SET a.n = 1')).toEqual(['MERGE (line 1)', 'CREATE (line 1)', 'SET (line 1)']);
    expect(writeClauses('MATCH (n) DETACH DELETE n')).toEqual(['DETACH DELETE (line 1)']);
    expect(writeClauses("LOAD CSV FROM 'file:///x' AS row RETURN row")).toEqual(['LOAD CSV (line 1)']);
  });

  test(':param lines give defaults; --param values are JSON when they parse', () => {
    expect(paramLines(":param from => 'north-korea';\n:param ids => ['a', 'b']\nMATCH (n) RETURN n;")).toEqual({ from: "'north-korea'", ids: "['a', 'b']" });
    expect(parseParamArg('limit=5')).toEqual(['limit', 5]);
    expect(parseParamArg('ids=["a","b"]')).toEqual(['ids', ['a', 'b']]);
    expect(parseParamArg('from=north-korea')).toEqual(['from', 'north-korea']);
    expect(parseParamArg('x="42"')).toEqual(['x', '42']);
    expect(() => parseParamArg('north-korea')).toThrow('--param north-korea: expected name=value, e.g. --param from=north-korea');
  });

  test('a table has the columns, the rows and a row count', () => {
    expect(renderTable({ statement: 1, columns: ['id', 'n'], rows: [{ id: 'iran', n: 2 }], updates: '' })).toBe(
      '+------+---+\n| id   | n |\n+------+---+\n| iran | 2 |\n+------+---+\n1 row\n',
    );
  });
});

describe('running a query', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await openTestDatabase();
    await clearGraph(driver);
    await loadRecord(
      driver,
      makeRecord({
        id: 'k1',
        text: TEXT,
        actors: ['North Korea', 'Russia'],
        claims: [{ supplier: 'North Korea', recipient: 'Russia', category: 'ammunition', status: 'delivered', evidence: TEXT }],
      }),
    );
  });
  afterAll(async () => {
    await driver.close();
  });

  const run = (text: string, params: Record<string, unknown> = {}, write = false) => runScript(driver, scriptOf(text, 'the query'), params, write);

  test('file defaults fill parameters not given; given ones win', async () => {
    const file = ":param id => 'russia';\nMATCH (a:Actor {id: $id}) RETURN a.name AS name, a.keys AS keys;";
    expect((await run(file))[0]).toMatchObject({ columns: ['name', 'keys'], rows: [{ name: 'Russia', keys: ['russia'] }] });
    expect((await run(file, { id: 'north-korea' }))[0].rows).toEqual([{ name: 'North Korea', keys: ['north korea'] }]);
  });

  test('whole numbers go in as integers, as cypher-shell sends them (LIMIT refuses 1.0)', async () => {
    const [table] = await run('MATCH (a:Actor) RETURN a.id AS id ORDER BY id LIMIT $n', { n: 1 });
    expect(table.rows).toEqual([{ id: 'north-korea' }]);
  });

  test('nodes, dates and numbers come back as plain values', async () => {
    const [table] = await run("MATCH (t:Transfer) RETURN t, date('2024-02-01') AS day, t.claimCount AS claims");
    expect(table.rows).toEqual([{ t: { labels: ['Transfer'], properties: expect.objectContaining({ id: 'north-korea->russia:ammunition' }) }, day: '2024-02-01', claims: 1 }]);
  });

  test('a write is refused up front, and nothing is written', async () => {
    const before = await graphCounts(driver);
    await expect(run("CREATE (:Actor {id: 'x'})")).rejects.toThrow(
      new CypherUsageError('Refusing to write: the query contains CREATE (line 1). Queries are read-only by default; add --write to allow writes.'),
    );
    expect(await graphCounts(driver)).toEqual(before);
  });

  test('a write the check cannot see is refused by the read-only session', async () => {
    await expect(run("CALL db.createLabel('Sneaky')")).rejects.toThrow('Refused by the database: the query writes, and the session is read-only. Add --write to allow writes.');
  });

  test('--write allows writes and reports what changed', async () => {
    const [table] = await run("MERGE (p:Person {id: 'tmp'}) SET p.name = 'Tmp' RETURN p.name AS name", {}, true);
    expect(table).toMatchObject({ rows: [{ name: 'Tmp' }], updates: '1 nodes created, 2 properties set, 1 labels added' });
    await run("MATCH (p:Person {id: 'tmp'}) DELETE p", {}, true);
  });

  test('unknown and missing parameters are errors before anything runs', async () => {
    await expect(run('MATCH (a:Actor {id: $id}) RETURN a', { id: 'russia', limit: 3 })).rejects.toThrow('Unknown parameter $limit: the query does not use it (it uses $id).');
    await expect(run('MATCH (a:Actor {id: $id}) RETURN a')).rejects.toThrow('Missing parameter $id: give --param id=….');
  });

  test('a file\'s id parameters take any name the API takes, resolved the API\'s way (issue 11.17)', async () => {
    const exchange = scriptOf(fs.readFileSync('cypher/exchange.cypher', 'utf8'), 'cypher/exchange.cypher');
    expect(exchange.names).toEqual({ from: 'actor', to: 'actor' });
    const byId = await runScript(driver, exchange, { from: 'north-korea', to: 'russia' }, false);
    expect(byId[0].rows).toHaveLength(1);
    const logged: string[] = [];
    for (const from of ['nordkorea', 'Nordkorea', 'DPRK', 'North Korea']) {
      expect(await runScript(driver, exchange, { from, to: 'Russland' }, false, (line) => logged.push(line))).toEqual(byId);
    }
    expect(logged).toContain('--param from: "DPRK" is North Korea (north-korea)');
    const supplied = scriptOf(fs.readFileSync('cypher/actor-supplied.cypher', 'utf8'), 'cypher/actor-supplied.cypher');
    expect((await runScript(driver, supplied, { actors: ['Pjöngjang'] }, false))[0].rows.map((r) => r.actor)).toEqual(['north-korea']);
  });

  test('an unknown name is an error naming the parameter, with suggestions; a quote in it is only a name', async () => {
    const exchange = scriptOf(fs.readFileSync('cypher/exchange.cypher', 'utf8'), 'cypher/exchange.cypher');
    await expect(runScript(driver, exchange, { from: 'North Koria' }, false)).rejects.toThrow(
      new CypherUsageError('--param from=North Koria: No actor named "North Koria" in the graph. Did you mean: North Korea?'),
    );
    await expect(runScript(driver, exchange, { from: "x'}) MATCH (n) DETACH DELETE n //" }, false)).rejects.toThrow(/^--param from=.*: No actor named/);
    expect(() => scriptOf('// names: from=country\nRETURN $from', 'q.cypher')).toThrow('q.cypher: "// names:" entry "from=country" is not name=kind');
  });

  test('a syntax error shows the message and the position', async () => {
    await expect(run('MATCH (a:Actor RETURN a')).rejects.toThrow(/^Cypher syntax error in the query: Invalid input 'RETURN'.*\(line 1, column 16 \(offset: 15\)\)/);
  });

  test('the command line prints a table, or JSON, and exits 2 on a refused write', () => {
    const env = { ...process.env, NEO4J_URI: testConfig().neo4jUri, NEO4J_HTTP_PORT: String(testConfig().neo4jHttpPort) };
    const cli = (...args: string[]) => spawnSync(path.join('node_modules', '.bin', 'tsx'), ['src/cli/cypher.ts', ...args], { env, encoding: 'utf8' });

    const table = cli('--file', 'cypher/exchange.cypher', '--param', 'from=nordkorea');
    expect(table.status).toBe(0);
    expect(table.stderr).toContain('--param from: "nordkorea" is North Korea (north-korea)');
    expect(table.stdout).toMatch(/^\+-+\+.*\n\| section +\| transfer +\| category +\| status +\| claims \| articles \|\n/);
    expect(table.stdout).toContain('| sent    | north-korea->russia:ammunition | ammunition | delivered | 1      | 1        |');
    expect(table.stdout).toMatch(/\n1 row\n$/);

    const json = cli('MATCH (a:Actor) RETURN a.id AS id ORDER BY id', '--json');
    expect(JSON.parse(json.stdout)).toEqual([{ id: 'north-korea' }, { id: 'russia' }]);

    const refused = cli('MATCH (n) DETACH DELETE n');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Refusing to write: the query contains DETACH DELETE (line 1)');
  });
});
