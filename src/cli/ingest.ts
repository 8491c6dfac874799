/** npm run ingest -- <file|folder|->… [--dry-run] [--json] [--max-bytes SIZE] */
import { ruleExtractor } from '../extract';
import { extractRecords } from '../ingest/ingest';
import { countFiles, readInputs } from '../ingest/sources';
import { commonHelp, READ_HELP, READ_OPTIONS, runBatchCommand, THREADS_HELP, THREADS_OPTION, threadsOf } from './batch';

const USAGE = `Usage: npm run ingest -- <file|folder|->… [--dry-run] [--json] [--max-bytes SIZE] [--follow-symlinks] [--threads N]

Reads articles (.txt and .md with optional front matter, .html, .json, .jsonl; folders
recursively; - for stdin), extracts transfers and loads them in batches, each one transaction.
Running the same batch again changes nothing; a corrected article (same url or id) replaces
its earlier claims.

${READ_HELP}${THREADS_HELP}${commonHelp('extract and report, write nothing (no database needed)')}`;

runBatchCommand({
  usage: USAGE,
  options: { ...READ_OPTIONS, ...THREADS_OPTION },
  needsPaths: true,
  total: ({ positionals, values }) => countFiles(positionals, values['follow-symlinks'] === true),
  records: (context) =>
    extractRecords(
      readInputs(context.positionals, { maxBytes: context.maxBytes, stdin: process.stdin, followSymlinks: context.values['follow-symlinks'] === true }),
      ruleExtractor,
      threadsOf(context),
    ),
});
