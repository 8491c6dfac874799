/** npm run ingest -- <file|folder|->… [--dry-run] [--json] [--max-bytes SIZE] */
import { ruleExtractor } from '../extract';
import { extractRecords } from '../ingest/ingest';
import { countFiles, readInputs } from '../ingest/sources';
import { commonHelp, runBatchCommand, THREADS_HELP, THREADS_OPTION, threadsOf } from './batch';

const USAGE = `Usage: npm run ingest -- <file|folder|->… [--dry-run] [--json] [--max-bytes SIZE]

Reads articles (.txt and .md with optional front matter, .html, .json, .jsonl; folders
recursively; - for stdin), extracts transfers and loads them in batches, each one transaction.
Running the same batch again changes nothing; a corrected article (same url or id) replaces
its earlier claims.

${THREADS_HELP}${commonHelp('extract and report, write nothing (no database needed)')}`;

runBatchCommand({
  usage: USAGE,
  options: THREADS_OPTION,
  needsPaths: true,
  total: ({ positionals }) => countFiles(positionals),
  records: (context) => extractRecords(readInputs(context.positionals, { maxBytes: context.maxBytes, stdin: process.stdin }), ruleExtractor, threadsOf(context)),
});
