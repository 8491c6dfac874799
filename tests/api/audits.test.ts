/**
 * GraphQL over HTTP conformance: graphql-http's server audits against the running API. Every
 * MUST passes; SHOULD and MAY results are printed (see README, "GraphQL API").
 */
import { serverAudits } from 'graphql-http';
import { Api, startApi } from './harness';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

const audits = serverAudits({ url: () => api.url });

test.each(audits.filter((a) => a.name.startsWith('MUST')).map((a) => [a.name, a]))('%s', async (_, audit) => {
  const result = await audit.fn();
  expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
});

test('SHOULD and MAY audits (reported, not required)', async () => {
  const lines: string[] = [];
  for (const audit of audits.filter((a) => !a.name.startsWith('MUST'))) {
    const result = await audit.fn();
    lines.push(`${result.status === 'ok' ? 'ok  ' : result.status.padEnd(4)} ${audit.name}${result.status === 'ok' ? '' : ` (${result.reason})`}`);
  }
  const passed = lines.filter((l) => l.startsWith('ok')).length;
  console.log(`graphql-http SHOULD/MAY audits: ${passed} of ${lines.length} ok\n${lines.join('\n')}`);
  expect(lines.length).toBeGreaterThan(0);
});
