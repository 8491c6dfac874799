/**
 * Limits on what one request may ask, checked before anything runs (graphql-armor): nesting
 * depth, aliases, estimated cost, tokens and directives. The headline and example queries stay
 * well inside them (tests/api/limits.test.ts); a refused query gets an error with code
 * QUERY_LIMIT_EXCEEDED and nothing of it runs.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';

export const LIMITS = {
  /** actor → partners → actor → supplied → claims → article → title is 7 deep. */
  depth: 8,
  aliases: 15,
  cost: 5000,
  tokens: 2000,
  directives: 20,
} as const;

/** graphql-armor's errors carry no code; this hook, called before one is thrown, gives it one. */
const onReject = [(_: unknown, error: GraphQLError) => Object.assign(error.extensions, { code: 'QUERY_LIMIT_EXCEEDED' })];

export function armor() {
  return new EnvelopArmor({
    maxDepth: { n: LIMITS.depth, onReject },
    maxAliases: { n: LIMITS.aliases, onReject },
    costLimit: { maxCost: LIMITS.cost, onReject },
    maxTokens: { n: LIMITS.tokens, onReject },
    maxDirectives: { n: LIMITS.directives, onReject },
  }).protect().plugins;
}
