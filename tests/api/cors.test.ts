/** Issue 11, item 3: no web page of another origin can read the graph, unless allowed by setting. */
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { serveApi } from '../../src/api/server';
import { loadConfig } from '../../src/config';
import { openTestDatabase } from '../helpers/database';
import { Driver } from 'neo4j-driver';

let driver: Driver;
beforeAll(async () => {
  driver = await openTestDatabase();
});
afterAll(() => driver?.close());

async function withServer(corsOrigins: string[] | undefined, body: (url: string) => Promise<void>) {
  const server: Server = await serveApi(driver, 0, { corsOrigins, responseCache: false });
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const ask = (url: string, origin: string, method = 'POST') =>
  fetch(url, {
    method,
    headers: { origin, 'content-type': 'application/json', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    body: method === 'POST' ? JSON.stringify({ query: '{ stats { articles } }' }) : undefined,
  });

test('by default a page of another origin gets no CORS headers: the browser keeps the answer from it', async () => {
  await withServer(undefined, async (url) => {
    for (const method of ['POST', 'OPTIONS']) {
      const response = await ask(url, 'http://evil.example', method);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
    // The API itself still answers (same-origin pages and non-browser clients).
    expect((await ask(url, 'http://evil.example')).status).toBe(200);
  });
});

test('API_CORS_ORIGINS lists the origins that may read it, without credentials', async () => {
  await withServer(['https://allowed.example', 'http://localhost:3000'], async (url) => {
    const allowed = await ask(url, 'https://allowed.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(allowed.headers.get('access-control-allow-credentials')).not.toBe('true');
    const preflight = await ask(url, 'http://localhost:3000', 'OPTIONS');
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const other = await ask(url, 'http://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

test('API_CORS_ORIGINS is read from the settings and checked', () => {
  expect(loadConfig({ API_CORS_ORIGINS: '' }).apiCorsOrigins).toEqual([]);
  expect(loadConfig({ API_CORS_ORIGINS: 'https://a.example, http://localhost:3000' }).apiCorsOrigins).toEqual(['https://a.example', 'http://localhost:3000']);
  expect(() => loadConfig({ API_CORS_ORIGINS: 'https://a.example/path' })).toThrow(/API_CORS_ORIGINS.*no path/);
});
