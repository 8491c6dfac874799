/**
 * npm run eval -- (--articles DIR --gold DIR)… | --set NAME… [--totals] [--json]
 * Prints precision, recall and F1 for transfers (strict, lenient) and each entity type, date and
 * quantity accuracy, the status confusion matrix, and per article what was missed and what was
 * spurious with the sentence each comes from. Several --articles/--gold pairs (in order) or
 * several --set names are scored as one set. --set blind (or --totals) prints totals only — the
 * scores and accuracies, no confusion matrix, no per-article lines: nobody reads the blind
 * holdout's errors (tests/fixtures/blind/README.md). --with-scorer runs the claim scorer after the
 * rules (`scoredExtractor`), to measure what it adds.
 */
import { existsSync } from 'node:fs';
import { ruleExtractor, scoredExtractor } from '../extract';
import { formatReport, scoreDirectories, type Report } from '../eval/score';
import { runCli } from './run';
import { SETS } from '../eval/sets';

const USAGE = 'usage: npm run eval -- (--articles DIR --gold DIR)… | --set dev|holdout|blind|real|seeds … [--totals] [--json] [--with-scorer]\n';

/** Sets whose errors nobody reads: only totals are printed. */
const TOTALS_ONLY = new Set(['blind']);

function args(argv: string[], name: string): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (a === name && argv[i + 1] && !argv[i + 1].startsWith('--')) out.push(argv[i + 1]);
  });
  return out;
}

runCli(async () => {
  const argv = process.argv.slice(2);
  const articles = args(argv, '--articles');
  const gold = args(argv, '--gold');
  const setNames = args(argv, '--set');
  if (articles.length !== gold.length || (!articles.length && !setNames.length)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const sets = articles.map((a, i) => ({ articles: a, gold: gold[i] }));
  for (const name of setNames) {
    const set = SETS[name];
    if (!set) throw new Error(`--set ${name}: no such set. Known sets: ${Object.keys(SETS).join(', ')}.`);
    sets.push(set);
  }
  for (const s of sets) {
    for (const [flag, dir] of [['--articles', s.articles], ['--gold', s.gold]]) {
      if (!existsSync(dir)) throw new Error(`${flag} ${dir}: no such folder. Give the folder of article files and the folder of gold JSON files.`);
    }
  }
  const report = await scoreDirectories(argv.includes('--with-scorer') ? scoredExtractor : ruleExtractor, sets);
  const totalsOnly = argv.includes('--totals') || setNames.some((n) => TOTALS_ONLY.has(n)) || sets.some((s) => /fixtures\/blind\b/.test(s.gold));
  const out: Partial<Report> = { ...report };
  if (totalsOnly) {
    out.perArticle = [];
    delete out.confusion;
  }
  process.stdout.write((argv.includes('--json') ? JSON.stringify(out, null, 2) : formatReport({ ...report, perArticle: totalsOnly ? [] : report.perArticle }, { confusion: !totalsOnly })) + '\n');
  return 0;
});
