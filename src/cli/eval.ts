/**
 * npm run eval -- --articles DIR --gold DIR [--json]
 * Prints precision, recall and F1 for transfers (strict, lenient) and each entity type, and
 * per article what was missed and what was spurious.
 */
import { ruleExtractor } from '../extract';
import { formatReport, scoreDirectory } from '../eval/score';

function arg(argv: string[], name: string): string | null {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : null;
}

const argv = process.argv.slice(2);
const articles = arg(argv, '--articles');
const gold = arg(argv, '--gold');
if (!articles || !gold) {
  process.stderr.write('usage: npm run eval -- --articles DIR --gold DIR [--json]\n');
  process.exit(2);
}
const report = scoreDirectory(ruleExtractor, articles, gold);
process.stdout.write((argv.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report)) + '\n');
