import path from 'node:path';
import dotenv from 'dotenv';

/** Settings come from the environment, then `.env` in the working directory (see `.env.example`). */
export interface Config {
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
  /** HTTP port of a Neo4j that armsgraph starts itself (Neo4j Browser). */
  neo4jHttpPort: number;
  /** Folder of the locally started Neo4j: jars, configuration, data, logs. */
  neo4jHome: string;
  port: number;
}

export class ConfigError extends Error {
  constructor(setting: string, value: string, expected: string) {
    super(`Setting ${setting}="${value}" is not valid: expected ${expected}. Fix it in .env or the environment (see .env.example).`);
    this.name = 'ConfigError';
  }
}

function port(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new ConfigError(name, raw, 'a port number from 1 to 65535');
  return value;
}

/** Reads settings; `overrides` win over the environment and .env (tests use their own database). */
export function loadConfig(overrides: Record<string, string> = {}): Config {
  dotenv.config({ quiet: true });
  const env: Record<string, string | undefined> = { ...process.env, ...overrides };
  const neo4jUri = env.NEO4J_URI || 'bolt://127.0.0.1:7687';
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(neo4jUri)) {
    throw new ConfigError('NEO4J_URI', neo4jUri, 'a Bolt URI such as bolt://127.0.0.1:7687');
  }
  return {
    neo4jUri,
    neo4jUser: env.NEO4J_USER || 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD || 'armsgraph-dev',
    neo4jHttpPort: port(env, 'NEO4J_HTTP_PORT', 7474),
    neo4jHome: path.resolve(env.NEO4J_HOME || '.neo4j'),
    port: port(env, 'PORT', 4000),
  };
}

/** Host and Bolt port of the configured URI; the local server is started only for loopback hosts. */
export function boltAddress(config: Config): { host: string; port: number; isLocal: boolean } {
  const url = new URL(config.neo4jUri.replace(/^[a-z0-9+]+:/, 'http:'));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return {
    host,
    port: url.port ? Number(url.port) : 7687,
    isLocal: host === 'localhost' || host === '::1' || /^127\./.test(host),
  };
}
