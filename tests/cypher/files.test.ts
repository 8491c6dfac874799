/**
 * Every read query in cypher/ runs through `npm run cypher` (its `:param` lines as defaults,
 * read-only) on the samples loaded by `npm run ingest`, and returns the columns its
 * `// returns:` line promises, with at least one row; schema.cypher applies with --write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Driver } from 'neo4j-driver';
import { runScript, scriptOf } from '../../src/cypher/console';
import { ruleExtractor } from '../../src/extract';
import { CYPHER_DIR } from '../../src/graph/queries';
import { ingest } from '../../src/ingest/ingest';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/limits';
import { clearGraph, openTestDatabase } from '../helpers/database';

const READ_FILES = fs.readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher').sort();
const script = (file: string) => scriptOf(fs.readFileSync(path.join(CYPHER_DIR, file), 'utf8'), path.join('cypher', file));

let driver: Driver;
beforeAll(async () => {
  driver = await openTestDatabase();
  await clearGraph(driver);
  const report = await ingest(['seeds'], { extractor: ruleExtractor, driver, maxBytes: DEFAULT_MAX_BYTES, stdin: Readable.from([]) });
  expect(report.counts).toMatchObject({ loaded: 5, failed: 0 });
});
afterAll(() => driver?.close());

test('schema.cypher applies with --write and is refused without it', async () => {
  await expect(runScript(driver, script('schema.cypher'), {}, false)).rejects.toThrow(/^Refusing to write: cypher\/schema\.cypher contains CREATE \(line 1\) in statement 1/);
  const tables = await runScript(driver, script('schema.cypher'), {}, true);
  expect(tables.length).toBe(script('schema.cypher').statements.length);
});

test.each(READ_FILES)('%s returns its columns and rows with its :param values', async (file) => {
  const text = fs.readFileSync(path.join(CYPHER_DIR, file), 'utf8');
  const returns = /^\/\/ returns: (.+)$/m.exec(text);
  expect(returns).not.toBeNull();
  const [table] = await runScript(driver, script(file), {}, false);
  expect(table.columns).toEqual(returns![1].split(',').map((c) => c.trim()));
  expect(table.rows.length).toBeGreaterThan(0);
});
