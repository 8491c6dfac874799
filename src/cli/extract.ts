/**
 * npm run extract -- <file|folder|->… [--out FILE] [--max-bytes SIZE]
 *
 * Writes one ArticleRecord per article as a JSON line, to stdout or FILE, one article at a time.
 * Articles are read exactly as `npm run ingest` reads them (formats, front matter, encodings,
 * identity), so a corrected file loads back with `npm run load` as the same articles.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { ruleExtractor } from '../extract';
import { extractRecords } from '../ingest/ingest';
import { where } from '../ingest/item';
import { resolveMaxBytes } from '../ingest/limits';
import { readInputs } from '../ingest/sources';
import { READ_OPTIONS } from './batch';
import { outputClosed, runCli } from './run';

const USAGE = 'usage: npm run extract -- <file|folder|->… [--out FILE] [--max-bytes SIZE] [--follow-symlinks]\n';

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, 'max-bytes': { type: 'string' }, ...READ_OPTIONS } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const out: NodeJS.WritableStream = values.out ? createWriteStream(values.out) : process.stdout;
  const inputs = readInputs(positionals, { maxBytes: resolveMaxBytes(values['max-bytes']), stdin: process.stdin, followSymlinks: values['follow-symlinks'] === true });
  let extracted = 0;
  let failed = 0;
  for await (const item of extractRecords(inputs, ruleExtractor)) {
    // Nobody reads the records any more (`| head`): extracting the rest is wasted.
    if (!values.out && outputClosed()) break;
    for (const warning of item.warnings) process.stderr.write(`warning  ${where(item.origin)}: ${warning}\n`);
    if (item.kind === 'ok') {
      if (!out.write(JSON.stringify(item.value) + '\n')) await new Promise<void>((resolve) => out.once('drain', resolve));
      extracted++;
    } else {
      process.stderr.write(`${item.kind.padEnd(8)} ${where(item.origin)}: ${item.reason}\n`);
      if (item.kind === 'failed') failed++;
    }
  }
  if (values.out) await new Promise<void>((resolve) => out.end(resolve));
  process.stderr.write(`extracted ${extracted} article(s)${failed ? `, ${failed} failed` : ''}\n`);
  return failed > 0 ? 1 : 0;
});
