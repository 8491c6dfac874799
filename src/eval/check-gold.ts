/**
 * npx tsx src/eval/check-gold.ts GOLD_DIR ARTICLES_DIR
 * Checks gold files against the form of GOLD.md: closed vocabularies, no key twice in an
 * object, every evidence an exact substring of its article (for .html, of the text the page
 * reader finds, as the extractor sees it), the article file present. Prints one line per defect with file and
 * line; exit 1 when any.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, STATUSES } from '../record';
import { htmlArticleFields } from '../ingest/html';


export interface Defect { file: string; line: number; message: string }

/** A JSON value with the line each object key stands on, so defects can name a line. */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Parses JSON like JSON.parse, but reports a key given twice in one object. */
export function parseStrict(text: string, file: string, defects: Defect[]): { value: Json; lines: Map<object, Record<string, number>> } {
  let i = 0;
  const lines = new Map<object, Record<string, number>>();
  const lineAt = (pos: number) => text.slice(0, pos).split('\n').length;
  const fail = (msg: string): never => {
    throw new Error(`${file}:${lineAt(i)}: ${msg}`);
  };
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (text[i] !== '"') fail('unterminated string');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): Json => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: { [k: string]: Json } = {};
      const keyLines: Record<string, number> = {};
      lines.set(obj, keyLines);
      ws();
      if (text[i] === '}') return i++, obj;
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key in double quotes');
        const at = i;
        const k = str();
        if (k in keyLines) defects.push({ file, line: lineAt(at), message: `key "${k}" given twice in one object (first on line ${keyLines[k]}): keep one` });
        keyLines[k] = lineAt(at);
        ws();
        if (text[i++] !== ':') fail('expected ":" after a key');
        obj[k] = value();
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') return i++, obj;
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: Json[] = [];
      ws();
      if (text[i] === ']') return i++, arr;
      for (;;) {
        arr.push(value());
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') return i++, arr;
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return str();
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (!m) fail(`unexpected character ${JSON.stringify(c ?? 'end of file')}`);
    i += m![0].length;
    return JSON.parse(m![0]) as Json;
  };
  const v = value();
  ws();
  if (i < text.length) fail('text after the JSON value');
  return { value: v, lines };
}

const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Checks one gold file; returns its defects. */
export function checkGoldFile(path: string, articlesDir: string): Defect[] {
  const defects: Defect[] = [];
  let parsed;
  try {
    parsed = parseStrict(readFileSync(path, 'utf8'), path, defects);
  } catch (e) {
    return [{ file: path, line: Number(/:(\d+):/.exec((e as Error).message)?.[1] ?? 1), message: (e as Error).message }];
  }
  const gold = parsed.value as Record<string, unknown>;
  const at = (obj: object, key: string) => parsed.lines.get(obj)?.[key] ?? 1;
  const add = (obj: object, key: string, message: string) => defects.push({ file: path, line: at(obj, key), message });
  if (!gold || typeof gold !== 'object' || Array.isArray(gold)) return [{ file: path, line: 1, message: 'a gold file is one JSON object' }];
  if (!isStr(gold.article)) return [{ file: path, line: 1, message: '"article" must name the article file' }];
  const articlePath = join(articlesDir, gold.article);
  if (!existsSync(articlePath)) return [{ file: path, line: at(gold, 'article'), message: `article ${articlePath} does not exist` }];
  const raw = readFileSync(articlePath, 'utf8');
  const text = gold.article.endsWith('.html') ? htmlArticleFields(raw).text ?? '' : raw;
  if (gold.language !== 'de' && gold.language !== 'en') add(gold, 'language', '"language" is "de" or "en"');
  if (gold.publishedAt !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(gold.publishedAt))) add(gold, 'publishedAt', '"publishedAt" is YYYY-MM-DD (or YYYY-MM, YYYY) or null');
  for (const k of ['actors', 'people', 'places', 'weapons']) {
    const list = gold[k];
    if (!Array.isArray(list) || !list.every(isStr)) add(gold, k, `"${k}" is a list of names`);
    else if (new Set(list).size !== list.length) add(gold, k, `"${k}" names an entity twice`);
  }
  if (!Array.isArray(gold.transfers)) return [...defects, { file: path, line: at(gold, 'transfers'), message: '"transfers" is a list' }];
  const seen = new Set<string>();
  for (const t of gold.transfers as Record<string, unknown>[]) {
    if (!isStr(t.supplier)) add(t, 'supplier', 'a transfer names its supplier');
    if (!isStr(t.recipient)) add(t, 'recipient', 'a transfer names its recipient');
    if (!CATEGORIES.includes(t.category as never)) add(t, 'category', `category "${t.category}" is not one of ${CATEGORIES.join(', ')}`);
    if (!STATUSES.includes(t.status as never)) add(t, 'status', `status "${t.status}" is not one of ${STATUSES.join(', ')}`);
    if (!isStr(t.evidence)) add(t, 'evidence', 'a transfer quotes its evidence');
    else if (!text.includes(t.evidence)) add(t, 'evidence', `evidence is not an exact substring of ${gold.article}: copy it from the article`);
    if (t.when !== null && t.when !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(t.when))) add(t, 'when', '"when" is YYYY, YYYY-MM, YYYY-MM-DD or null');
    const q = t.quantity as Record<string, unknown> | null | undefined;
    if (q !== null && q !== undefined && (typeof q !== 'object' || (q.value !== null && typeof q.value !== 'number'))) add(t, 'quantity', '"quantity" is null or {value: number|null, approx, unit}');
    if (t.optional !== undefined && typeof t.optional !== 'boolean') add(t, 'optional', '"optional" is true or false');
    const key = [t.supplier, t.recipient, t.category, t.status].join('|');
    if (seen.has(key)) add(t, 'supplier', `the tuple ${key} is given twice: one entry per (supplier, recipient, category, status)`);
    seen.add(key);
  }
  return defects;
}

if (require.main === module) {
  const [goldDir, articlesDir] = process.argv.slice(2);
  if (!goldDir || !articlesDir) {
    process.stderr.write('usage: npx tsx src/eval/check-gold.ts GOLD_DIR ARTICLES_DIR\n');
    process.exit(2);
  }
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  const defects = files.flatMap((f) => checkGoldFile(join(goldDir, f), articlesDir));
  for (const d of defects) process.stdout.write(`${d.file}:${d.line}: ${d.message}\n`);
  process.stdout.write(`${files.length} gold file(s), ${defects.length} defect(s)\n`);
  process.exit(defects.length ? 1 : 0);
}
