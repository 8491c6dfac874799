/**
 * What `npm run ingest`, `load` and `reextract` share: the common flags, the database
 * connection, the reporter that suits the output (bar on a terminal, lines when piped, JSON),
 * and the exit code (1 when any article failed or the batch stopped early, 2 for usage errors).
 */
import { parseArgs, ParseArgsConfig } from 'node:util';
import { Driver } from 'neo4j-driver';
import { loadConfig } from '../config';
import { applySchema, connect } from '../graph/database';
import { DEFAULT_BATCH_ARTICLES, runBatch } from '../ingest/batch';
import { Item } from '../ingest/item';
import { MAX_BYTES_ENV, resolveMaxBytes } from '../ingest/limits';
import { defaultThreads } from '../ingest/workers';
import { jsonReporter, plainReporter, progressReporter, Reporter, Terminal } from '../ingest/report';
import { ArticleRecord } from '../record';
import { runCli } from './run';

export const COMMON_OPTIONS = {
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  'max-bytes': { type: 'string' },
  concurrency: { type: 'string' },
  'batch-size': { type: 'string' },
  'replace-manual': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Flags of the commands that read files (ingest, load, extract). */
export const READ_OPTIONS = {
  'follow-symlinks': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export const READ_HELP = `  --follow-symlinks  follow symbolic links in folders to files and folders outside the folder
                     named (links inside it are followed; loops and second paths are skipped)
`;

/** Help for the flags every batch command takes. */
export function commonHelp(dryRun: string): string {
  return `  --dry-run          ${dryRun}
  --json             print one JSON report instead of progress and summary
  --max-bytes SIZE   size limit of one article or record line (default 1MB; or ${MAX_BYTES_ENV})
  --batch-size N     articles in one transaction at most (default ${DEFAULT_BATCH_ARTICLES}; a batch holds at most 1MB of records)
  --concurrency N    batches written at once, each in its own transaction (default 2)
  --replace-manual   replace hand-corrected records (extractor "manual") with this batch's; by default they are kept

Exit code 1 when any article failed (the rest of the batch is loaded all the same), 2 for usage errors.
`;
}

/** `--threads N` of the commands that extract (ingest, reextract). */
export const THREADS_OPTION = { threads: { type: 'string' } } as const satisfies ParseArgsConfig['options'];
export const THREADS_HELP = `  --threads N        extraction threads (default ${defaultThreads()} here: the cores but two, at most 4; 1 extracts in the main thread)\n`;

/** Extraction threads from --threads (checked before anything runs), else the default for this machine. */
export function threadsOf(context: Pick<BatchContext, 'values'>): number {
  return context.values.threads === undefined ? defaultThreads() : Number(context.values.threads);
}

export interface BatchContext {
  positionals: string[];
  values: Record<string, string | boolean | undefined> & { threads?: string | boolean };
  maxBytes: number;
  /** Open for reading even on a dry run when the command asked for it. */
  driver: Driver | null;
}

export interface BatchCommand {
  usage: string;
  options?: ParseArgsConfig['options'];
  /** Whether positional arguments (files) are required. */
  needsPaths: boolean;
  /** Whether a dry run still reads from the database (reextract). */
  readsDatabase?: boolean;
  /** Whether the command replaces hand-corrected records without --replace-manual (reextract --all). */
  replacesManual?(context: BatchContext): boolean;
  /** How many units the progress bar counts to (files, stored articles). */
  total(context: BatchContext): Promise<number>;
  records(context: BatchContext): AsyncIterable<Item<ArticleRecord>>;
}

function chooseReporter(json: boolean, term: Terminal, total: () => Promise<number>): Promise<Reporter> {
  if (json) return Promise.resolve(jsonReporter(term));
  if (term.err.isTTY) return total().then((n) => progressReporter(term, n));
  return Promise.resolve(plainReporter(term));
}

export function runBatchCommand(command: BatchCommand): void {
  runCli(async () => {
    let parsed;
    try {
      parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { ...COMMON_OPTIONS, ...command.options } });
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      process.stdout.write(command.usage);
      return 0;
    }
    if (command.needsPaths !== positionals.length > 0) {
      process.stderr.write(`${command.needsPaths ? 'Name at least one file or folder (- for stdin).' : `Unexpected argument ${positionals[0]}.`}\n\n${command.usage}`);
      return 2;
    }
    const dryRun = values['dry-run'] === true;
    const maxBytes = resolveMaxBytes(values['max-bytes'] as string | undefined);
    const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
    if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 16)) {
      process.stderr.write(`--concurrency ${String(values.concurrency)} is not valid: give a whole number from 1 to 16.\n\n${command.usage}`);
      return 2;
    }
    const batchArticles = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
    if (batchArticles !== undefined && !(Number.isInteger(batchArticles) && batchArticles >= 1 && batchArticles <= 10_000)) {
      process.stderr.write(`--batch-size ${String(values['batch-size'])} is not valid: give a whole number from 1 to 10000.\n\n${command.usage}`);
      return 2;
    }
    const threads = threadsOf({ values });
    if (!(Number.isInteger(threads) && threads >= 1 && threads <= 16)) {
      process.stderr.write(`--threads ${String((values as BatchContext['values']).threads)} is not valid: give a whole number from 1 to 16.\n\n${command.usage}`);
      return 2;
    }
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const driver = !dryRun || command.readsDatabase ? await connect(loadConfig(), log) : null;
    if (!driver) log('Database: none (--dry-run reads and writes no database)');
    try {
      if (driver && !dryRun) await applySchema(driver);
      const context: BatchContext = { positionals, values, maxBytes, driver };
      const term: Terminal = { out: process.stdout, err: process.stderr };
      const reporter = await chooseReporter(values.json === true, term, () => command.total(context));
      const replaceManual = values['replace-manual'] === true || (command.replacesManual?.(context) ?? false);
      const report = await runBatch(command.records(context), {
        driver: dryRun ? null : driver,
        concurrency,
        batchArticles,
        replaceManual,
        onEvent: (e) => reporter.event(e),
      });
      reporter.finish(report);
      return report.counts.failed > 0 || report.counts.unknown > 0 || report.interrupted ? 1 : 0;
    } finally {
      await driver?.close();
    }
  });
}
