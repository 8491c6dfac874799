/**
 * What a person sees of a batch: a progress bar on a terminal, one plain line per article when
 * output is piped, and a summary with the reason for every failure; or one JSON document
 * (`--json`) for scripts.
 */
import { ArticleEvent, BatchReport, Outcome, OUTCOMES } from './batch';

export interface Reporter {
  event(event: ArticleEvent): void;
  finish(report: BatchReport): void;
}

export interface Terminal {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

const PAD = Math.max(...OUTCOMES.map((o) => o.length));

/** "loaded 8 · unchanged 2 · failed 5"; outcomes with no article left out. */
function countsLine(counts: Record<Outcome, number>): string {
  return OUTCOMES.filter((o) => counts[o] > 0).map((o) => `${o} ${counts[o]}`).join(' · ') || 'no articles';
}

function summaryText(report: BatchReport): string {
  const articles = OUTCOMES.filter((o) => o !== 'skipped').reduce((sum, o) => sum + report.counts[o], 0);
  const rate = report.seconds > 0 ? ` (${(articles / report.seconds).toFixed(1)}/s)` : '';
  const lines = [`${articles} article${articles === 1 ? '' : 's'} in ${report.seconds.toFixed(1)} s${rate}: ${countsLine(report.counts)}`];
  if (report.dryRun) lines.push('Dry run: nothing was written.');
  const section = (title: string, problems: BatchReport['failures']) => {
    if (problems.length === 0) return;
    lines.push(`${title}:`);
    for (const p of problems) lines.push(`  ${p.where}: ${p.message}`);
  };
  section('Failed', report.failures);
  section('Outcome unknown (run the same command again to settle it)', report.unknown);
  section('Warnings', report.warnings);
  section('Skipped', report.skipped);
  if (report.interrupted) lines.push(`Stopped early: ${report.interrupted}.`);
  return lines.join('\n') + '\n';
}

function plainLine(event: ArticleEvent): string {
  const detail =
    event.outcome === 'failed' || event.outcome === 'skipped' || event.outcome === 'unknown'
      ? event.reason
      : `${event.id}  ${event.claims} claim${event.claims === 1 ? '' : 's'}${event.transfers.length ? `: ${event.transfers.join(', ')}` : ''}`;
  const warnings = event.warnings.map((w) => `\n${'warning'.padEnd(PAD)}  ${event.where}  ${w}`).join('');
  return `${event.outcome.padEnd(PAD)}  ${event.where}  ${detail}${warnings}\n`;
}

/** One line per article on stdout, then the summary: for pipes and logs. */
export function plainReporter(term: Terminal): Reporter {
  return {
    event: (e) => term.out.write(plainLine(e)),
    finish: (r) => term.out.write(summaryText(r)),
  };
}

/** A progress bar on stderr; failures and warnings are printed above it as they happen. */
export function progressReporter(term: Terminal, totalFiles: number): Reporter {
  const started = Date.now();
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  // Events come as batches commit, not in input order: a file counts as done once any of its
  // articles is reported and a later file's is too.
  const files = new Set<string>();
  let finished = false;
  let articles = 0;
  let lastDraw = 0;
  const clear = () => term.err.write('\r\x1b[2K');
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const width = 24;
    const done = finished ? totalFiles : Math.min(totalFiles, Math.max(0, files.size - 1));
    const filled = totalFiles > 0 ? Math.round((done / totalFiles) * width) : 0;
    const rate = articles / Math.max(0.001, (now - started) / 1000);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${totalFiles} files  ${articles} articles  ${rate.toFixed(1)}/s  ${countsLine(counts)}`;
    clear();
    term.err.write(line.slice(0, (term.err.columns ?? 120) - 1));
  };
  return {
    event(e) {
      articles += 1;
      counts[e.outcome] += 1;
      const file = e.origin.file ?? 'stdin';
      files.add(file);
      if (e.outcome === 'failed' || e.outcome === 'unknown' || e.warnings.length > 0) {
        clear();
        term.err.write(plainLine({ ...e, transfers: [] }));
        draw(true);
      } else draw();
    },
    finish(r) {
      finished = true;
      draw(true);
      term.err.write('\n');
      term.out.write(summaryText(r));
    },
  };
}

/** One JSON document at the end: the report and one entry per article. */
export function jsonReporter(term: Terminal): Reporter {
  const articles: Array<Pick<ArticleEvent, 'where' | 'outcome' | 'id' | 'claims' | 'transfers' | 'reason' | 'warnings'>> = [];
  return {
    event: ({ where, outcome, id, claims, transfers, reason, warnings }) => articles.push({ where, outcome, id, claims, transfers, reason, warnings }),
    finish: (r) => term.out.write(JSON.stringify({ ...r, articles }, null, 2) + '\n'),
  };
}
