/**
 * Names for the id parameters of Cypher files: `npm run cypher -- --file cypher/exchange.cypher
 * --param from=Nordkorea` means what `exchange(from: "Nordkorea")` means in the API. A file says
 * which parameters hold entity ids, and of what kind, in a header line
 *   // names: from=actor, to=actor
 * and each value given for them (a name, or a list of names) is resolved the API's way
 * (src/api/entities.ts) before the query runs; it is passed as a parameter like any other.
 */
import { Driver } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { createContext } from '../api/context';
import { ENTITY_KINDS, EntityKind, resolveEntity } from '../api/entities';
import { CypherUsageError } from './errors';

/** Parameters a file declares as entity ids: `// names: from=actor, items=weapon`. */
export function nameParameters(text: string, source: string): Record<string, EntityKind> {
  const names: Record<string, EntityKind> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*\/\/\s*names:\s*(.+)$/.exec(line);
    if (!match) continue;
    for (const entry of match[1].split(',')) {
      const [param, kind] = entry.split('=').map((s) => s.trim());
      if (!param || !Object.hasOwn(ENTITY_KINDS, kind)) {
        throw new CypherUsageError(`${source}: "// names:" entry "${entry.trim()}" is not name=kind with a kind of ${Object.keys(ENTITY_KINDS).join(', ')}.`);
      }
      names[param] = kind as EntityKind;
    }
  }
  return names;
}

/** The given parameters with every name in a declared one replaced by its entity's id; NOT_FOUND names the parameter and suggests. */
export async function resolveNames(
  driver: Driver,
  names: Record<string, EntityKind>,
  given: Record<string, unknown>,
  log: (line: string) => void,
): Promise<Record<string, unknown>> {
  const ctx = createContext(driver);
  const resolve = async (param: string, kind: EntityKind, value: unknown): Promise<unknown> => {
    if (typeof value !== 'string') return value;
    try {
      const entity = await resolveEntity(ctx, kind, value);
      if (entity.id !== value) log(`--param ${param}: "${value}" is ${entity.name} (${entity.id})`);
      return entity.id;
    } catch (error) {
      if (error instanceof GraphQLError) throw new CypherUsageError(`--param ${param}=${value}: ${error.message}`);
      throw error;
    }
  };
  const resolved = { ...given };
  for (const [param, kind] of Object.entries(names)) {
    const value = given[param];
    if (value === undefined) continue;
    resolved[param] = Array.isArray(value) ? await Promise.all(value.map((v) => resolve(param, kind, v))) : await resolve(param, kind, value);
  }
  return resolved;
}
