/** Issue 11, item 8: malformed input is BAD_USER_INPUT, never HTTP 500 or INTERNAL_SERVER_ERROR. */
import { Api, startApi } from './harness';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

test('deeply nested variables are BAD_USER_INPUT with the limit, not a stack overflow (HTTP 500)', async () => {
  const depth = 100_000;
  const body = `{"query":"query ($s: String) { actor(name: $s) { id } }","variables":{"s":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as any;
  expect(response.status).toBe(400);
  expect(json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 32 });
  expect(json.errors[0].message).toMatch(/"variables" is nested more than 32 levels/);
  // and the server still answers
  expect((await api.query('{ stats { articles } }')).errors).toBeUndefined();
});

test('a variables object of ordinary depth still works', async () => {
  const response = await api.query('query ($f: TransferFilter) { transfers(filter: $f) { totalCount } }', { f: { supplier: 'Nordkorea', status: ['DELIVERED'] } });
  expect(response.errors).toBeUndefined();
});

test.each([
  ['transfers, an object for an id', 'transfers', cursor(['transfers', { id: 'x' }])],
  ['transfers, a number', 'transfers', cursor(['transfers', 5])],
  ['articles, a string', 'articles', cursor(['articles', 'zzz'])],
  ['articles, wrong field types', 'articles', cursor(['articles', { date: 5, id: [] }])],
  ['articles, extra fields', 'articles', cursor(['articles', { date: '', id: 'a', more: 1 }])],
  ['a cursor of the other kind', 'transfers', cursor(['articles', { date: '', id: 'a' }])],
  ['not base64 JSON', 'articles', '!!!'],
])('a forged cursor (%s) is BAD_USER_INPUT', async (_, field, after) => {
  const response = await api.query(`query ($a: String) { ${field}(after: $a) { totalCount } }`, { a: after });
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors?.[0].message).toMatch(/is not a cursor of/);
});
