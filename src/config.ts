import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';

/**
 * Settings come from the environment, then `.env` at the project root (see `.env.example`),
 * whatever the working directory: a command run from a subfolder uses the same database.
 */
export interface Config {
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
  /**
   * Where the password came from: NEO4J_PASSWORD (`setting`), the file a local Neo4j's password
   * is kept in (`file`, see passwordFile()), or nowhere yet (`none`: a local Neo4j armsgraph
   * starts gets a generated one, stored in that file).
   */
  neo4jPasswordSource: 'setting' | 'file' | 'none';
  /** HTTP port of a Neo4j that armsgraph starts itself (Neo4j Browser). */
  neo4jHttpPort: number;
  /** Folder of the locally started Neo4j: jars, configuration, data, logs. */
  neo4jHome: string;
  port: number;
  /** Where NEO4J_URI came from, for the line every command starts with (describeDatabase()). */
  neo4jUriSource: string;
  /** Origins whose web pages may call the API (API_CORS_ORIGINS); empty: same origin only. */
  apiCorsOrigins: string[];
  /** Largest request body the API reads (API_MAX_BODY); a larger one is HTTP 413. */
  apiMaxBodyBytes: number;
  /** Longest time one API request may take (API_REQUEST_TIMEOUT_MS); then HTTP 503, code TIMEOUT. */
  apiRequestTimeoutMs: number;
  /** Answers the response cache keeps at most (API_CACHE_MAX_ENTRIES). */
  apiCacheMaxEntries: number;
  /** Bytes (as JSON) of the answers the response cache keeps at most (API_CACHE_MAX_BYTES). */
  apiCacheMaxBytes: number;
  /** Longest time any Neo4j transaction armsgraph runs may take (NEO4J_TX_TIMEOUT_MS); the database then stops it. */
  neo4jTxTimeoutMs: number;
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

function positive(env: Record<string, string | undefined>, name: string, fallback: number, expected: string, parse: (raw: string) => number | null): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = parse(raw);
  if (value === null || !Number.isFinite(value) || value <= 0) throw new ConfigError(name, raw, expected);
  return value;
}

const wholeNumber = (raw: string) => (/^\s*\d+\s*$/.test(raw) ? Number(raw) : null);

/** "1048576", "512KB", "2 MB", "1m" → bytes; null when the text is not a size. */
export function parseByteSize(text: string): number | null {
  const units: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? units[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined) return null;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : null;
}

export const DEFAULTS = {
  apiMaxBodyBytes: 1024 * 1024,
  apiRequestTimeoutMs: 10_000,
  neo4jTxTimeoutMs: 30_000,
  apiCacheMaxEntries: 1000,
  apiCacheMaxBytes: 64 * 1024 * 1024,
} as const;

/** The file that keeps the generated password of the local Neo4j on a Bolt port (mode 0600, git-ignored). */
export function passwordFile(neo4jHome: string, boltPort: number): string {
  return path.join(neo4jHome, `bolt-${boltPort}`, 'password');
}

function corsOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  const origins = raw.split(',').map((o) => o.trim()).filter((o) => o.length > 0);
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError('API_CORS_ORIGINS', raw, 'a comma-separated list of origins such as https://example.org,http://localhost:3000 (scheme, host and port; no path), or *');
    }
  }
  return origins;
}

/** The project root: where package.json, .env and .neo4j/ are, wherever a command runs from. */
export const PROJECT_ROOT = path.resolve(__dirname, '..');
export const ENV_FILE = path.join(PROJECT_ROOT, '.env');

/** The variables of the project's .env ({} when there is none). */
export function readEnvFile(file = ENV_FILE): Record<string, string> {
  return fs.existsSync(file) ? dotenv.parse(fs.readFileSync(file)) : {};
}

/**
 * The environment with the project's .env beneath it. Like dotenv, values of .env fill in what
 * the environment lacks in process.env too (INGEST_MAX_BYTES and others are read from there).
 */
export function settings(): Record<string, string | undefined> {
  const file = readEnvFile();
  for (const [name, value] of Object.entries(file)) if (process.env[name] === undefined) process.env[name] = value;
  return { ...process.env };
}

/** Reads settings; `overrides` win over the environment and .env (tests use their own database). */
export function loadConfig(overrides: Record<string, string> = {}): Config {
  const file = readEnvFile();
  const env: Record<string, string | undefined> = { ...settings(), ...overrides };
  const neo4jUri = env.NEO4J_URI || 'bolt://127.0.0.1:7687';
  const neo4jUriSource =
    overrides.NEO4J_URI !== undefined
      ? 'set by the caller'
      : process.env.NEO4J_URI
        ? file.NEO4J_URI === process.env.NEO4J_URI
          ? `NEO4J_URI in ${ENV_FILE}`
          : 'NEO4J_URI in the environment'
        : `the default; no NEO4J_URI in the environment or ${ENV_FILE}`;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(neo4jUri)) {
    throw new ConfigError('NEO4J_URI', neo4jUri, 'a Bolt URI such as bolt://127.0.0.1:7687');
  }
  const neo4jHome = path.resolve(PROJECT_ROOT, env.NEO4J_HOME || '.neo4j');
  let neo4jPassword = env.NEO4J_PASSWORD || '';
  let neo4jPasswordSource: Config['neo4jPasswordSource'] = neo4jPassword ? 'setting' : 'none';
  if (!neo4jPassword) {
    const file = passwordFile(neo4jHome, boltPortOf(neo4jUri));
    if (fs.existsSync(file)) {
      neo4jPassword = fs.readFileSync(file, 'utf8').trim();
      neo4jPasswordSource = 'file';
    }
  }
  return {
    neo4jUri,
    neo4jUriSource,
    neo4jUser: env.NEO4J_USER || 'neo4j',
    neo4jPassword,
    neo4jPasswordSource,
    apiCorsOrigins: corsOrigins(env.API_CORS_ORIGINS),
    neo4jHttpPort: port(env, 'NEO4J_HTTP_PORT', 7474),
    neo4jHome,
    port: port(env, 'PORT', 4000),
    apiMaxBodyBytes: positive(env, 'API_MAX_BODY', DEFAULTS.apiMaxBodyBytes, 'a size such as 1048576, 512KB or 1MB', parseByteSize),
    apiRequestTimeoutMs: positive(env, 'API_REQUEST_TIMEOUT_MS', DEFAULTS.apiRequestTimeoutMs, 'a whole number of milliseconds', wholeNumber),
    apiCacheMaxEntries: positive(env, 'API_CACHE_MAX_ENTRIES', DEFAULTS.apiCacheMaxEntries, 'a whole number of answers', wholeNumber),
    apiCacheMaxBytes: positive(env, 'API_CACHE_MAX_BYTES', DEFAULTS.apiCacheMaxBytes, 'a size such as 67108864, 64MB or 512KB', parseByteSize),
    neo4jTxTimeoutMs: positive(env, 'NEO4J_TX_TIMEOUT_MS', DEFAULTS.neo4jTxTimeoutMs, 'a whole number of milliseconds', wholeNumber),
  };
}

function boltPortOf(uri: string): number {
  const url = new URL(uri.replace(/^[a-z0-9+]+:/, 'http:'));
  return url.port ? Number(url.port) : 7687;
}

/**
 * The tests' own database: TEST_NEO4J_URI / TEST_NEO4J_HTTP_PORT from the environment or the
 * project's .env, by default a local Neo4j on 7688 (never the one `npm start` uses).
 */
export function testDatabaseConfig(): Config {
  const env = settings();
  return loadConfig({
    NEO4J_URI: env.TEST_NEO4J_URI || 'bolt://127.0.0.1:7688',
    NEO4J_HTTP_PORT: env.TEST_NEO4J_HTTP_PORT || '7475',
  });
}

/** Where NEO4J_PASSWORD is set: the project's .env or the environment. */
export function passwordSetting(): string {
  const file = readEnvFile();
  return file.NEO4J_PASSWORD !== undefined && file.NEO4J_PASSWORD === process.env.NEO4J_PASSWORD ? `in ${ENV_FILE}` : 'in the environment';
}

/** Host and Bolt port of the configured URI; the local server is started only for loopback hosts. */
export function boltAddress(config: Pick<Config, 'neo4jUri'>): { host: string; port: number; isLocal: boolean } {
  const url = new URL(config.neo4jUri.replace(/^[a-z0-9+]+:/, 'http:'));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return {
    host,
    port: url.port ? Number(url.port) : 7687,
    isLocal: host === 'localhost' || host === '::1' || /^127\./.test(host),
  };
}

/** "Database: bolt://127.0.0.1:7687 (NEO4J_URI in /path/.env)": the first line of every command that uses one. */
export function describeDatabase(config: Pick<Config, 'neo4jUri' | 'neo4jUriSource'>): string {
  return `Database: ${config.neo4jUri} (${config.neo4jUriSource})`;
}
