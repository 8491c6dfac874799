/** The default batch: every article in seeds/, extracted and loaded (used by npm start and tests). */
import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { readArticleFile, ruleExtractor } from './extract';
import { loadRecord } from './graph/loader';

export interface SeedSummary {
  loaded: number;
  replaced: number;
  unchanged: number;
  failures: Array<{ file: string; reason: string }>;
}

export async function loadSeeds(driver: Driver, dir: string): Promise<SeedSummary> {
  const summary: SeedSummary = { loaded: 0, replaced: 0, unchanged: 0, failures: [] };
  const files = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  for (const name of files) {
    const file = path.join(dir, name);
    try {
      const result = await loadRecord(driver, ruleExtractor.extract(readArticleFile(file)));
      summary[result.outcome] += 1;
    } catch (error) {
      summary.failures.push({ file, reason: (error as Error).message });
    }
  }
  return summary;
}
