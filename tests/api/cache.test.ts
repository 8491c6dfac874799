/** The response cache never serves an answer older than the graph. */
import { loadRecord } from '../../src/graph/loader';
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
});
