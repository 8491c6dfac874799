/** The `halted` status: through the real loader into the graph, and out through the API's exchange. */
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Driver } from 'neo4j-driver';
import { loadRecord } from '../src/graph/loader';
import { serveApi } from '../src/api/server';
import { useCleanGraph } from './helpers/database';
import { makeRecord } from './helpers/records';

const DELIVERY = 'Germany has delivered Leopard tanks to Ukraine, the ministry said.';
const HALT = 'Germany has halted further deliveries of tanks to Ukraine, the ministry said.';
const RESUMED = 'Germany delivered more Leopard tanks to Ukraine on Monday.';

function report(id: string, text: string, status: 'delivered' | 'halted' | 'expected', publishedAt: string | undefined) {
  return makeRecord({
    id,
    text,
    outlet: `Outlet ${id}`,
    publishedAt,
    actors: ['Germany', 'Ukraine'],
    claims: [{ supplier: 'Germany', recipient: 'Ukraine', category: 'armoured-vehicle', status, evidence: text }],
  });
}

async function transfer(driver: Driver) {
  const { records } = await driver.executeQuery("MATCH (t:Transfer {id: 'germany->ukraine:armoured-vehicle'}) RETURN t {.*} AS t");
  return records[0]?.get('t') ?? null;
}

describe('halted', () => {
  let driver: Driver;
  useCleanGraph((d) => (driver = d));

  test('a halt reported after the deliveries is the current status; every status and claim stays', async () => {
    await loadRecord(driver, report('d1', DELIVERY, 'delivered', '2024-03-01'));
    await loadRecord(driver, report('h1', HALT, 'halted', '2024-05-01'));
    expect(await transfer(driver)).toMatchObject({ status: 'halted', statuses: ['delivered', 'halted'], claimCount: 2, articleCount: 2 });
  });

  test('a delivery reported after the halt makes the transfer delivered again', async () => {
    await loadRecord(driver, report('d1', DELIVERY, 'delivered', '2024-03-01'));
    await loadRecord(driver, report('h1', HALT, 'halted', '2024-05-01'));
    await loadRecord(driver, report('d2', RESUMED, 'delivered', '2024-07-01'));
    expect(await transfer(driver)).toMatchObject({ status: 'delivered', statuses: ['delivered', 'halted'], claimCount: 3 });
  });

  test('a halt reported before the delivery does not override it; an undated halt does not override a dated report', async () => {
    await loadRecord(driver, report('h1', HALT, 'halted', '2024-01-01'));
    await loadRecord(driver, report('d1', DELIVERY, 'delivered', '2024-03-01'));
    expect(await transfer(driver)).toMatchObject({ status: 'delivered', statuses: ['delivered', 'halted'] });
    await loadRecord(driver, report('h2', HALT.replace('further', 'all'), 'halted', undefined));
    expect(await transfer(driver)).toMatchObject({ status: 'delivered', claimCount: 3 });
  });

  test('a halt alone is halted; replacing the halting article restores the earlier status', async () => {
    await loadRecord(driver, report('h1', HALT, 'halted', '2024-05-01'));
    expect(await transfer(driver)).toMatchObject({ status: 'halted', statuses: ['halted'] });
    await loadRecord(driver, report('d1', DELIVERY, 'delivered', '2024-03-01'));
    expect((await transfer(driver)).status).toBe('halted');
    await loadRecord(driver, report('h1', 'Germany has delivered tanks to Ukraine.', 'delivered', '2024-05-01'));
    expect(await transfer(driver)).toMatchObject({ status: 'delivered', statuses: ['delivered'] });
  });

  test('the API: exchange lists it under `halted`, with HALTED among statuses and claim statuses, and stats count it', async () => {
    await loadRecord(driver, report('d1', DELIVERY, 'delivered', '2024-03-01'));
    await loadRecord(driver, report('h1', HALT, 'halted', '2024-05-01'));
    const server: Server = await serveApi(driver, 0, { responseCache: false });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ exchange(from: "Germany", to: "Ukraine") { sent { id } halted { id status statuses claims { status quote } outlets { statuses } } }
                    stats { byStatus { halted delivered total } }
                    transfers(filter: { status: HALTED }) { totalCount } }`,
        }),
      });
      const body = (await response.json()) as any;
      expect(body.errors).toBeUndefined();
      expect(body.data.exchange.sent).toEqual([]);
      expect(body.data.exchange.halted).toEqual([
        expect.objectContaining({ id: 'germany->ukraine:armoured-vehicle', status: 'HALTED', statuses: ['DELIVERED', 'HALTED'] }),
      ]);
      expect(body.data.exchange.halted[0].claims.map((c: any) => c.status)).toEqual(['DELIVERED', 'HALTED']);
      expect(body.data.exchange.halted[0].outlets.flatMap((o: any) => o.statuses).sort()).toEqual(['DELIVERED', 'HALTED']);
      expect(body.data.stats.byStatus).toEqual({ halted: 1, delivered: 0, total: 1 });
      expect(body.data.transfers.totalCount).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
