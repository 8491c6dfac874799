/**
 * Issue 11, item 5: settings do not depend on the working directory, every command names the
 * database it uses first, and the tests' first connection honours TEST_NEO4J_URI from .env.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, readEnvFile } from '../src/config';

const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-cwd-'));
afterAll(() => fs.rmSync(elsewhere, { recursive: true, force: true }));

/** The environment of a user who set nothing themselves (the project's .env is all there is). */
function plainEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(NEO4J_|TEST_NEO4J_|PORT$|API_)/.test(name)) delete env[name];
  return env;
}

const tsx = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [require.resolve('tsx/cli'), ...args], { cwd, env: plainEnv(), encoding: 'utf8' });

test('from another working directory, a command uses the project .env and .neo4j, and says which database first', () => {
  const run = tsx([path.join(PROJECT_ROOT, 'src/cli/db.ts'), 'status'], elsewhere);
  const expected = readEnvFile().NEO4J_URI || 'bolt://127.0.0.1:7687';
  expect(run.stderr.split('\n')[0]).toMatch(new RegExp(`^Database: ${expected.replace(/[.+]/g, '\\$&')} \\(`));
  const status = JSON.parse(run.stdout);
  expect(status.uri).toBe(expected);
  expect(status.instance.startsWith(path.join(PROJECT_ROOT, '.neo4j') + path.sep)).toBe(true);
  expect(fs.existsSync(path.join(elsewhere, '.neo4j'))).toBe(false);
});

test("the tests' first connection honours TEST_NEO4J_URI from .env", () => {
  const script = path.join(elsewhere, 'print-test-config.ts');
  fs.writeFileSync(
    script,
    `import { testConfig } from ${JSON.stringify(path.join(PROJECT_ROOT, 'tests/helpers/database'))};\nconsole.log(testConfig().neo4jUri);\n`,
  );
  const run = tsx([script], elsewhere);
  expect(run.stderr).toBe('');
  expect(run.stdout.trim()).toBe(readEnvFile().TEST_NEO4J_URI || 'bolt://127.0.0.1:7688');
});
