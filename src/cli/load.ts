/** npm run load -- <records.jsonl|folder|->… [--dry-run] [--json] [--max-bytes SIZE] */
import { MAX_BYTES_ENV } from '../ingest/limits';
import { countFiles, readJsonl } from '../ingest/sources';
import { validateRecord } from '../validate/record';
import { runBatchCommand } from './batch';

const USAGE = `Usage: npm run load -- <records.jsonl|folder|->… [--dry-run] [--json] [--max-bytes SIZE]

Loads article records as they are (one JSON record a line, as \`npm run extract\` writes them
and a person may have corrected them), without extracting again. Each record is validated
first; an invalid one is reported with its line and field and the rest are loaded.

  --dry-run         validate only, write nothing (no database needed)
  --json            print one JSON report instead of progress and summary
  --max-bytes SIZE  size limit of one record line (default 1MB; or ${MAX_BYTES_ENV})
`;

runBatchCommand({
  usage: USAGE,
  needsPaths: true,
  total: ({ positionals }) => countFiles(positionals),
  records: ({ positionals, maxBytes }) => readJsonl(positionals, { maxBytes, stdin: process.stdin }, validateRecord),
});
