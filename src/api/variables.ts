/**
 * Variables and extensions are checked for nesting before anything walks them (the response
 * cache hashes them, graphql-js coerces them): deeper than MAX_VARIABLE_DEPTH is BAD_USER_INPUT,
 * not a stack overflow answered as HTTP 500. The check itself does not recurse.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** No argument of this API takes a value nested more than a few levels (TransferFilter: 3). */
export const MAX_VARIABLE_DEPTH = 32;

/** The nesting depth of a JSON value, up to `limit + 1`, without recursion. */
export function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > limit) return deepest;
    for (const child of Object.values(current as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The error for a value nested too deep, or null. */
export function tooDeep(name: string, value: unknown): GraphQLError | null {
  if (depthOf(value, MAX_VARIABLE_DEPTH) <= MAX_VARIABLE_DEPTH) return null;
  return new GraphQLError(`"${name}" is nested more than ${MAX_VARIABLE_DEPTH} levels deep; no argument of this API takes values that deep.`, {
    extensions: { code: 'BAD_USER_INPUT', limit: MAX_VARIABLE_DEPTH, http: { status: 400 } },
  });
}

/** Refuses too deep variables or extensions before execution (the response cache checks them too, see cache.ts). */
export function variableDepthLimit(): Plugin {
  return {
    onParams({ params, setResult }) {
      const error = tooDeep('variables', params.variables) ?? tooDeep('extensions', params.extensions);
      if (error) setResult({ errors: [error] });
    },
  };
}
