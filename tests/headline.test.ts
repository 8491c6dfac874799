/** The headline question end to end: seeds extracted and loaded, asked over real HTTP. */
import fs from 'node:fs';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { Driver } from 'neo4j-driver';
import { serveApi } from '../src/api/server';
import { HEADLINE_QUERY } from '../src/api/examples';
import { loadSeeds } from '../src/seeds';
import { clearGraph, graphCounts, openTestDatabase } from './helpers/database';

const SEEDS = path.resolve(__dirname, '..', 'seeds');
const seedTexts = fs.readdirSync(SEEDS).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));

interface TransferView {
  category: string;
  status: string;
  supplier: { name: string };
  recipient: { name: string };
  items: Array<{ name: string }>;
  claims: Array<{ quote: string; status: string; article: { title: string | null } }>;
}

const SECTIONS = ['sent', 'expectedToSend', 'receivedInReturn', 'expectedInReturn', 'unconfirmed', 'denied', 'halted'];

describe('headline question on the sample articles', () => {
  let driver: Driver;
  let server: Server;
  let url: string;

  async function ask(query: string, variables?: Record<string, unknown>) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: any }> };
  }

  beforeAll(async () => {
    driver = await openTestDatabase();
    await clearGraph(driver);
    const summary = await loadSeeds(driver, SEEDS);
    expect(summary.failures).toEqual([]);
    server = await serveApi(driver, 0);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await driver?.close();
  });

  test('loading the seeds again changes no node or relationship', async () => {
    const before = await graphCounts(driver);
    const again = await loadSeeds(driver, SEEDS);
    expect(again).toMatchObject({ loaded: 0, replaced: 0, unchanged: seedTexts.length, failures: [] });
    expect(await graphCounts(driver)).toEqual(before);
  });

  test('North Korea sent missiles, containers of equipment and munitions, artillery and soldiers; Russia is expected to send aircraft, air defence, armour and technology', async () => {
    const { data, errors } = await ask(HEADLINE_QUERY);
    expect(errors).toBeUndefined();
    const sent: TransferView[] = data.exchange.sent;
    const expected: TransferView[] = data.exchange.expectedInReturn;

    expect(sent.map((t) => t.category)).toEqual(expect.arrayContaining(['MISSILE', 'EQUIPMENT', 'AMMUNITION', 'ARTILLERY', 'PERSONNEL']));
    expect(expected.map((t) => t.category)).toEqual(expect.arrayContaining(['AIRCRAFT', 'AIR_DEFENCE', 'ARMOURED_VEHICLE', 'TECHNOLOGY']));
    for (const t of sent) expect([t.supplier.name, t.recipient.name, t.status]).toEqual(['North Korea', 'Russia', 'DELIVERED']);
    for (const t of expected) {
      expect([t.supplier.name, t.recipient.name]).toEqual(['Russia', 'North Korea']);
      expect(['EXPECTED', 'NEGOTIATING']).toContain(t.status);
    }
    const missile = sent.find((t) => t.category === 'MISSILE')!;
    expect(missile.items.map((i) => i.name.toLowerCase()).join(' ')).toMatch(/ballistic missile/);
    expect(missile.items.map((i) => i.name.toLowerCase()).join(' ')).toMatch(/launcher/);
  });

  test('every transfer carries claims whose quotes occur in the article texts', async () => {
    const { data } = await ask(HEADLINE_QUERY);
    const transfers: TransferView[] = [...data.exchange.sent, ...data.exchange.expectedInReturn];
    for (const t of transfers) {
      expect(t.claims.length).toBeGreaterThan(0);
      for (const claim of t.claims) expect(seedTexts.some((text) => text.includes(claim.quote))).toBe(true);
    }
  });

  test('the headline shows every section of the exchange and each claim with its own status (issue 11.16)', async () => {
    const { data } = await ask(HEADLINE_QUERY);
    expect(Object.keys(data.exchange).sort()).toEqual([...SECTIONS].sort());
    const transfers: TransferView[] = SECTIONS.flatMap((section) => data.exchange[section]);
    const claims = transfers.flatMap((t) => t.claims);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(['DELIVERED', 'EXPECTED', 'NEGOTIATING', 'UNCONFIRMED', 'DENIED', 'HALTED']).toContain(claim.status);
    // A claim weaker than its transfer's status is visible as such.
    expect(transfers.some((t) => t.claims.some((c) => c.status !== t.status))).toBe(true);
  });

  test('the README shows the same headline query GraphiQL opens with', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '..', 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(HEADLINE_QUERY);
  });

  test('names resolve in German and English', async () => {
    const query = 'query($a: String!, $b: String!) { exchange(from: $a, to: $b) { from { id } to { id } } }';
    for (const [a, b] of [['North Korea', 'Russia'], ['Pjöngjang', 'Moskau'], ['DPRK', 'Russian Federation']]) {
      const { data, errors } = await ask(query, { a, b });
      expect(errors).toBeUndefined();
      expect(data.exchange).toEqual({ from: { id: 'north-korea' }, to: { id: 'russia' } });
    }
  });

  test('an unknown actor is a NOT_FOUND error with suggestions, not an empty answer', async () => {
    const { data, errors } = await ask('{ exchange(from: "Nordkoria", to: "Russland") { sent { category } } }');
    expect(data).toBeNull();
    expect(errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(errors?.[0].message).toMatch(/Nordkoria/);
    expect(errors?.[0].extensions.suggestions).toContain('North Korea');
  });
});
