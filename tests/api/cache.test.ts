/** The response cache never serves an answer older than the graph. */
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { BoundedCache } from '../../src/api/cache';
import { serveApi } from '../../src/api/server';
import { runScript, scriptOf } from '../../src/cypher/console';
import { loadRecord } from '../../src/graph/loader';
import { query } from '../../src/graph/queries';
import { makeRecord } from '../helpers/records';
import { Api, startApi } from './harness';

const QUERY = '{ exchange(from: "Iran", to: "Russland") { sent { category claimCount } } }';

describe('response cache', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.close());

  test('an article loaded by another writer shows in the next answer', async () => {
    const before = await api.query(QUERY);
    expect(before.errors).toBeUndefined();
    expect(await api.query(QUERY)).toEqual(before);
    expect(before.data.exchange.sent.map((t: { category: string }) => t.category)).not.toContain('DRONE');

    const text = 'Iran has delivered Shahed-136 drones to Russia, officials said.';
    await loadRecord(
      api.driver,
      makeRecord({
        id: 'cache-test',
        text,
        actors: ['Iran', 'Russia'],
        claims: [{ supplier: 'Iran', recipient: 'Russia', category: 'drone', status: 'delivered', evidence: text }],
      }),
    );
    const after = await api.query(QUERY);
    expect(after.data.exchange.sent).toEqual(expect.arrayContaining([{ category: 'DRONE', claimCount: 1 }]));
  });

  const IRAN = '{ actor(name: "Iran") { supplied { id claimCount } } }';
  const claimCounts = async () => (await api.query(IRAN)).data.actor.supplied.map((t: { claimCount: number }) => t.claimCount);

  test('an edit by npm run cypher -- --write shows in the next answer, whatever it touched (issue 11.14)', async () => {
    const before = await claimCounts();
    expect(before).not.toContain(99);
    expect(await claimCounts()).toEqual(before); // cached now
    await runScript(api.driver, scriptOf("MATCH (:Actor {id: 'iran'})<-[:SUPPLIER]-(t:Transfer) SET t.claimCount = 99", 'the query'), {}, true);
    expect(await claimCounts()).toEqual(before.map(() => 99));
  });

  test('after an edit made elsewhere, write/graph-changed.cypher (as the README says) makes the next answer fresh', async () => {
    const before = await claimCounts();
    await api.driver.executeQuery("MATCH (:Actor {id: 'iran'})<-[:SUPPLIER]-(t:Transfer) SET t.claimCount = 7");
    expect(await claimCounts()).toEqual(before); // the cache cannot know
    await api.driver.executeQuery(query('write/graph-changed'));
    expect(await claimCounts()).toEqual(before.map(() => 7));
  });
});

describe('bounds of the response cache', () => {
  const answer = (bytes: number) => ({ data: { text: 'x'.repeat(bytes) } });

  test('entries: the least recently used go first', () => {
    const cache = new BoundedCache({ maxEntries: 2, maxBytes: 1e9 });
    cache.set('a', answer(1));
    cache.set('b', answer(1));
    expect(cache.get('a')).not.toBeNull(); // a is now the most recent
    cache.set('c', answer(1));
    expect([cache.get('a') !== null, cache.get('b') !== null, cache.get('c') !== null]).toEqual([true, false, true]);
    expect(cache.size).toBe(2);
  });

  test('bytes: the answers held never pass the budget; an answer over a quarter of it is not kept', () => {
    const cache = new BoundedCache({ maxEntries: 1000, maxBytes: 10_000 });
    for (let i = 0; i < 50; i++) {
      cache.set(`k${i}`, answer(2000));
      expect(cache.bytes).toBeLessThanOrEqual(10_000);
    }
    expect(cache.size).toBe(4);
    cache.set('big', answer(3000));
    expect(cache.get('big')).toBeNull();
    expect(cache.get('k49')).not.toBeNull();
  });

  test('200 distinct queries over large article texts stay within the byte budget (issue 11: 303 MB → 3.2 GB)', async () => {
    let api: Api | undefined;
    let server: Server | undefined;
    try {
      api = await startApi();
      const text = `Iran has delivered Shahed-136 drones to Russia, officials said. ${'Lorem ipsum dolor sit amet. '.repeat(7000)}`;
      await loadRecord(
        api.driver,
        makeRecord({ id: 'big-text', text, actors: ['Iran', 'Russia'], claims: [{ supplier: 'Iran', recipient: 'Russia', category: 'drone', status: 'delivered', evidence: text.split('. ')[0] }] }),
      );
      const cache = new BoundedCache({ maxEntries: 1000, maxBytes: 2 * 1024 * 1024 });
      server = await serveApi(api.driver, 0, { cache });
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      let peak = 0;
      for (let i = 0; i < 200; i++) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `{ a${i}: article(id: "big-text") { text } }` }),
        });
        expect(response.status).toBe(200);
        peak = Math.max(peak, cache.bytes);
      }
      // Each answer is ~200 KB: unbounded, the cache would hold 40 MB.
      expect(peak).toBeLessThanOrEqual(2 * 1024 * 1024);
      expect(cache.size).toBeGreaterThan(5);
      expect(cache.size).toBeLessThanOrEqual(11);
    } finally {
      if (server) await new Promise((resolve) => server!.close(resolve));
      await api?.close();
    }
  });
});
