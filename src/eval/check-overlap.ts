/**
 * npx tsx src/eval/check-overlap.ts ARTICLES_DIR SOURCES_DIR [--max 4]
 * A rewritten article must not copy its source: for each article with a source text of the same
 * base name (SOURCES_DIR/NAME.txt, kept outside the repository), prints the longest run of
 * identical consecutive words and every run longer than --max that is not only names and
 * figures. Exit 1 when any article has such a run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const words = (text: string) => (text.replace(/<[^>]+>/g, ' ').match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu) ?? []);
const fold = (w: string) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
// Names and figures may repeat. German capitalises every noun, so capitals cannot tell a name: only figures, all-caps words and words with digits are exempt.
const exempt = (w: string) => /\d/.test(w) || /^[\p{Lu}\d-]{2,}$/u.test(w);

export interface Overlap { longest: number; runs: string[] }

/** Longest common runs of consecutive words between `a` and `b` (dynamic programming over words). */
export function overlap(article: string, source: string, max: number): Overlap {
  const a = words(article);
  const b = words(source).map(fold);
  const af = a.map(fold);
  let prev = new Uint16Array(b.length + 1);
  let longest = 0;
  const runs = new Set<string>();
  for (let i = 1; i <= af.length; i++) {
    const cur = new Uint16Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) if (af[i - 1] === b[j - 1]) cur[j] = prev[j - 1] + 1;
    for (let j = 1; j <= b.length; j++) {
      const n = cur[j];
      if (!n) continue;
      longest = Math.max(longest, n);
      // report a run where it ends (the next word does not continue it)
      if (n > max && !(i < af.length && j < b.length && af[i] === b[j])) {
        const run = a.slice(i - n, i);
        if (run.filter((w) => !exempt(w)).length > max) runs.add(run.join(' '));
      }
    }
    prev = cur;
  }
  return { longest, runs: [...runs] };
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const [articlesDir, sourcesDir] = argv;
  const max = argv.includes('--max') ? Number(argv[argv.indexOf('--max') + 1]) : 4;
  if (!articlesDir || !sourcesDir) {
    process.stderr.write('usage: npx tsx src/eval/check-overlap.ts ARTICLES_DIR SOURCES_DIR [--max 4]\n');
    process.exit(2);
  }
  let bad = 0;
  let checked = 0;
  for (const f of readdirSync(articlesDir).sort()) {
    const src = join(sourcesDir, `${basename(f, extname(f))}.txt`);
    if (!existsSync(src)) {
      process.stdout.write(`${f}: no source text at ${src}\n`);
      continue;
    }
    checked++;
    const o = overlap(readFileSync(join(articlesDir, f), 'utf8'), readFileSync(src, 'utf8'), max);
    process.stdout.write(`${f}: longest shared run ${o.longest} words${o.runs.length ? `, ${o.runs.length} over ${max}` : ''}\n`);
    for (const r of o.runs) process.stdout.write(`  copied: ${r}\n`);
    if (o.runs.length) bad++;
  }
  process.stdout.write(`${checked} article(s) checked, ${bad} with a copied run over ${max} words\n`);
  process.exit(bad ? 1 : 0);
}
