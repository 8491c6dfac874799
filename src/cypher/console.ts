/**
 * `npm run cypher`: Cypher for power users, with guard rails. A query (or a file from
 * cypher/) runs with parameters from `--param name=value` and the file's `:param` lines;
 * parameters the query does not use, or uses without a value, are errors before anything
 * runs. Read-only unless `--write`: write clauses are refused up front and the session runs
 * in READ access mode, so a write hidden in a procedure is refused by the database too.
 */
import neo4j, { Driver } from 'neo4j-driver';
import { cypherValue } from '../graph/params';
import { parseCypherFile, query } from '../graph/queries';
import { isTransactionTimeout, transactionTimeout } from '../graph/timeout';
import type { EntityKind } from '../api/entities';
import { CypherUsageError } from './errors';
import { nameParameters, resolveNames } from './names';

export { CypherUsageError };

/** Comments, string literals and quoted names blanked to spaces: offsets and lines stay put. */
function code(statement: string): string {
  return statement.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|(?<!\$)`[^`]*`/g, (m) => m.replace(/[^\n]/g, ' '));
}

/** Names of the parameters a statement uses (`$name`, `` $`odd name` ``). */
export function parametersOf(statement: string): string[] {
  const blanked = statement.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, (m) => m.replace(/[^\n]/g, ' '));
  const names = [...blanked.matchAll(/\$(?:`([^`]+)`|([A-Za-z_][A-Za-z0-9_]*))/g)].map((m) => m[1] ?? m[2]);
  return [...new Set(names)];
}

const WRITE_CLAUSES = /(?<![.$\w])(CREATE|MERGE|DELETE|DETACH\s+DELETE|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV|ALTER|RENAME|GRANT|DENY|REVOKE|TERMINATE|IN\s+TRANSACTIONS)(?!\w)/gi;

/** Write clauses in a statement, with their line: "CREATE (line 2)". */
export function writeClauses(statement: string): string[] {
  const text = code(statement);
  return [...text.matchAll(WRITE_CLAUSES)].map((m) => `${m[1].toUpperCase().replace(/\s+/g, ' ')} (line ${text.slice(0, m.index).split('\n').length})`);
}

/** `:param name => value` lines of a file (Neo4j Browser and cypher-shell form): name → Cypher expression. */
export function paramLines(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*:param\s+`?([A-Za-z_][\w]*)`?\s*=>\s*(.+?)\s*;?\s*$/.exec(line);
    if (match) params[match[1]] = match[2];
  }
  return params;
}

/** A `--param` value: JSON when it parses (numbers, booleans, lists, maps, "quoted"), else the text. */
function parseParamValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** `name=value` → [name, value]. */
export function parseParamArg(arg: string): [string, unknown] {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new CypherUsageError(`--param ${arg}: expected name=value, e.g. --param from=north-korea`);
  return [arg.slice(0, eq).trim().replace(/^\$/, ''), parseParamValue(arg.slice(eq + 1))];
}

export interface Script {
  /** Where the statements came from: a file path, or "query". */
  source: string;
  statements: string[];
  /** Defaults from `:param` lines, as Cypher expressions. */
  defaults: Record<string, string>;
  /** Parameters that take entity ids, from a `// names:` line: given names resolve as in the API. */
  names: Record<string, EntityKind>;
}

export function scriptOf(text: string, source: string): Script {
  const statements = parseCypherFile(text);
  if (statements.length === 0) throw new CypherUsageError(`${source} holds no Cypher statement.`);
  return { source, statements, defaults: paramLines(text), names: nameParameters(text, source) };
}

/** Checks parameters and the read-only rule before anything runs; returns the parameters to resolve from defaults. */
export function plan(script: Script, given: Record<string, unknown>, write: boolean): { fromDefaults: string[] } {
  if (!write) {
    const found = script.statements.flatMap((s, i) => writeClauses(s).map((w) => (script.statements.length > 1 ? `${w} in statement ${i + 1}` : w)));
    if (found.length > 0) {
      throw new CypherUsageError(`Refusing to write: ${script.source} contains ${found.join(', ')}. Queries are read-only by default; add --write to allow writes.`);
    }
  }
  const used = new Set(script.statements.flatMap(parametersOf));
  const list = (names: Iterable<string>) => [...names].map((n) => `$${n}`).join(', ') || 'none';
  const unused = Object.keys(given).filter((name) => !used.has(name));
  if (unused.length > 0) {
    throw new CypherUsageError(`Unknown parameter${unused.length > 1 ? 's' : ''} ${list(unused)}: ${script.source} does not use ${unused.length > 1 ? 'them' : 'it'} (it uses ${list(used)}).`);
  }
  const missing = [...used].filter((name) => !(name in given) && !(name in script.defaults));
  if (missing.length > 0) {
    throw new CypherUsageError(`Missing parameter${missing.length > 1 ? 's' : ''} ${list(missing)}: give ${missing.map((n) => `--param ${n}=…`).join(' ')}.`);
  }
  return { fromDefaults: [...used].filter((name) => !(name in given)) };
}

/** Plain JSON-able values from driver values: nodes, relationships, paths, temporal and spatial types. */
function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return { labels: value.labels, properties: toPlain(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: toPlain(value.properties) };
  if (neo4j.isPath(value)) return value.segments.map((s) => toPlain([s.start, s.relationship, s.end]));
  if (neo4j.isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

export interface ResultTable {
  statement: number;
  columns: string[];
  rows: Array<Record<string, unknown>>;
  /** Counters of a write ("3 nodes created, 6 properties set"); empty when nothing changed. */
  updates: string;
}

function describeError(error: unknown, script: Script, index: number, driver: Driver): Error {
  const e = error as { code?: string; message: string };
  const where = `${script.source}${script.statements.length > 1 ? ` (statement ${index + 1})` : ''}`;
  if (e.code === 'Neo.ClientError.Statement.SyntaxError') return new CypherUsageError(`Cypher syntax error in ${where}: ${e.message}`);
  if (e.code === 'Neo.ClientError.Statement.AccessMode') return new CypherUsageError(`Refused by the database: ${where} writes, and the session is read-only. Add --write to allow writes.`);
  if (isTransactionTimeout(error)) return new CypherUsageError(`${where} ran longer than NEO4J_TX_TIMEOUT_MS (${transactionTimeout(driver)} ms) and the database stopped it; raise the setting for a long query.`);
  if (e.code?.startsWith('Neo.ClientError.')) return new CypherUsageError(`${where}: ${e.message} (${e.code})`);
  return error as Error;
}

/** Evaluates `:param` default expressions in the database, so every Cypher literal form works. */
async function resolveDefaults(driver: Driver, script: Script, names: string[]): Promise<Record<string, unknown>> {
  const resolved: Record<string, unknown> = {};
  for (const name of names) {
    try {
      const { records } = await driver.executeQuery(`RETURN ${script.defaults[name]} AS value`, {}, { routing: neo4j.routing.READ });
      resolved[name] = records[0].get('value');
    } catch (error) {
      throw new CypherUsageError(`The :param ${name} line of ${script.source} is not a Cypher value (${script.defaults[name]}): ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return resolved;
}

/** Runs every statement in order, each in its own auto-commit transaction (as cypher-shell does). */
export async function runScript(
  driver: Driver,
  script: Script,
  given: Record<string, unknown>,
  write: boolean,
  log: (line: string) => void = () => undefined,
): Promise<ResultTable[]> {
  const { fromDefaults } = plan(script, given, write);
  const params = { ...(await resolveDefaults(driver, script, fromDefaults)), ...(await resolveNames(driver, script.names, given, log)) };
  const session = driver.session({ defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ });
  const tables: ResultTable[] = [];
  try {
    for (const [index, statement] of script.statements.entries()) {
      const used = new Set(parametersOf(statement));
      const own = Object.fromEntries(Object.entries(params).filter(([name]) => used.has(name)).map(([name, value]) => [name, cypherValue(value)]));
      let changed = write;
      try {
        const result = session.run(statement, own, { timeout: transactionTimeout(driver) });
        const columns = (await result.keys()).map(String);
        const { records, summary } = await result;
        changed = summary.counters.containsUpdates() || summary.counters.containsSystemUpdates();
        const counters = summary.counters.updates() as unknown as Record<string, number>;
        tables.push({
          statement: index + 1,
          columns,
          rows: records.map((r) => toPlain(r.toObject()) as Record<string, unknown>),
          updates: Object.entries(counters).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k.replace(/([A-Z])/g, ' $1').toLowerCase()}`).join(', '),
        });
      } catch (error) {
        throw describeError(error, script, index, driver);
      } finally {
        // A write (or a failed one, which may have committed part of its work) makes cached API answers stale.
        if (write && changed) await session.run(query('write/graph-changed'), {}, { timeout: transactionTimeout(driver) });
      }
    }
  } finally {
    await session.close();
  }
  return tables;
}

const CELL_WIDTH = 60;

function cell(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length > CELL_WIDTH ? `${flat.slice(0, CELL_WIDTH - 1)}…` : flat;
}

/** A plain text table, cells cut at 60 characters (use --json for whole values). */
export function renderTable(table: ResultTable): string {
  const header = table.columns;
  const body = table.rows.map((row) => header.map((c) => cell(row[c])));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const rule = `+-${widths.map((w) => '-'.repeat(w)).join('-+-')}-+`;
  const rows = table.rows.length;
  const footer = `${rows} row${rows === 1 ? '' : 's'}${table.updates ? `; ${table.updates}` : ''}`;
  if (header.length === 0) return `${footer}\n`;
  return [rule, line(header), rule, ...body.map(line), rule, footer].join('\n') + '\n';
}
