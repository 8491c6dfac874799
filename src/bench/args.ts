/** Command-line values of the benchmarks, checked so that a typo is a message, not NaN in a loop. */

/** A whole number ≥ 1 given as `option`; `noun` and `example` say what to pass instead. */
export function wholeNumber(option: string, value: string, noun: string, example: string): number {
  // Number('') is 0 and Number(' 5') is 5: only plain digits count.
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${option} ${value}: expected a whole number of ${noun}, e.g. ${example}.`);
  return n;
}

/**
 * Corpus sizes from a comma-separated list ("1000,10000,100000"), smallest first and each once:
 * the benchmark grows one database through them, so it can only go up.
 */
export function corpusSizes(option: string, value: string): number[] {
  const parts = value.split(',').map((p) => p.trim().replace(/_/g, ''));
  if (parts.some((p) => p === '')) throw new Error(`${option} ${value}: expected comma-separated numbers of articles, e.g. 1000,10000,100000.`);
  const sizes = parts.map((p) => wholeNumber(option, p, 'articles (or several, comma-separated)', '1000,10000,100000'));
  return [...new Set(sizes)].sort((a, b) => a - b);
}
