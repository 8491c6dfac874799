/** npm run reextract [--all] [--dry-run] [--json] */
import { ruleExtractor } from '../extract';
import { extractRecords } from '../ingest/ingest';
import { countStale, StaleSelection, staleArticles } from '../ingest/stored';
import { BatchContext, commonHelp, runBatchCommand, THREADS_HELP, THREADS_OPTION, threadsOf } from './batch';

const USAGE = `Usage: npm run reextract [--all] [--dry-run] [--json]

Runs the current extractor (${ruleExtractor.name} ${ruleExtractor.version}) again over the stored
text of every article another extractor or an older version produced, and replaces their
claims. Hand-made or corrected records (extractor "manual") are kept.

  --all              every article, hand-made records included, whatever extractor made them
${THREADS_HELP}${commonHelp('extract and report, write nothing')}`;

const selection = (context: BatchContext): StaleSelection => ({ extractor: ruleExtractor, all: context.values.all === true });

runBatchCommand({
  usage: USAGE,
  options: { all: { type: 'boolean' }, ...THREADS_OPTION },
  needsPaths: false,
  readsDatabase: true,
  replacesManual: (context) => context.values.all === true,
  total: (context) => countStale(context.driver!, selection(context)),
  records: (context) => extractRecords(staleArticles(context.driver!, selection(context)), ruleExtractor, threadsOf(context)),
});
