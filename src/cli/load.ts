/** npm run load -- <records.jsonl|folder|->… [--dry-run] [--json] [--max-bytes SIZE] */
import { countFiles, readJsonl } from '../ingest/sources';
import { validateRecord } from '../validate/record';
import { commonHelp, READ_HELP, READ_OPTIONS, runBatchCommand } from './batch';

const USAGE = `Usage: npm run load -- <records.jsonl|folder|->… [--dry-run] [--json] [--max-bytes SIZE] [--follow-symlinks]

Loads article records as they are (one JSON record a line, as \`npm run extract\` writes them
and a person may have corrected them), without extracting again. Each record is validated
first; an invalid one is reported with its line and field and the rest are loaded.

${READ_HELP}${commonHelp('validate only, write nothing (no database needed)')}`;

runBatchCommand({
  usage: USAGE,
  options: READ_OPTIONS,
  needsPaths: true,
  total: ({ positionals, values }) => countFiles(positionals, values['follow-symlinks'] === true),
  records: ({ positionals, values, maxBytes }) =>
    readJsonl(positionals, { maxBytes, stdin: process.stdin, followSymlinks: values['follow-symlinks'] === true }, validateRecord),
});
