/** npm run ingest -- <file|folder|->… [--dry-run] [--json] [--max-bytes SIZE] */
import { ruleExtractor } from '../extract';
import { extractRecords } from '../ingest/ingest';
import { countFiles, readInputs } from '../ingest/sources';
import { commonHelp, READ_HELP, READ_OPTIONS, runBatchCommand } from './batch';

const USAGE = `Usage: npm run ingest -- <file|folder|->… [--dry-run] [--json] [--max-bytes SIZE] [--follow-symlinks]

Reads articles (.txt and .md with optional front matter, .html, .json, .jsonl; folders
recursively; - for stdin), extracts transfers and loads each article in its own transaction.
Running the same batch again changes nothing; a corrected article (same url or id) replaces
its earlier claims.

${READ_HELP}${commonHelp('extract and report, write nothing (no database needed)')}`;

runBatchCommand({
  usage: USAGE,
  options: READ_OPTIONS,
  needsPaths: true,
  total: ({ positionals, values }) => countFiles(positionals, values['follow-symlinks'] === true),
  records: ({ positionals, values, maxBytes }) =>
    extractRecords(readInputs(positionals, { maxBytes, stdin: process.stdin, followSymlinks: values['follow-symlinks'] === true }), ruleExtractor),
});
