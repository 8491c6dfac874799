/**
 * What a contradiction is (issue 11.15): the `disputed` flag, `disagreements` and the
 * `contradictions` query agree, through the real loader on a real Neo4j.
 */
import { Driver } from 'neo4j-driver';
import { applySchema } from '../src/graph/database';
import { loadRecord } from '../src/graph/loader';
import { readRows } from '../src/graph/reader';
import { Quantity, Status } from '../src/record';
import { useCleanGraph } from './helpers/database';
import { makeRecord } from './helpers/records';

function report(id: string, status: Status, opts: { supplier?: string; recipient?: string; quantity?: Quantity; when?: string } = {}) {
  const supplier = opts.supplier ?? 'North Korea';
  const recipient = opts.recipient ?? 'Russia';
  const text = `Report ${id}: ${supplier} and ${recipient}, shells, ${status}.`;
  return makeRecord({
    id,
    text,
    publishedAt: '2024-05-01',
    actors: [supplier, recipient],
    claims: [{ supplier, recipient, category: 'ammunition', status, evidence: text, quantity: opts.quantity, when: opts.when }],
  });
}

const shells = (value: number, approx = 'exact'): Quantity => ({ value, approx, unit: 'shell' });

async function disagreements(driver: Driver): Promise<Record<string, string[]>> {
  const { records } = await driver.executeQuery('MATCH (t:Transfer) RETURN t.id AS id, t.disagreements AS d, t.disputed AS disputed');
  for (const r of records) expect(r.get('disputed')).toBe(r.get('d').length > 0);
  return Object.fromEntries(records.map((r) => [r.get('id'), r.get('d')]));
}

async function contradictions(driver: Driver): Promise<string[]> {
  return (await readRows<{ transfer: string }>(driver, 'contradictions', { first: 20 })).map((r) => r.transfer);
}

const NK_RU = 'north-korea->russia:ammunition';
const RU_NK = 'russia->north-korea:ammunition';

describe('contradictions', () => {
  let driver: Driver;
  useCleanGraph((d) => (driver = d));

  test('delivered beside expected, or beside unconfirmed, is no contradiction', async () => {
    for (const [id, status] of [['a1', 'delivered'], ['a2', 'expected'], ['a3', 'unconfirmed']] as const) await loadRecord(driver, report(id, status));
    expect(await disagreements(driver)).toEqual({ [NK_RU]: [] });
    expect(await contradictions(driver)).toEqual([]);
  });

  test.each([
    ['denied', 'delivered'],
    ['denied', 'expected'],
    ['denied', 'negotiating'],
    ['halted', 'delivered'],
    ['halted', 'expected'],
  ] as const)('%s against %s is a contradiction of status', async (against, claim) => {
    await loadRecord(driver, report('a1', claim));
    await loadRecord(driver, report('a2', against));
    expect(await disagreements(driver)).toEqual({ [NK_RU]: ['status'] });
    expect(await contradictions(driver)).toEqual([NK_RU]);
  });

  test('amounts that cannot both be true disagree; compatible ones, other statuses or other dates do not', async () => {
    await loadRecord(driver, report('a1', 'delivered', { quantity: shells(1000) }));
    await loadRecord(driver, report('a2', 'delivered', { quantity: shells(1100, 'about') }));
    await loadRecord(driver, report('a3', 'expected', { quantity: shells(5000) }));
    await loadRecord(driver, report('a4', 'delivered', { quantity: shells(3000), when: '2024-09' }));
    await loadRecord(driver, report('a5', 'delivered', { quantity: shells(900, 'more than') }));
    expect(await disagreements(driver)).toEqual({ [NK_RU]: [] });
    await loadRecord(driver, report('a6', 'delivered', { quantity: shells(3000) }));
    expect(await disagreements(driver)).toEqual({ [NK_RU]: ['quantity'] });
    expect(await contradictions(driver)).toEqual([NK_RU]);
  });

  test('the other direction reported marks both transfers, and the mark goes with the report', async () => {
    await loadRecord(driver, report('a1', 'delivered'));
    await loadRecord(driver, report('a2', 'delivered', { supplier: 'Russia', recipient: 'North Korea' }));
    expect(await disagreements(driver)).toEqual({ [NK_RU]: ['direction'], [RU_NK]: ['direction'] });
    expect((await contradictions(driver)).sort()).toEqual([NK_RU, RU_NK]);
    // The second report corrected: Russia supplies aircraft, not shells.
    const corrected = report('a2', 'delivered', { supplier: 'Russia', recipient: 'North Korea' });
    corrected.transfers[0].category = 'aircraft';
    await loadRecord(driver, corrected);
    expect(await disagreements(driver)).toEqual({ [NK_RU]: [], 'russia->north-korea:aircraft': [] });
    expect(await contradictions(driver)).toEqual([]);
  });

  test('a graph loaded by an older armsgraph gets its disagreements at the next start', async () => {
    await loadRecord(driver, report('a1', 'delivered'));
    await loadRecord(driver, report('a2', 'expected'));
    // As the old rule left it: disputed for any two statuses, no disagreements recorded.
    await driver.executeQuery('MATCH (t:Transfer) SET t.disputed = true REMOVE t.disagreements');
    await applySchema(driver);
    expect(await disagreements(driver)).toEqual({ [NK_RU]: [] });
  });
});
