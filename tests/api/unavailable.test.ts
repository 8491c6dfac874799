/**
 * Issue 11, item 7: with Neo4j down, requests fail within a few seconds with a typed error
 * (DATABASE_UNAVAILABLE, HTTP 503), cached answers included, and the API recovers by itself.
 * The database "goes down" by closing a TCP proxy in front of the test Neo4j.
 */
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Driver } from 'neo4j-driver';
import { serveApi } from '../../src/api/server';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/database';
import { loadSamples } from './harness';
import { openTestDatabase, testConfig } from '../helpers/database';
import { freePort, Proxy } from '../helpers/proxy';

let real: Driver;
let proxy: Proxy;
let driver: Driver;
let server: Server;
let url: string;

beforeAll(async () => {
  real = await openTestDatabase();
  await loadSamples(real);
  const test = testConfig();
  proxy = new Proxy(await freePort(), Number(new URL(test.neo4jUri.replace(/^bolt/, 'http')).port));
  await proxy.up();
  driver = createDriver({ ...loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${proxy.port}` }), neo4jPassword: test.neo4jPassword });
  server = await serveApi(driver, 0);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await driver?.close();
  await proxy?.down();
  await real?.close();
});

const ask = async (query: string) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as any };
};

test('Neo4j down: 503 DATABASE_UNAVAILABLE within a few seconds, cached answers included; back up: answers again', async () => {
  const cached = '{ stats { articles } }';
  expect((await ask(cached)).status).toBe(200);
  expect((await ask(cached)).status).toBe(200); // now in the response cache

  await proxy.down();
  for (const query of [cached, '{ exchange(from: "Nordkorea", to: "Russland") { sent { id } } }']) {
    const begin = Date.now();
    const { status, body } = await ask(query);
    const elapsed = Date.now() - begin;
    console.log(`Neo4j down: ${query.slice(0, 30)}… answered ${status} in ${elapsed} ms`);
    expect(status).toBe(503);
    expect(body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors[0].message).toMatch(/database does not answer/);
    expect(elapsed).toBeLessThan(6000);
  }

  await proxy.up();
  const back = await ask(cached);
  expect(back.status).toBe(200);
  expect(back.body.data.stats.articles).toBe(5);
});
