/**
 * npm run eval -- --articles DIR --gold DIR [--json]
 * Prints precision, recall and F1 for transfers (strict, lenient) and each entity type, and
 * per article what was missed and what was spurious.
 */
import { existsSync } from 'node:fs';
import { ruleExtractor } from '../extract';
import { formatReport, scoreDirectory } from '../eval/score';
import { runCli } from './run';

const USAGE = 'usage: npm run eval -- --articles DIR --gold DIR [--json]\n';

function arg(argv: string[], name: string): string | null {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : null;
}

runCli(async () => {
  const argv = process.argv.slice(2);
  const articles = arg(argv, '--articles');
  const gold = arg(argv, '--gold');
  if (!articles || !gold) {
    process.stderr.write(USAGE);
    return 2;
  }
  for (const [flag, dir] of [['--articles', articles], ['--gold', gold]]) {
    if (!existsSync(dir)) throw new Error(`${flag} ${dir}: no such folder. Give the folder of article files and the folder of gold JSON files.`);
  }
  const report = await scoreDirectory(ruleExtractor, articles, gold);
  process.stdout.write((argv.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report)) + '\n');
  return 0;
});
