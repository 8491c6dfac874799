/** A mistake in what the user asked `npm run cypher` to do: printed as it is, exit code 2. */
export class CypherUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CypherUsageError';
  }
}
