/** The default batch: every article in seeds/, through the same pipeline as `npm run ingest`. */
import { Driver } from 'neo4j-driver';
import { ruleExtractor } from './extract';
import { ingest } from './ingest/ingest';
import { DEFAULT_MAX_BYTES } from './ingest/limits';

export interface SeedSummary {
  loaded: number;
  replaced: number;
  unchanged: number;
  failures: Array<{ file: string; reason: string }>;
}

// seeds/ is a folder: nothing is read from standard input.
async function* noInput(): AsyncGenerator<Buffer> {}

export async function loadSeeds(driver: Driver, dir: string): Promise<SeedSummary> {
  const report = await ingest([dir], { driver, extractor: ruleExtractor, maxBytes: DEFAULT_MAX_BYTES, stdin: noInput() });
  return {
    loaded: report.counts.loaded,
    replaced: report.counts.replaced,
    unchanged: report.counts.unchanged,
    failures: [...report.failures, ...report.unknown, ...(report.interrupted ? [{ where: dir, message: report.interrupted }] : [])].map((p) => ({
      file: p.where,
      reason: p.message,
    })),
  };
}
