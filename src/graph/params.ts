import neo4j from 'neo4j-driver';

/**
 * Query parameters as Cypher should see them. JavaScript numbers reach Cypher as floats, so
 * whole numbers go as integers (as cypher-shell sends them): offsets and counts are stored as
 * integers, and `LIMIT $first` accepts its value. Lists and plain objects are converted inside.
 */
export function cypherValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(cypherValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cypherValue(v)]));
  }
  return value;
}

export function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return cypherValue(params) as Record<string, unknown>;
}
