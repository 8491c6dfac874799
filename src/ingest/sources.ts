/**
 * Reading stage: command-line arguments (files, folders, `-` for stdin) to a stream of
 * article inputs, one at a time. Every bad input becomes a failed item naming its file (and
 * line or array index) and the batch goes on. Memory holds one article (or one JSONL line),
 * except a .json file, which is parsed whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ArticleInput } from '../record';
import { checkArticleFields } from '../validate/input';
import type { Checked } from '../validate/checked';
import { decode, sniffBinary } from './decode';
import { markdownTitle, splitFrontMatter } from './front-matter';
import { htmlArticleFields, thinArticleWarning } from './html';
import { failed, fromChecked, Item, Origin } from './item';
import { oversize } from './limits';
import { splitLines } from './lines';

export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};
const KNOWN = Object.keys(EXTENSIONS).join(', ');

/** A .json file is parsed whole; past this size use .jsonl, which streams. */
const JSON_FILE_MAX_BYTES = 64 * 1024 ** 2;

function formatOf(file: string): Format | null {
  return EXTENSIONS[path.extname(file).toLowerCase()] ?? null;
}

export interface ReadOptions {
  maxBytes: number;
  /** Where `-` reads from. */
  stdin: AsyncIterable<Buffer | string>;
  /** Follow symbolic links in folders out of the folder named (links inside it are always followed). */
  followSymlinks?: boolean;
}

type Input = Item<ArticleInput>;
type Entry = { kind: 'file'; file: string; format: Format } | { kind: 'stdin' } | { kind: 'failed' | 'skipped'; file: string; reason: string };

const display = (file: string) => path.relative(process.cwd(), file) || file;

function errorText(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return message;
}

async function statOf(file: string): Promise<fs.Stats | { error: string }> {
  try {
    return await fs.promises.stat(file);
  } catch (error) {
    return { error: errorText(error) };
  }
}

/** What a directory entry that is neither file nor folder is, for the report. */
function special(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** One walk of the arguments: the real path of each file read, so no file is read twice. */
interface Walk {
  follow: boolean;
  seen: Map<string, string>;
}

/** Arguments to files in order; folders recursively, sorted, hidden entries left out. */
async function* entries(args: string[], follow = false): AsyncGenerator<Entry> {
  const state: Walk = { follow, seen: new Map() };
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    const stat = await statOf(arg);
    if ('error' in stat) {
      yield { kind: 'failed', file: arg, reason: stat.error };
    } else if (stat.isDirectory()) {
      const root = await fs.promises.realpath(arg);
      yield* walk(arg, root, [root], state);
    } else {
      const format = formatOf(arg);
      yield format ? { kind: 'file', file: arg, format } : { kind: 'failed', file: arg, reason: `not an article file: expected one of ${KNOWN}` };
    }
  }
}

const inside = (real: string, root: string) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/**
 * A folder named on the command line, recursively. A symbolic link is followed when it stays
 * inside that folder, or anywhere with --follow-symlinks; a link back to a folder being walked
 * (a loop) and a second path to a file already read are reported as skipped, never read again.
 * A folder that cannot be read is one failure, and the batch goes on.
 */
async function* walk(dir: string, root: string, ancestors: string[], state: Walk): AsyncGenerator<Entry> {
  let names: string[];
  try {
    names = (await fs.promises.readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch (error) {
    yield { kind: 'failed', file: dir, reason: `cannot read folder: ${errorText(error)}` };
    return;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    let link: fs.Stats;
    let stat: fs.Stats;
    let real: string;
    try {
      link = await fs.promises.lstat(file);
    } catch (error) {
      yield { kind: 'failed', file, reason: errorText(error) };
      continue;
    }
    try {
      stat = link.isSymbolicLink() ? await fs.promises.stat(file) : link;
      real = link.isSymbolicLink() ? await fs.promises.realpath(file) : path.join(ancestors[ancestors.length - 1], name);
    } catch (error) {
      const to = await fs.promises.readlink(file).catch(() => '?');
      yield { kind: 'failed', file, reason: `broken symbolic link (to ${to}): ${errorText(error)}` };
      continue;
    }
    if (link.isSymbolicLink() && !state.follow && !inside(real, root)) {
      yield { kind: 'skipped', file, reason: `symbolic link out of ${display(root)} (to ${real}); --follow-symlinks reads it` };
    } else if (stat.isDirectory()) {
      if (ancestors.includes(real)) yield { kind: 'skipped', file, reason: `symbolic link loop: leads back to ${display(real)}` };
      else yield* walk(file, root, [...ancestors, real], state);
    } else if (!stat.isFile()) {
      yield { kind: 'skipped', file, reason: `${special(stat)}, not an article file` };
    } else if (state.seen.has(real)) {
      yield { kind: 'skipped', file, reason: `the same file as ${state.seen.get(real)} (a symbolic link), read once` };
    } else {
      state.seen.set(real, display(file));
      const format = formatOf(file);
      yield format ? { kind: 'file', file, format } : { kind: 'skipped', file, reason: `not an article file (expected one of ${KNOWN})` };
    }
  }
}

/** The article inputs of every argument, in order. */
export async function* readInputs(args: string[], options: ReadOptions): AsyncGenerator<Input> {
  for await (const entry of entries(args, options.followSymlinks)) {
    if (entry.kind === 'stdin') yield* readStdin(options);
    else if (entry.kind === 'file') yield* readFile(entry.file, entry.format, options.maxBytes);
    else yield { kind: entry.kind, origin: { file: display(entry.file) }, warnings: [], reason: entry.reason };
  }
}

/** A file that cannot be read (permissions, vanished mid-batch) is one failure, not the end of the batch. */
async function* guarded<T>(origin: Origin, items: AsyncIterable<Item<T>>): AsyncGenerator<Item<T>> {
  try {
    yield* items;
  } catch (error) {
    yield failed(origin, `cannot read: ${(error as Error).message}`);
  }
}

function readFile(file: string, format: Format, maxBytes: number): AsyncGenerator<Input> {
  const origin: Origin = { file: display(file) };
  if (format === 'jsonl') return guarded(origin, jsonlInputs(fs.createReadStream(file), origin.file, maxBytes));
  return guarded(
    origin,
    (async function* () {
      const limit = format === 'json' ? JSON_FILE_MAX_BYTES : maxBytes;
      const { size } = await fs.promises.stat(file);
      if (size > limit) {
        yield failed<ArticleInput>(origin, format === 'json' ? `${oversize(size, limit, 'JSON file')}; use .jsonl (one article a line) for large batches` : oversize(size, maxBytes, 'article'));
        return;
      }
      yield* fromBytes(await fs.promises.readFile(file), format, origin, maxBytes);
    })(),
  );
}

/** stdin: JSONL when it starts with `{`, a JSON array with `[`, HTML with `<`, else text with optional front matter. */
async function* readStdin(options: ReadOptions): AsyncGenerator<Input> {
  const origin: Origin = { file: null };
  const iterator = options.stdin[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first: number | undefined;
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.from(next.value);
    head.push(chunk);
    first = chunk.find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf);
  }
  const chunks = (async function* () {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value);
  })();
  if (first === 0x7b) {
    yield* jsonlInputs(chunks, null, options.maxBytes);
    return;
  }
  const format: Format = first === 0x5b ? 'json' : first === 0x3c ? 'html' : 'text';
  const limit = format === 'json' ? JSON_FILE_MAX_BYTES : options.maxBytes;
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size <= limit) parts.push(chunk);
  }
  if (size > limit) yield failed(origin, oversize(size, limit, format === 'json' ? 'JSON input' : 'article'));
  else yield* fromBytes(Buffer.concat(parts), format, origin, options.maxBytes);
}

function* fromBytes(bytes: Buffer, format: Exclude<Format, 'jsonl'>, origin: Origin, maxBytes: number): Generator<Input> {
  const decoded = decode(bytes);
  if (!decoded.ok) {
    yield failed(origin, decoded.reason);
    return;
  }
  const warnings = decoded.warning ? [decoded.warning] : [];
  if (format === 'json') yield* jsonInputs(decoded.text, origin, maxBytes, warnings);
  else yield fromChecked(origin, articleFromText(decoded.text, format, origin.file), warnings);
}

function articleFromText(text: string, format: 'text' | 'markdown' | 'html', file: string | null): Checked<ArticleInput> {
  if (format === 'html') {
    const fields = htmlArticleFields(text);
    if (fields.text === '' && text.trim() !== '') return { ok: false, reason: 'no article text: Readability found no readable content in the HTML' };
    const checked = checkArticleFields(fields, file);
    const thin = thinArticleWarning(fields.text ?? '');
    return checked.ok && thin ? { ...checked, warnings: [...checked.warnings, thin] } : checked;
  }
  const front = splitFrontMatter(text);
  if (!front.ok) return front;
  const title = front.fields.title ?? (format === 'markdown' ? markdownTitle(front.body) : null);
  return checkArticleFields({ ...front.fields, title, text: front.body }, file);
}

/** Line and column of a character offset, for JSON syntax errors; the column only for one line. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  const column = `column ${before[before.length - 1].length + 1}`;
  return text.includes('\n') ? `line ${before.length}, ${column}` : column;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    return { ok: false, reason: `malformed JSON${position ? ` at ${lineAndColumn(text, Number(position[1]))}` : ''}: ${message}` };
  }
}

function sizedArticle(value: unknown, origin: Origin, maxBytes: number, warnings: string[]): Input {
  const text = (value as { text?: unknown } | null)?.text;
  const bytes = typeof text === 'string' ? Buffer.byteLength(text) : 0;
  if (bytes > maxBytes) return failed(origin, oversize(bytes, maxBytes, 'article text'), warnings);
  return fromChecked(origin, checkArticleFields(value, origin.file), warnings);
}

function* jsonInputs(text: string, origin: Origin, maxBytes: number, warnings: string[]): Generator<Input> {
  if (text.trim() === '') {
    yield failed(origin, 'empty: the file holds no JSON', warnings);
    return;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) yield failed(origin, parsed.reason, warnings);
  else if (!Array.isArray(parsed.value)) yield sizedArticle(parsed.value, origin, maxBytes, warnings);
  else {
    if (parsed.value.length === 0) yield failed(origin, 'empty: the JSON array holds no article', warnings);
    for (let i = 0; i < parsed.value.length; i++) yield sizedArticle(parsed.value[i], { ...origin, item: i }, maxBytes, warnings);
  }
}

/** One JSON value per line, checked by `check`; blank lines are skipped; a binary file is refused as a whole. */
async function* jsonlItems<T>(chunks: AsyncIterable<Buffer | string>, file: string | null, maxBytes: number, check: (value: unknown) => Checked<T>): AsyncGenerator<Item<T>> {
  let sniffed = false;
  for await (const line of splitLines(chunks, maxBytes)) {
    const origin: Origin = { file, line: line.line };
    if ('tooLong' in line) {
      yield failed(origin, oversize(line.tooLong, maxBytes, 'line'));
      continue;
    }
    if (!sniffed) {
      sniffed = true;
      const binary = sniffBinary(line.bytes);
      if (binary) {
        yield failed({ file }, binary);
        return;
      }
    }
    if (line.bytes.toString('latin1').trim() === '') continue;
    const decoded = decode(line.bytes);
    if (!decoded.ok) {
      yield failed(origin, decoded.reason);
      continue;
    }
    const warnings = decoded.warning ? [decoded.warning] : [];
    const parsed = parseJson(decoded.text);
    yield parsed.ok ? fromChecked(origin, check(parsed.value), warnings) : failed(origin, parsed.reason, warnings);
  }
}

const jsonlInputs = (chunks: AsyncIterable<Buffer | string>, file: string | null, maxBytes: number) =>
  jsonlItems(chunks, file, maxBytes, (value) => checkArticleFields(value, file));

/** JSONL files (or stdin) of any kind of line: `npm run load` reads article records this way. */
export async function* readJsonl<T>(args: string[], options: ReadOptions, check: (value: unknown) => Checked<T>): AsyncGenerator<Item<T>> {
  for await (const entry of entries(args, options.followSymlinks)) {
    if (entry.kind === 'stdin') yield* jsonlItems(options.stdin, null, options.maxBytes, check);
    else if (entry.kind === 'file' && entry.format === 'jsonl') {
      const file = display(entry.file);
      yield* guarded({ file }, jsonlItems(fs.createReadStream(entry.file), file, options.maxBytes, check));
    }
    else if (entry.kind === 'file') {
      yield failed({ file: display(entry.file) }, `this is an article file (${entry.format}), not article records: use \`npm run ingest -- ${display(entry.file)}\` to extract and load it (\`npm run load\` takes the .jsonl records \`npm run extract\` writes)`);
    }
    else yield { kind: entry.kind, origin: { file: display(entry.file) }, warnings: [], reason: entry.reason };
  }
}

/** How many files (and stdin) the arguments name: the length of the progress bar. */
export async function countFiles(args: string[], followSymlinks = false): Promise<number> {
  let count = 0;
  for await (const entry of entries(args, followSymlinks)) if (entry.kind !== 'skipped') count += 1;
  return count;
}
