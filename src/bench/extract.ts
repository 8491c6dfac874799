/**
 * npm run bench:extract [-- --mb 5]   (node --expose-gc, so retained heap is measured after a full collection)
 * Throughput of the rule extractor on one core, over a generated corpus of at least 5 MB:
 * the sample and development articles with actors, people and numbers varied, generated one
 * article at a time (never held as a corpus). Runs at 1×, 2× and 4× the size and reports
 * MB/s and heap/RSS after each run, to show memory stays flat as the corpus grows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { ruleExtractor } from '../extract';

const SOURCES = ['seeds', 'tests/fixtures/dev/articles'];
/** Name swaps that keep articles realistic while varying what the matcher sees. */
const SWAPS: Array<[RegExp, string[]]> = [
  [/Nordkorea/g, ['Nordkorea', 'Iran', 'Belarus', 'China']],
  [/Russland/g, ['Russland', 'Ukraine', 'Polen', 'Syrien']],
  [/North Korea/g, ['North Korea', 'Iran', 'Belarus', 'China']],
  [/Ukraine/g, ['Ukraine', 'Russia', 'Poland', 'Israel']],
  [/John Kirby/g, ['John Kirby', 'Matthew Miller', 'Antony Blinken', 'Jake Sullivan']],
  [/\d{2,4}/g, ['12', '300', '1.500', '40']],
];

function* articles(targetBytes: number): Generator<string> {
  const base = SOURCES.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    let text = base[n % base.length];
    SWAPS.forEach(([re, options], k) => {
      const pick = options[(n + k * 7 + Math.floor(n / base.length)) % options.length];
      text = text.replace(re, pick);
    });
    bytes += Buffer.byteLength(text);
    yield text;
  }
}

function run(targetBytes: number): { mb: number; seconds: number; cpuSeconds: number; heapMb: number; retainedMb: number; rssMb: number; transfers: number } {
  let bytes = 0;
  let transfers = 0;
  let heapPeak = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let n = 0;
  for (const text of articles(targetBytes)) {
    const record = ruleExtractor.extract({ text });
    transfers += record.transfers.length;
    bytes += Buffer.byteLength(text);
    if (++n % 500 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  // Retained heap after a full collection: flat if nothing accumulates across articles.
  (globalThis as { gc?: () => void }).gc?.();
  const mem = process.memoryUsage();
  return { mb: bytes / 1e6, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, heapMb: heapPeak / 1e6, retainedMb: mem.heapUsed / 1e6, rssMb: mem.rss / 1e6, transfers };
}

const mbAt = process.argv.indexOf('--mb');
const baseMb = mbAt >= 0 ? Number(process.argv[mbAt + 1]) : 5;
ruleExtractor.extract({ text: 'Warm-up: Nordkorea hat Raketen an Russland geliefert.' });
// Wall-clock MB/s suffers when other processes share the machine; MB per CPU-second of this process does not.
console.log(`extractor ${ruleExtractor.name} ${ruleExtractor.version}, Node ${process.version}, one core, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`);
for (const factor of [1, 2, 4]) {
  const r = run(baseMb * factor * 1e6);
  console.log(
    `${factor}× ${r.mb.toFixed(1).padStart(5)} MB  ${r.seconds.toFixed(1).padStart(5)} s  ${(r.mb / r.seconds).toFixed(2).padStart(5)} MB/s wall  ` +
      `${(r.mb / r.cpuSeconds).toFixed(2).padStart(5)} MB/s of CPU time  ` +
      `heap peak ${r.heapMb.toFixed(0)} MB  retained ${r.retainedMb.toFixed(0)} MB  rss ${r.rssMb.toFixed(0)} MB  transfers ${r.transfers}`,
  );
}
