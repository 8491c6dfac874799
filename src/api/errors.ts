/**
 * What clients see when something fails that is not their input: typed errors for the faults
 * armsgraph expects (a query stopped at its timeout), "Unexpected error." for anything else.
 */
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { isDatabaseUnavailable } from '../graph/database';
import { isTransactionTimeout } from '../graph/timeout';

export function timeoutError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'TIMEOUT', http: { status: 503 } } });
}

function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof GraphQLError && current.originalError; depth++) current = current.originalError;
  return current;
}

export function databaseUnavailableError(): GraphQLError {
  return new GraphQLError('The database does not answer (Neo4j is down or restarting); try again in a moment.', {
    extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '5' } } },
  });
}

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const cause = rootCause(error);
  if (isDatabaseUnavailable(cause)) {
    const typed = databaseUnavailableError();
    return error instanceof GraphQLError ? new GraphQLError(typed.message, { nodes: error.nodes, path: error.path, extensions: typed.extensions }) : typed;
  }
  if (isTransactionTimeout(cause)) {
    const typed = timeoutError('A database query ran longer than NEO4J_TX_TIMEOUT_MS and was stopped; ask for less (a smaller `first`, fewer fields) or try again.');
    return error instanceof GraphQLError ? new GraphQLError(typed.message, { nodes: error.nodes, path: error.path, extensions: typed.extensions }) : typed;
  }
  return yogaMaskError(error, message, isDev);
}
