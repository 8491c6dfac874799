/** Tests run against a real Neo4j; globalSetup starts the local one when nothing answers. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  globalSetup: '<rootDir>/tests/global-setup.ts',
  testTimeout: 60000,
};
