/**
 * Issue 11, item 1: no request can stall the API. String arguments are bounded, suggestions
 * cost little, bodies are capped, and every request and every Neo4j transaction has a timeout.
 */
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { STRING_LIMITS } from '../../src/api/bounds';
import { boundedDistance } from '../../src/api/entities';
import { maskError } from '../../src/api/errors';
import { serveApi } from '../../src/api/server';
import { readText } from '../../src/graph/reader';
import { isTransactionTimeout, setTransactionTimeout, transactionTimeout } from '../../src/graph/timeout';
import { Api, startApi } from './harness';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('string arguments', () => {
  const long = (n: number) => 'x'.repeat(n);
  test.each([
    ['exchange from', '{ exchange(from: $s, to: "Russland") { sent { id } } }', 'from', STRING_LIMITS.name],
    ['exchange to', '{ exchange(from: "Iran", to: $s) { sent { id } } }', 'to', STRING_LIMITS.name],
    ['actor name', '{ actor(name: $s) { id } }', 'name', STRING_LIMITS.name],
    ['weapon name', '{ weapon(name: $s) { id } }', 'name', STRING_LIMITS.name],
    ['place name', '{ place(name: $s) { id } }', 'name', STRING_LIMITS.name],
    ['article id', '{ article(id: $s) { id } }', 'id', STRING_LIMITS.name],
    ['claims by', '{ claims(by: $s) { id } }', 'by', STRING_LIMITS.name],
    ['timeline actor', '{ timeline(actor: $s) { date } }', 'actor', STRING_LIMITS.name],
    ['timeline from', '{ timeline(actor: "Iran", from: $s) { date } }', 'from', STRING_LIMITS.date],
    ['search text', '{ search(text: $s) { score } }', 'text', STRING_LIMITS.text],
    ['transfers cursor', '{ transfers(after: $s) { totalCount } }', 'after', STRING_LIMITS.cursor],
    ['articles cursor', '{ articles(after: $s) { totalCount } }', 'after', STRING_LIMITS.cursor],
    ['filter supplier', '{ transfers(filter: { supplier: $s }) { totalCount } }', 'filter.supplier', STRING_LIMITS.name],
    ['filter item', '{ transfers(filter: { item: $s }) { totalCount } }', 'filter.item', STRING_LIMITS.name],
    ['filter date', '{ transfers(filter: { reportedAfter: $s }) { totalCount } }', 'filter.reportedAfter', STRING_LIMITS.date],
  ])('%s over its limit is BAD_USER_INPUT naming the argument and the limit', async (_, body, argument, limit) => {
    const type = argument === 'id' ? 'ID!' : /^(from|to|name|by|actor|text)$/.test(argument) ? 'String!' : 'String';
    const response = await api.query(`query ($s: ${type}) ${body}`, { s: long(limit + 1) });
    expect(response.errors).toHaveLength(1);
    const error = response.errors![0] as { message: string; extensions: Record<string, unknown> };
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, limit });
    expect(error.message).toContain(`"${argument}"`);
    expect(error.message).toContain(`limit is ${limit} characters`);
  });

  test('a name at the limit is looked up as usual (NOT_FOUND)', async () => {
    const response = await api.query('query ($s: String!) { actor(name: $s) { id } }', { s: long(STRING_LIMITS.name) });
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  test('the stall repro: 15 aliases with long names are refused at once and a concurrent stats query is not held up', async () => {
    // Issue 11: 15 aliases with 1.3 MB names took 67 s and held a concurrent stats query 65 s.
    const name = long(60_000); // 15 × 60 KB stays under the 1 MB body cap
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: actor(name: "${name}") { id }`).join(' ');
    const begin = Date.now();
    const [abusive, stats] = await Promise.all([api.query(`{ ${aliases} }`), api.query('{ stats { articles } }')]);
    const elapsed = Date.now() - begin;
    expect(abusive.errors).toHaveLength(15);
    expect(abusive.errors!.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(stats.errors).toBeUndefined();
    console.log(`stall repro: 15 × 60 KB names refused with stats answered in ${elapsed} ms`);

    const huge = long(1_300_000);
    const original = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: actor(name: "${huge}") { id }`).join(' ')} }`;
    const t0 = Date.now();
    const response = await post(api.url, JSON.stringify({ query: original }));
    expect(response.status).toBe(413);
    console.log(`stall repro: the original 19.5 MB request refused with 413 in ${Date.now() - t0} ms`);
  });

  test('suggestions cost is bounded: far-off lengths are not compared, the band stops early', () => {
    expect(boundedDistance('nordkoria', 'nordkorea', 3)).toBe(1);
    expect(boundedDistance('x'.repeat(200), 'russia', 3)).toBe(4);
    expect(boundedDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('request body', () => {
  test('a body over 1 MB is HTTP 413 with a clear message, declared or streamed', async () => {
    const big = JSON.stringify({ query: '{ stats { articles } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const declared = await post(api.url, big);
    expect(declared.status).toBe(413);
    const body = (await declared.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0].message).toContain('over the 1 MB limit (API_MAX_BODY)');

    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 65536) controller.enqueue(bytes.slice(i, i + 65536));
        controller.close();
      },
    });
    const chunked = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  test('a body under the cap is served as before', async () => {
    const response = await post(api.url, JSON.stringify({ query: '{ stats { articles } }', variables: { pad: 'x'.repeat(500_000) } }));
    expect(response.status).toBe(200);
  });
});

describe('timeouts', () => {
  test('a request that cannot finish answers HTTP 503 TIMEOUT within its limit, and the server goes on', async () => {
    const server: Server = await serveApi(api.driver, 0, { requestTimeoutMs: 500, responseCache: false });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const stall = jest.spyOn(api.driver, 'executeQuery').mockImplementation(() => new Promise(() => undefined));
    try {
      const begin = Date.now();
      const response = await post(url, JSON.stringify({ query: '{ stats { articles } }' }));
      const elapsed = Date.now() - begin;
      expect(response.status).toBe(503);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('TIMEOUT');
      expect(elapsed).toBeLessThan(15_000); // 500 ms configured; without it the request would hang
      stall.mockRestore();
      const after = await post(url, JSON.stringify({ query: '{ stats { articles } }' }));
      expect(after.status).toBe(200);
    } finally {
      stall.mockRestore();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('every read transaction has the configured timeout; the database stops a longer one', async () => {
    const before = transactionTimeout(api.driver);
    setTransactionTimeout(api.driver, 300);
    try {
      const begin = Date.now();
      const error = await readText(api.driver, 'UNWIND range(1, 300000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n').catch((e) => e);
      expect(isTransactionTimeout(error)).toBe(true);
      expect(Date.now() - begin).toBeLessThan(20_000); // 300 ms configured; the query alone runs far longer
      // The API names it: code TIMEOUT, HTTP 503, not "Unexpected error".
      const masked = maskError(new GraphQLError('x', { originalError: error }), 'Unexpected error.') as GraphQLError;
      expect(masked.extensions).toMatchObject({ code: 'TIMEOUT', http: { status: 503 } });
    } finally {
      setTransactionTimeout(api.driver, before);
    }
  });
});
