import fs from 'node:fs';
import path from 'node:path';
import { createServer, Server } from 'node:http';
import { createServer as createNetServer, Server as NetServer } from 'node:net';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { Driver } from 'neo4j-driver';
import { Config, DEFAULTS } from '../config';
import { isDatabaseUnavailable, unavailableCause } from '../graph/database';
import { armor } from './armor';
import { variableDepthLimit } from './variables';
import { boundStringArguments } from './bounds';
import { maskError } from './errors';
import { HttpLimits, limitedHandler } from './http';
import { BoundedCache, CacheLimits, responseCache } from './cache';
import { createContext } from './context';
import { EXAMPLES, HEADLINE_QUERY } from './examples';
import { EXPLORER_DIR, explorerHandler } from './explorer';
import { resolvers } from './resolvers';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

export interface ApiOptions {
  /** Keep answers until the graph changes (default); off to measure the uncached path. */
  responseCache?: boolean;
  /** Largest request body in bytes (API_MAX_BODY, default 1 MB). */
  maxBodyBytes?: number;
  /** Time limit of one request in ms (API_REQUEST_TIMEOUT_MS, default 10 s). */
  requestTimeoutMs?: number;
  /** Bounds of the response cache (API_CACHE_MAX_ENTRIES, API_CACHE_MAX_BYTES). */
  cacheLimits?: CacheLimits;
  /** The cache to use (tests look into it); by default a new one with `cacheLimits`. */
  cache?: BoundedCache;
  /** Origins whose pages may call the API (API_CORS_ORIGINS); none by default: same origin only. */
  corsOrigins?: string[];
  /** The built explorer page served at `/` (default dist/explorer, written by `npm run build`). */
  explorerDir?: string;
}

/**
 * CORS: by default no cross-origin headers at all, so a web page of another origin cannot read
 * answers (GraphiQL, served here, is same-origin). Listed origins may, without credentials.
 */
function cors(origins: string[]) {
  if (origins.length === 0) return false;
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !(origins.includes('*') || origins.includes(origin))) return false as const;
    return { origin, credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'accept'], maxAge: 600 };
  };
}

/** The API's options from the settings (src/config.ts). */
export function apiOptions(config: Config): ApiOptions {
  return {
    maxBodyBytes: config.apiMaxBodyBytes,
    requestTimeoutMs: config.apiRequestTimeoutMs,
    cacheLimits: { maxEntries: config.apiCacheMaxEntries, maxBytes: config.apiCacheMaxBytes },
    corsOrigins: config.apiCorsOrigins,
  };
}

function httpLimits(options: ApiOptions): HttpLimits {
  return {
    maxBodyBytes: options.maxBodyBytes ?? DEFAULTS.apiMaxBodyBytes,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULTS.apiRequestTimeoutMs,
  };
}

function logText(value: unknown): string {
  if (isDatabaseUnavailable(value)) return `Neo4j does not answer (${unavailableCause(value)}); requests get DATABASE_UNAVAILABLE until it is back`;
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}

export function createApi(driver: Driver, options: ApiOptions = {}) {
  const schema = boundStringArguments(makeExecutableSchema({ typeDefs: fs.readFileSync(SCHEMA_FILE, 'utf8'), resolvers }));
  return createYoga({
    schema,
    context: () => createContext(driver),
    cors: cors(options.corsOrigins ?? []),
    // The headline question opens first; the other saved examples are tabs beside it.
    graphiql: { title: 'armsgraph', defaultQuery: HEADLINE_QUERY, defaultTabs: EXAMPLES.map((query) => ({ query })) },
    renderGraphiQL,
    plugins:
      options.responseCache === false
        ? [variableDepthLimit(), ...armor()]
        : [
            variableDepthLimit(),
            ...armor(),
            responseCache(
              driver,
              options.cache ??
                new BoundedCache(options.cacheLimits ?? { maxEntries: DEFAULTS.apiCacheMaxEntries, maxBytes: DEFAULTS.apiCacheMaxBytes }),
            ),
          ],
    // Unexpected errors reach clients as "Unexpected error." without stack traces; timeouts are typed.
    maskedErrors: { maskError },
    landingPage: false,
    // One line per failure in the server log, not the driver's stack trace each time.
    logging: {
      debug: () => undefined,
      info: (...args: unknown[]) => console.info(...args),
      warn: (...args: unknown[]) => console.warn(...args),
      error: (...args: unknown[]) => console.error(`armsgraph API: ${args.map(logText).join(' ').split('\n')[0].slice(0, 300)}`),
    },
  });
}

/** Serves the API on 127.0.0.1:port (0 picks a free port), and the explorer page at `/`; resolves once listening. */
export function serveApi(driver: Driver, port: number, options: ApiOptions = {}): Promise<Server> {
  const limits = httpLimits(options);
  const server = createServer(explorerHandler(options.explorerDir ?? EXPLORER_DIR, limitedHandler(createApi(driver, options), limits)));
  // Slow senders: the whole request (headers and body) must arrive within the time limit too.
  server.requestTimeout = limits.requestTimeoutMs + 1000;
  server.headersTimeout = Math.min(server.requestTimeout, 60_000);
  return listen(server, port).then(() => server);
}

/** A port already taken is a message saying what to do, not a raw EADDRINUSE. */
function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new Error(`port ${port} is in use: another \`npm start\` or another program listens on 127.0.0.1:${port}. Stop it, or set PORT in .env (or the environment) to a free port.`);
  }
  if (error.code === 'EACCES') return new Error(`port ${port} needs privileges this user lacks: set PORT to a port above 1023.`);
  return error;
}

function listen(server: NetServer, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, port)));
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

/** Fails with the message of serveApi when the port is taken, before anything else starts (npm start checks first). */
export async function checkPortFree(port: number): Promise<void> {
  const probe = createNetServer();
  await listen(probe, port);
  await new Promise((resolve) => probe.close(resolve));
}
