import fs from 'node:fs';
import path from 'node:path';
import { createServer, Server } from 'node:http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { Driver } from 'neo4j-driver';
import { armor } from './armor';
import { responseCache } from './cache';
import { createContext } from './context';
import { EXAMPLES, HEADLINE_QUERY } from './examples';
import { resolvers } from './resolvers';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

export interface ApiOptions {
  /** Keep answers until the graph changes (default); off to measure the uncached path. */
  responseCache?: boolean;
}

export function createApi(driver: Driver, options: ApiOptions = {}) {
  const schema = makeExecutableSchema({ typeDefs: fs.readFileSync(SCHEMA_FILE, 'utf8'), resolvers });
  return createYoga({
    schema,
    context: () => createContext(driver),
    // The headline question opens first; the other saved examples are tabs beside it.
    graphiql: { title: 'armsgraph', defaultQuery: HEADLINE_QUERY, defaultTabs: EXAMPLES.map((e) => ({ query: e.query })) },
    renderGraphiQL,
    plugins: options.responseCache === false ? armor() : [...armor(), responseCache(driver)],
    // Unexpected errors reach clients as "Unexpected error." without stack traces.
    maskedErrors: true,
    landingPage: false,
  });
}

/** Serves the API on 127.0.0.1:port (0 picks a free port); resolves once listening. */
export function serveApi(driver: Driver, port: number, options: ApiOptions = {}): Promise<Server> {
  const server = createServer(createApi(driver, options));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
