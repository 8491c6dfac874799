/**
 * Limits on what one request may ask, checked before anything runs (graphql-armor): nesting
 * depth, aliases, estimated cost, tokens and directives. The headline and example queries stay
 * well inside them (tests/api/limits.test.ts); a rejected query gets GRAPHQL_VALIDATION_FAILED.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';

export const LIMITS = {
  /** actor → partners → actor → supplied → claims → article → title is 7 deep. */
  depth: 8,
  aliases: 15,
  cost: 5000,
  tokens: 2000,
  directives: 20,
} as const;

export function armor() {
  return new EnvelopArmor({
    maxDepth: { n: LIMITS.depth },
    maxAliases: { n: LIMITS.aliases },
    costLimit: { maxCost: LIMITS.cost },
    maxTokens: { n: LIMITS.tokens },
    maxDirectives: { n: LIMITS.directives },
  }).protect().plugins;
}
