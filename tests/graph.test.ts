import { Driver } from 'neo4j-driver';
import { applySchema } from '../src/graph/database';
import { loadRecord, transferId } from '../src/graph/loader';
import { readRows, readText } from '../src/graph/reader';
import { graphCounts, useCleanGraph } from './helpers/database';
import { makeRecord } from './helpers/records';

const SHAHED = 'Iran has delivered Shahed drones to Russia, officials in Kyiv said.';
const DENIAL = 'Tehran denied that Iran had supplied drones to Russia.';

function shahedReport(id: string, outlet: string, text = SHAHED) {
  return makeRecord({
    id,
    text,
    outlet,
    publishedAt: '2024-03-01',
    actors: ['Iran', 'Russia'],
    claims: [{ supplier: 'Iran', recipient: 'Russia', category: 'drone', status: 'delivered', evidence: text, items: ['Shahed-136'] }],
  });
}

async function transfer(driver: Driver, id: string) {
  const { records } = await driver.executeQuery('MATCH (t:Transfer {id: $id}) RETURN t {.*} AS t', { id });
  return records[0]?.get('t') ?? null;
}

describe('graph on a real Neo4j', () => {
  let driver: Driver;
  useCleanGraph((d) => (driver = d));

  test('schema: constraints and full-text indexes exist, and applying again is harmless', async () => {
    await applySchema(driver);
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints.records[0].get('names')).toEqual(expect.arrayContaining(['article_id', 'claim_id', 'transfer_id', 'actor_id', 'item_id']));
    const fulltext = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN collect(name) AS names");
    expect(fulltext.records[0].get('names')).toEqual(expect.arrayContaining(['claim_quote', 'article_text']));
  });

  test('loading the same record twice changes nothing', async () => {
    const record = shahedReport('a1', 'Reuters');
    expect((await loadRecord(driver, record)).outcome).toBe('loaded');
    const before = await graphCounts(driver);
    expect((await loadRecord(driver, record)).outcome).toBe('unchanged');
    expect(await graphCounts(driver)).toEqual(before);
    expect(before.labels).toMatchObject({ Article: 1, Claim: 1, Transfer: 1, Item: 1 });
  });

  test('offsets and counts are stored as integers, as Cypher users expect', async () => {
    await loadRecord(driver, shahedReport('a1', 'Reuters'));
    const { records } = await driver.executeQuery(
      'MATCH (a:Article)<-[:FROM_ARTICLE]-(c:Claim) MATCH (a)-[m:MENTIONS]->() RETURN DISTINCT valueType(c.start) AS start, valueType(c.end) AS end, valueType(m.count) AS count',
    );
    expect(records.map((r) => r.toObject())).toEqual([{ start: 'INTEGER NOT NULL', end: 'INTEGER NOT NULL', count: 'INTEGER NOT NULL' }]);
  });

  test('the same fact from two outlets is one transfer with two claims', async () => {
    await loadRecord(driver, shahedReport('a1', 'Reuters'));
    await loadRecord(driver, shahedReport('a2', 'AP'));
    const t = await transfer(driver, 'iran->russia:drone');
    expect(t).toMatchObject({ claimCount: 2, articleCount: 2, outletCount: 2, status: 'delivered', disputed: false });
  });

  test('a denial is kept beside the delivery and marks the transfer disputed', async () => {
    await loadRecord(driver, shahedReport('a1', 'Reuters'));
    await loadRecord(
      driver,
      makeRecord({
        id: 'a2',
        text: DENIAL,
        outlet: 'IRNA',
        actors: ['Iran', 'Russia'],
        claims: [{ supplier: 'Iran', recipient: 'Russia', category: 'drone', status: 'denied', evidence: DENIAL }],
      }),
    );
    const t = await transfer(driver, 'iran->russia:drone');
    expect(t).toMatchObject({ claimCount: 2, status: 'delivered', statuses: ['delivered', 'denied'], disputed: true });
  });

  test('a corrected article replaces its claims; transfers left without claims go', async () => {
    await loadRecord(driver, shahedReport('a1', 'Reuters'));
    const corrected = makeRecord({
      id: 'a1',
      text: 'Iran has delivered Fath-360 missiles to Russia, officials in Kyiv said.',
      outlet: 'Reuters',
      actors: ['Iran', 'Russia'],
      claims: [{ supplier: 'Iran', recipient: 'Russia', category: 'missile', status: 'delivered', evidence: 'Iran has delivered Fath-360 missiles to Russia' }],
    });
    expect((await loadRecord(driver, corrected)).outcome).toBe('replaced');
    expect(await transfer(driver, 'iran->russia:drone')).toBeNull();
    expect(await transfer(driver, transferId(corrected.transfers[0]))).toMatchObject({ claimCount: 1 });
    expect((await graphCounts(driver)).labels).toMatchObject({ Article: 1, Claim: 1, Transfer: 1 });
  });

  test('reads run as read transactions (a cluster routes them to secondaries): the database refuses a write through the reader', async () => {
    await expect(readRows(driver, 'stats')).resolves.toHaveLength(1);
    await expect(readText(driver, 'CREATE (n:Scratch) RETURN n')).rejects.toMatchObject({ code: expect.stringMatching(/AccessMode|ForbiddenDueToTransactionType/) });
    expect((await graphCounts(driver)).nodes).toBe(0);
  });

  test('a claim links to the person it is attributed to', async () => {
    const text = 'North Korea has delivered artillery shells to Russia, John Kirby said.';
    await loadRecord(
      driver,
      makeRecord({
        id: 'k1',
        text,
        actors: ['North Korea', 'Russia'],
        people: ['John Kirby'],
        claims: [{ supplier: 'North Korea', recipient: 'Russia', category: 'ammunition', status: 'delivered', evidence: text, attribution: 'John Kirby' }],
      }),
    );
    const { records } = await driver.executeQuery('MATCH (:Claim)-[:SAID_BY]->(p:Person) RETURN p.name AS name');
    expect(records.map((r) => r.get('name'))).toEqual(['John Kirby']);
  });
});
