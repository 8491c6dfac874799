/** Saved examples work on the samples and stay inside the limits; abusive queries are refused before they run. */
import { getOperationAST, parse } from 'graphql';
import { LIMITS } from '../../src/api/armor';
import { EXAMPLES, HEADLINE_QUERY } from '../../src/api/examples';
import { Api, dataQueries, startApi } from './harness';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

/** The name GraphiQL gives an example's tab. */
const operationName = (query: string) => getOperationAST(parse(query))?.name?.value;

test.each(EXAMPLES.map((query) => [operationName(query), query]))('example "%s" answers on the samples', async (_, query) => {
  const response = await api.query(query);
  expect(response.errors).toBeUndefined();
  const values = Object.values(response.data as Record<string, unknown>);
  expect(values.every((v) => v !== null && (!Array.isArray(v) || v.length > 0))).toBe(true);
});

test('GraphiQL opens on the headline question, with the other examples as tabs', async () => {
  const page = await (await fetch(api.url, { headers: { accept: 'text/html' } })).text();
  const options = JSON.parse(/renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/s.exec(page)![1]);
  expect(options.defaultQuery).toBe(HEADLINE_QUERY);
  expect(options.defaultTabs.map((t: { query: string }) => t.query)).toEqual(EXAMPLES);
  expect(options.defaultTabs[0].query).toBe(HEADLINE_QUERY);
  // GraphiQL titles a tab by its operation name, "<untitled>" without one.
  const names = EXAMPLES.map(operationName);
  expect(names.every((name) => name !== undefined && /^[A-Z]\w+$/.test(name))).toBe(true);
  expect(new Set(names).size).toBe(EXAMPLES.length);
  expect(page).not.toMatch(/https?:\/\/(unpkg|cdn)/);
});

function nested(depth: number): string {
  // actor → partners → actor → partners → … → name
  let selection = 'name';
  for (let i = 1; i < depth; i++) selection = i % 2 ? `actor { ${selection} }` : `partners { ${selection} }`;
  return `{ actor(name: "Russland") { partners { ${selection} } } }`;
}

test.each([
  ['too deep', nested(LIMITS.depth + 2)],
  ['too many aliases', `{ ${Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`],
  ['too costly', `{ transfers(first: 100) { edges { node { claims { transfer { claims { transfer { claims { article { text claims { quote transfer { id } } } } } } } } } } } }`],
])('%s: refused with QUERY_LIMIT_EXCEEDED, nothing runs', async (_, query) => {
  const spy = jest.spyOn(api.driver, 'executeQuery');
  try {
    const response = await api.query(query);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
    expect(dataQueries(spy)).toEqual([]);
  } finally {
    spy.mockRestore();
  }
});

test('a query just inside the depth limit runs', async () => {
  const response = await api.query(nested(LIMITS.depth - 2));
  expect(response.errors).toBeUndefined();
});
