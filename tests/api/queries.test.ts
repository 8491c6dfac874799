/** Every query of issue 4 over real HTTP against the real Neo4j, loaded with the five samples. */
import { Api, dataQueries, startApi } from './harness';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

async function data<Data = any>(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await api.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data as Data;
}

async function errorOf(query: string, variables?: Record<string, unknown>) {
  const response = await api.query(query, variables);
  expect(response.errors).toHaveLength(1);
  expect(JSON.stringify(response)).not.toMatch(/\bat .*\.(ts|js):\d+|stack/);
  return response.errors![0];
}

const TRANSFER = 'id category status statuses disputed claimCount articleCount outletCount supplier { name } recipient { name }';

describe('exchange', () => {
  test('the headline question: what North Korea sent and what it expects in return, any alias', async () => {
    const { exchange } = await data(`{ exchange(from: "Pjöngjang", to: "Moskau") {
      from { name } to { name }
      sent { ${TRANSFER} items { name } claims { quote article { outlet publishedAt } } }
      expectedToSend { id } receivedInReturn { id }
      expectedInReturn { ${TRANSFER} } unconfirmed { ${TRANSFER} } denied { id } } }`);
    expect(exchange.from.name).toBe('North Korea');
    expect(exchange.sent.map((t: any) => t.category)).toEqual(expect.arrayContaining(['MISSILE', 'AMMUNITION', 'ARTILLERY']));
    const missile = exchange.sent.find((t: any) => t.category === 'MISSILE');
    expect(missile).toMatchObject({ status: 'DELIVERED', claimCount: 2, articleCount: 2, outletCount: 2 });
    expect(missile.items.map((i: any) => i.name)).toContain('KN-23');
    expect(missile.claims.map((c: any) => c.article.publishedAt)).toEqual(['2024-01-04', '2024-01-05']);
    expect(exchange.expectedInReturn.map((t: any) => t.id).sort()).toEqual(['russia->north-korea:aircraft', 'russia->north-korea:technology']);
    expect(exchange.unconfirmed.map((t: any) => t.id)).toEqual(['russia->north-korea:equipment']);
    expect(exchange.expectedToSend).toEqual([]);
  });

  test('a misspelt actor is NOT_FOUND with suggestions', async () => {
    const error = await errorOf('{ exchange(from: "Nordkoria", to: "Russland") { sent { id } } }');
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect(error.extensions?.suggestions).toContain('North Korea');
  });

  test('an empty name is BAD_USER_INPUT', async () => {
    expect((await errorOf('{ exchange(from: " ", to: "Russland") { sent { id } } }')).extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('one request loads its transfers and claims in one round trip each (DataLoader)', async () => {
    const spy = jest.spyOn(api.driver, 'executeQuery');
    try {
      const headline = '{ exchange(from: "Nordkorea", to: "Russland") { sent { claims { quote } } expectedInReturn { claims { quote } } unconfirmed { claims { quote } } } }';
      await data(headline);
      // entity-lookup (both names), exchange, transfers-by-id, claims-by-id
      expect(dataQueries(spy)).toHaveLength(4);
      // Asked again of an unchanged graph: answered from the response cache.
      spy.mockClear();
      await data(headline);
      expect(dataQueries(spy)).toHaveLength(0);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('transfers', () => {
  const PAGE = `query Page($filter: TransferFilter, $first: Int, $after: String) {
    transfers(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${TRANSFER} } } } }`;

  test('pages follow each other in id order with stable cursors and a total', async () => {
    const all = (await data(PAGE, { first: 100 })).transfers;
    expect(all.totalCount).toBe(7);
    const ids = all.edges.map((e: any) => e.node.id);
    expect(ids).toEqual([...ids].sort());
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { transfers }: any = await data(PAGE, { first: 3, after });
      expect(transfers.totalCount).toBe(7);
      seen.push(...transfers.edges.map((e: any) => e.node.id));
      expect(transfers.pageInfo.endCursor).toBe(transfers.edges.at(-1)?.cursor ?? null);
      if (!transfers.pageInfo.hasNextPage) break;
      after = transfers.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);
  });

  test('filters: supplier, recipient, status, category, item, reported dates, corroboration', async () => {
    const ids = async (filter: Record<string, unknown>) => (await data(PAGE, { filter, first: 50 })).transfers.edges.map((e: any) => e.node.id);
    expect(await ids({ supplier: 'Teheran' })).toEqual(['iran->russia:missile']);
    expect(await ids({ recipient: 'Nordkorea', status: 'EXPECTED' })).toEqual(['russia->north-korea:aircraft', 'russia->north-korea:technology']);
    expect(await ids({ category: ['ARTILLERY', 'AMMUNITION'] })).toEqual(['north-korea->russia:ammunition', 'north-korea->russia:artillery']);
    expect(await ids({ item: 'Koksan' })).toEqual(['north-korea->russia:artillery']);
    expect(await ids({ reportedAfter: '2024-06-01' })).toEqual(['north-korea->russia:artillery']);
    expect(await ids({ reportedBefore: '2023-12-31' })).toEqual(['north-korea->russia:ammunition', 'north-korea->russia:artillery']);
    expect(await ids({ minCorroboration: 2, status: ['NEGOTIATING'] })).toEqual(['iran->russia:missile']);
  });

  test('bad input is BAD_USER_INPUT: page size, cursor, date', async () => {
    for (const variables of [{ first: 101 }, { first: -1 }, { after: 'not-a-cursor' }, { filter: { reportedAfter: '2024-13-01' } }]) {
      expect((await errorOf(PAGE, variables)).extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('entities', () => {
  test('actor(name) by any alias, with supplied, received, partners and aliases', async () => {
    const { actor } = await data(`{ actor(name: "Teheran") { id name kind aliases
      supplied { id status disputed statuses } received { id }
      partners { actor { name } supplied { total negotiating denied } received { total } } } }`);
    expect(actor).toMatchObject({ id: 'iran', name: 'Iran', kind: 'state', received: [] });
    expect(actor.aliases).toEqual(expect.arrayContaining(['Iran', 'Teheran']));
    expect(actor.supplied).toEqual([{ id: 'iran->russia:missile', status: 'NEGOTIATING', disputed: true, statuses: ['NEGOTIATING', 'DENIED'] }]);
    expect(actor.partners).toEqual([{ actor: { name: 'Russia' }, supplied: { total: 1, negotiating: 1, denied: 0 }, received: { total: 0 } }]);
  });

  test('partners count per direction and status', async () => {
    const { actor } = await data('{ actor(name: "Russland") { partners { actor { id } supplied { total expected unconfirmed } received { total delivered negotiating } } } }');
    expect(actor.partners).toEqual([
      { actor: { id: 'north-korea' }, supplied: { total: 3, expected: 2, unconfirmed: 1 }, received: { total: 3, delivered: 3, negotiating: 0 } },
      { actor: { id: 'iran' }, supplied: { total: 0, expected: 0, unconfirmed: 0 }, received: { total: 1, delivered: 0, negotiating: 1 } },
    ]);
  });

  test('an actor\'s capital for the map, from the lexicon; an item\'s aliases for highlighting', async () => {
    const { actor } = await data(`{ actor(name: "Nordkorea") { capital { name latitude longitude }
      supplied { recipient { name } category items { name kind aliases } } } }`);
    expect(actor.capital).toEqual({ name: 'Pyongyang', latitude: expect.closeTo(39.0, 0), longitude: expect.closeTo(125.8, 0) });
    const items = actor.supplied.flatMap((t: { items: unknown[] }) => t.items);
    expect(items).toContainEqual({ name: 'KN-23', kind: 'system', aliases: ['KN-23'] });
  });

  test('actor(name) unknown: null and NOT_FOUND', async () => {
    const response = await api.query('{ actor(name: "Atlantis") { id } }');
    expect(response.data).toEqual({ actor: null });
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  test('weapon(name) with category, origin and transfers', async () => {
    const { weapon } = await data('{ weapon(name: "Koksan") { id name kind category origin { name } aliases transfers { id } } }');
    expect(weapon).toMatchObject({ id: 'm1989-koksan', kind: 'system', category: 'ARTILLERY', origin: { name: 'North Korea' }, transfers: [{ id: 'north-korea->russia:artillery' }] });
    expect(weapon.aliases).toEqual(expect.arrayContaining(['M1989', 'Koksan']));
    const misspelt = await errorOf('{ weapon(name: "KN-32") { id } }');
    expect(misspelt.extensions).toMatchObject({ code: 'NOT_FOUND', suggestions: expect.arrayContaining(['KN-23']) });
  });

  test('place(name) with coordinates and the articles mentioning it', async () => {
    const { place } = await data('{ place(name: "Saporischschja") { name kind latitude longitude articles { title publishedAt } } }');
    expect(place).toEqual({
      name: 'Zaporizhzhia Oblast',
      kind: 'region',
      latitude: 47.5,
      longitude: 35.5,
      articles: [{ title: 'USA: Russland setzt Raketen aus Nordkorea gegen Ukraine ein', publishedAt: '2024-01-05' }],
    });
  });
});

describe('articles and claims', () => {
  test('articles: newest first, undated last, paged with stable cursors; article(id) with claims and mentions', async () => {
    const PAGE = 'query($after: String) { articles(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id publishedAt } } } }';
    const dates: Array<string | null> = [];
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const { articles }: any = await data(PAGE, { after });
      expect(articles.totalCount).toBe(5);
      dates.push(...articles.edges.map((e: any) => e.node.publishedAt));
      ids.push(...articles.edges.map((e: any) => e.node.id));
      after = articles.pageInfo.hasNextPage ? articles.pageInfo.endCursor : null;
    } while (after);
    expect(dates).toEqual(['2024-11-16', '2024-01-05', '2024-01-04', '2023-10-14', null]);
    const { article } = await data('query($id: ID!) { article(id: $id) { title outlet text claims { quote start end status } mentions { type name count } } }', { id: ids[1] });
    expect(article.outlet).toBe('DW');
    for (const claim of article.claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(article.mentions).toEqual(expect.arrayContaining([{ type: 'person', name: 'John Kirby', count: expect.any(Number) }, expect.objectContaining({ type: 'place', name: 'Zaporizhzhia Oblast' })]));
    expect((await errorOf('{ article(id: "nope") { id } }')).extensions?.code).toBe('NOT_FOUND');
  });

  test('claims(by): what a person says, and what an institution says through its people', async () => {
    const { claims } = await data('{ claims(by: "Kirby") { quote saidBy { name type role affiliation { name } } article { publishedAt } } }');
    expect(claims.length).toBe(9);
    expect(claims[0].article.publishedAt).toBe('2024-01-05');
    expect(claims.at(-1).article.publishedAt).toBeNull();
    expect(claims[0].saidBy).toEqual({ name: 'John Kirby', type: 'person', role: 'spokesman', affiliation: { name: 'United States' } });
    const viaInstitution = await data('{ claims(by: "Weißen Haus", first: 3) { saidBy { name } } }');
    expect(viaInstitution.claims).toEqual([{ saidBy: { name: 'John Kirby' } }, { saidBy: { name: 'John Kirby' } }, { saidBy: { name: 'John Kirby' } }]);
  });

  test('timeline(actor, from, to): reports in date order, both roles', async () => {
    const { timeline } = await data('{ timeline(actor: "Russland", from: "2024-01-01", to: "2024-01-31") { date role status transfer { id } claim { quote } } }');
    const dates = timeline.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d: string) => d >= '2024-01-01' && d <= '2024-01-31')).toBe(true);
    expect(new Set(timeline.map((e: any) => e.role))).toEqual(new Set(['supplied', 'received']));
    expect(timeline).toHaveLength(7);
    expect((await errorOf('{ timeline(actor: "Russland", from: "Jan 2024") { date } }')).extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('contradictions keep every claim and show the disagreement', async () => {
    const { contradictions } = await data('{ contradictions { id disputed disagreements statuses claims { status } } }');
    expect(contradictions).toEqual([
      { id: 'iran->russia:missile', disputed: true, disagreements: ['STATUS'], statuses: ['NEGOTIATING', 'DENIED'], claims: [{ status: 'NEGOTIATING' }, { status: 'DENIED' }, { status: 'NEGOTIATING' }] },
    ]);
  });

  test('search: full text over claims and articles, accents folded, scored; any text is safe', async () => {
    const { search } = await data('{ search(text: "Pjongjang Koksan", first: 10) { kind score claim { quote } article { title } } }');
    expect(search.length).toBeGreaterThan(0);
    expect(search.map((h: any) => h.score)).toEqual([...search.map((h: any) => h.score)].sort((a: number, b: number) => b - a));
    expect(search.some((h: any) => h.kind === 'CLAIM' && h.claim.quote.includes('Pjöngjang'))).toBe(true);
    expect(search.filter((h: any) => h.kind === 'ARTICLE').every((h: any) => h.claim === null)).toBe(true);
    expect((await data('{ search(text: "KN-23 (AND \\"") { kind } }')).search.length).toBeGreaterThan(0);
    expect((await errorOf('{ search(text: "  ") { kind } }')).extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('stats count what the graph holds', async () => {
    const { stats } = await data('{ stats { articles outlets claims transfers disputedTransfers actors people places weapons byStatus { total delivered expected negotiating unconfirmed denied } byCategory { category transfers } } }');
    expect(stats).toMatchObject({ articles: 5, outlets: 4, claims: 13, transfers: 7, disputedTransfers: 1, actors: 5, people: 1, places: 3 });
    expect(stats.byStatus).toEqual({ total: 7, delivered: 3, expected: 2, negotiating: 1, unconfirmed: 1, denied: 0 });
    expect(stats.byCategory[0]).toEqual({ category: 'MISSILE', transfers: 2 });
  });
});
