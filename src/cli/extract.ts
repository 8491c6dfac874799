/**
 * npm run extract -- <file or folder>… [--out FILE]
 * Writes one ArticleRecord per article as a JSON line, to stdout or FILE; one article at a time.
 */
import { createWriteStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile, ruleExtractor } from '../extract';

function* articleFiles(paths: string[]): Generator<string> {
  for (const p of paths) {
    if (statSync(p).isDirectory()) yield* articleFiles(readdirSync(p).sort().map((f) => join(p, f)));
    else if (/\.(?:txt|md)$/i.test(p)) yield p;
  }
}

function main(argv: string[]): void {
  const outAt = argv.indexOf('--out');
  const outFile = outAt >= 0 ? argv[outAt + 1] : null;
  const paths = outAt < 0 ? argv : argv.filter((_, i) => i !== outAt && i !== outAt + 1);
  if (!paths.length || (outAt >= 0 && !outFile)) {
    process.stderr.write('usage: npm run extract -- <file or folder>… [--out FILE]\n');
    process.exit(2);
  }
  const out = outFile ? createWriteStream(outFile) : process.stdout;
  let n = 0;
  for (const file of articleFiles(paths)) {
    out.write(JSON.stringify(ruleExtractor.extract(readArticleFile(file))) + '\n');
    n++;
  }
  if (outFile) out.end();
  process.stderr.write(`extracted ${n} article(s)\n`);
}

main(process.argv.slice(2));
