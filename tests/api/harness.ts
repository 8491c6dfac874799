/** A real API over HTTP on the test Neo4j, loaded with the sample records. */
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Driver } from 'neo4j-driver';
import { loadRecord } from '../../src/graph/loader';
import { ApiOptions, serveApi } from '../../src/api/server';
import { query } from '../../src/graph/queries';
import { clearGraph, openTestDatabase } from '../helpers/database';
import { sampleRecords } from './samples';

export interface GraphQLResponse<Data = any> {
  status: number;
  data?: Data;
  errors?: Array<{ message: string; extensions?: { code?: string; suggestions?: string[] }; path?: string[] }>;
}

export interface Api {
  driver: Driver;
  url: string;
  query<Data = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  close(): Promise<void>;
}

export async function loadSamples(driver: Driver): Promise<void> {
  await clearGraph(driver);
  for (const record of sampleRecords()) await loadRecord(driver, record);
}

export async function startApi(options: ApiOptions = {}): Promise<Api> {
  const driver = await openTestDatabase();
  await loadSamples(driver);
  const server: Server = await serveApi(driver, 0, options);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    driver,
    url,
    async query(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await driver.close();
    },
  };
}

/** Cypher a spied driver ran for data, leaving out the graph-version check the response cache makes per request. */
export function dataQueries(spy: jest.SpyInstance): string[] {
  const version = query('graph-version');
  return spy.mock.calls.map((call) => String(call[0])).filter((text) => text !== version);
}
