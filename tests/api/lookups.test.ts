/**
 * Lookups by name (issue 11.17): a person's surname alone resolves when one person bears it and
 * gives the candidates as suggestions when several do; claims(by:) for an unknown name is
 * NOT_FOUND, never an empty list.
 */
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Driver } from 'neo4j-driver';
import { serveApi } from '../../src/api/server';
import { loadRecord } from '../../src/graph/loader';
import { clearGraph, openTestDatabase } from '../helpers/database';
import { makeRecord } from '../helpers/records';

const LECORNU = 'France will deliver Mirage jets to Ukraine, Sébastien Lecornu said.';
const KIMS = 'North Korea has delivered shells to Russia, Kim Yo Jong said. Russia will deliver aircraft to North Korea, Kim Jong Un said.';

let driver: Driver;
let server: Server;
let url: string;

beforeAll(async () => {
  driver = await openTestDatabase();
  await clearGraph(driver);
  await loadRecord(
    driver,
    makeRecord({
      id: 'lecornu',
      text: LECORNU,
      actors: ['France', 'Ukraine'],
      people: ['Sébastien Lecornu'],
      claims: [{ supplier: 'France', recipient: 'Ukraine', category: 'aircraft', status: 'expected', evidence: LECORNU, attribution: 'Sébastien Lecornu' }],
    }),
  );
  await loadRecord(
    driver,
    makeRecord({
      id: 'kims',
      text: KIMS,
      actors: ['North Korea', 'Russia'],
      people: ['Kim Yo Jong', 'Kim Jong Un'],
      claims: [
        { supplier: 'North Korea', recipient: 'Russia', category: 'ammunition', status: 'delivered', evidence: 'North Korea has delivered shells to Russia, Kim Yo Jong said.', attribution: 'Kim Yo Jong' },
        { supplier: 'Russia', recipient: 'North Korea', category: 'aircraft', status: 'expected', evidence: 'Russia will deliver aircraft to North Korea, Kim Jong Un said.', attribution: 'Kim Jong Un' },
      ],
    }),
  );
  server = await serveApi(driver, 0);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await driver?.close();
});

async function ask(by: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: 'query($by: String!) { claims(by: $by) { quote saidBy { name } } }', variables: { by } }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: any }> };
}

test('a surname alone means the one person of that name, in any case or accent', async () => {
  for (const by of ['Lecornu', 'lecornu', 'Sébastien Lecornu', 'Sebastien Lecornu']) {
    const { data, errors } = await ask(by);
    expect(errors).toBeUndefined();
    expect(data.claims).toEqual([{ quote: LECORNU, saidBy: { name: 'Sébastien Lecornu' } }]);
  }
});

test('a name several people share is NOT_FOUND, suggesting each of them', async () => {
  const { errors } = await ask('Kim');
  expect(errors?.[0].extensions.code).toBe('NOT_FOUND');
  expect([...errors![0].extensions.suggestions].sort()).toEqual(['Kim Jong Un', 'Kim Yo Jong']);
});

test('a misspelt surname gets the person as a suggestion', async () => {
  const { errors } = await ask('Lecornou');
  expect(errors?.[0].extensions.code).toBe('NOT_FOUND');
  expect(errors?.[0].extensions.suggestions).toContain('Sébastien Lecornu');
});

test.each(['Nobody Known', 'Emmanuel Macron', 'Pentagon'])('claims(by: "%s") of a name the graph does not hold is NOT_FOUND', async (by) => {
  const { data, errors } = await ask(by);
  expect(data).toBeNull();
  expect(errors?.[0].extensions.code).toBe('NOT_FOUND');
  expect(errors?.[0].message).toContain(by);
});
