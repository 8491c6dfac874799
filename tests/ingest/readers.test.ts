/** Reading stage without a database: every format, every kind of bad input. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { articleId } from '../../src/identity';
import { decode } from '../../src/ingest/decode';
import { splitFrontMatter } from '../../src/ingest/front-matter';
import { Item, where } from '../../src/ingest/item';
import { DEFAULT_MAX_BYTES, parseByteSize, resolveMaxBytes } from '../../src/ingest/limits';
import { readInputs } from '../../src/ingest/sources';
import { ArticleInput } from '../../src/record';

const BATCH = path.join('tests', 'fixtures', 'batch');
const noStdin = Readable.from([]);

async function read(args: string[], options: { maxBytes?: number; stdin?: AsyncIterable<Buffer | string> } = {}): Promise<Item<ArticleInput>[]> {
  const items: Item<ArticleInput>[] = [];
  for await (const item of readInputs(args, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, stdin: options.stdin ?? noStdin })) items.push(item);
  return items;
}

async function one(args: string[], options: Parameters<typeof read>[1] = {}): Promise<Item<ArticleInput>> {
  const items = await read(args, options);
  expect(items).toHaveLength(1);
  return items[0];
}

function reason(item: Item<ArticleInput>): string {
  if (item.kind === 'ok') throw new Error(`expected a failure at ${where(item.origin)}, got an article`);
  return item.reason;
}

function article(item: Item<ArticleInput>): ArticleInput {
  if (item.kind !== 'ok') throw new Error(`${where(item.origin)}: ${item.reason}`);
  return item.value;
}

function tempFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-read-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('encoding', () => {
  test('UTF-8 with a BOM is read without the BOM and without a warning', () => {
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Weißes Haus')]))).toEqual({ ok: true, text: 'Weißes Haus', warning: null });
  });

  test('UTF-16 with a BOM is converted and said so', () => {
    const decoded = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Pjöngjang', 'utf16le')]));
    expect(decoded).toMatchObject({ ok: true, text: 'Pjöngjang', warning: expect.stringContaining('UTF-16LE') });
  });

  test('a Latin-1 / Windows-1252 file is converted with a warning', async () => {
    const item = await one([path.join(BATCH, 'latin1.txt')]);
    expect(article(item).text).toContain('Weißen Hauses');
    expect(article(item).text).toContain('€ 500 Millionen');
    expect(article(item).text).toContain('Süddeutsche');
    expect(item.warnings).toEqual([expect.stringMatching(/not UTF-8: read as Windows-1252/)]);
  });

  test('UTF-16 without a BOM is recognised by its zero bytes, converted and said so (issue 11.10)', async () => {
    const text = 'Nordkorea hat Raketen an Russland geliefert, sagte Kirby in Pjöngjang.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(le)).toEqual({ ok: true, text, warning: expect.stringMatching(/^no byte-order mark, but every second byte is zero: read as UTF-16LE/) });
    expect(decode(be)).toEqual({ ok: true, text, warning: expect.stringMatching(/read as UTF-16BE/) });
    expect(article(await one([tempFile('utf16.txt', le)])).text).toBe(text);
    const jsonl = await one([tempFile('utf16.jsonl', Buffer.from('{"text": "Iran has delivered drones to Russia."}\n', 'utf16le'))]);
    expect(reason(jsonl)).toBe('not UTF-8: looks like UTF-16LE text without a byte-order mark; save it as UTF-8');
  });

  test('a binary file is refused and named', async () => {
    expect(reason(await one([path.join(BATCH, 'scan.txt')]))).toMatch(/binary file: looks like a PNG image/);
    expect(decode(Buffer.from([0x41, 0x00, 0x42]))).toEqual({ ok: false, reason: 'binary file: NUL byte at offset 1; expected text' });
  });
});

describe('text and Markdown', () => {
  test('empty and whitespace-only files fail with the reason', async () => {
    expect(reason(await one([path.join(BATCH, 'empty.txt')]))).toBe('empty: the article has no text');
    expect(reason(await one([path.join(BATCH, 'whitespace.txt')]))).toBe('whitespace only: the article has no text');
  });

  test('front matter gives the metadata, the text after it is the article text', async () => {
    const item = await one([path.join(BATCH, 'shells.md')]);
    expect(article(item)).toMatchObject({
      title: 'North Korea ships artillery shells to Russia',
      url: 'https://news.example/2024/02/shells',
      outlet: 'Example News',
      publishedAt: '2024-02-01',
      language: 'en',
      file: path.join(BATCH, 'shells.md'),
    });
    expect(article(item).text.startsWith('# North Korea ships')).toBe(true);
    expect(item.warnings).toEqual([expect.stringContaining('unknown field "author" ignored')]);
  });

  test('an unknown front-matter key warns and the article still reads', async () => {
    const item = await one([path.join(BATCH, 'unknown-key.md')]);
    expect(article(item).title).toBe('Drones for Russia, again');
    expect(item.warnings[0]).toMatch(/unknown field "publised" ignored \(known: text, id, title, url, outlet, publishedAt, language\)/);
  });

  test('broken front matter names the line', () => {
    expect(splitFrontMatter('---\ntitle: x\nthis is not a field\n---\ntext')).toEqual({ ok: false, reason: expect.stringMatching(/^line 3: front matter expects "key: value"/) });
    expect(splitFrontMatter('---\ntitle: x\n')).toEqual({ ok: false, reason: expect.stringMatching(/never closed/) });
    expect(splitFrontMatter('no front matter\n---\n')).toEqual({ ok: true, fields: {}, body: 'no front matter\n---\n' });
  });

  test('a bad date or language in front matter fails naming the field', async () => {
    const file = tempFile('bad.md', '---\npublishedAt: 01.02.2024\nlanguage: fr\n---\nIran has delivered drones to Russia.');
    expect(reason(await one([file]))).toBe(
      'field publishedAt: "01.02.2024" is not a date: use YYYY-MM-DD; field language: "fr" is not a supported language: use de or en',
    );
  });

  test('an article over the size limit is refused without reading it, naming the setting', async () => {
    expect(reason(await one([path.join(BATCH, 'oversize.txt')], { maxBytes: 64 * 1024 }))).toBe(
      'article is 75.2 KB, over the 64 KB limit (raise it with --max-bytes or INGEST_MAX_BYTES)',
    );
    expect((await one([path.join(BATCH, 'oversize.txt')])).kind).toBe('ok');
  });
});

describe('HTML', () => {
  test('Readability finds the article text and the page metadata', async () => {
    const input = article(await one([path.join(BATCH, 'page.html')]));
    expect(input).toMatchObject({
      title: 'Belarus receives Iskander systems | World Wire',
      url: 'https://worldwire.example/belarus-iskander',
      outlet: 'World Wire',
      publishedAt: '2023-06-14',
      language: 'en',
    });
    expect(input.text).toBe(
      'Russia has delivered Iskander missile systems to Belarus, the defence ministry in Minsk said on Wednesday.\n\n' +
        'The systems can carry nuclear warheads, officials said. Moscow expects to station tactical weapons in the country by July.',
    );
  });

  test('a page whose readable text is no article (a login page) loads with a warning saying so (issue 11.10)', async () => {
    const login = await one([tempFile('login.html', '<html><head><title>Sign in</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><form><label>User</label><input name="u"><button>Sign in</button></form></body></html>')]);
    expect(login.kind).toBe('ok');
    expect(login.warnings).toEqual([expect.stringMatching(/^little article text: Readability kept \d+ words? and no sentence .*login, consent or index page/)]);
    expect((await one([path.join(BATCH, 'page.html')])).warnings).toEqual([]);
  });

  test('a page without readable content fails', async () => {
    expect(reason(await one([tempFile('empty.html', '<html><head><title>Blank</title></head><body><script>render()</script></body></html>')]))).toMatch(/no article text/);
  });
});

describe('JSON and JSONL', () => {
  test('a .json file holds one article or an array; items are named by index', async () => {
    expect(article(await one([path.join(BATCH, 'one.json')])).title).toBe('Germany to send Patriot systems to Ukraine');
    const [tanks, missing] = await read([path.join(BATCH, 'list.json')]);
    expect(article(tanks)).toMatchObject({ id: 'manual-tanks', language: 'en' });
    expect(where(missing.origin)).toBe(`${path.join(BATCH, 'list.json')}[1]`);
    expect(reason(missing)).toBe('field text: missing: every article needs a text');
  });

  test('malformed JSON names line and column', async () => {
    const file = tempFile('broken.json', '{\n  "text": "Iran has delivered drones"\n  "title": "Drones"\n}');
    expect(reason(await one([file]))).toMatch(/^malformed JSON at line 3, column 3: /);
  });

  test('each JSONL line is an article; failures carry file and line, blank lines are skipped', async () => {
    const file = path.join(BATCH, 'feed.jsonl');
    const items = await read([file]);
    const summary = items.map((item) => [where(item.origin), item.kind === 'ok' ? 'ok' : item.reason]);
    expect(summary).toEqual([
      [`${file}:1`, 'ok'],
      [`${file}:3`, "malformed JSON at column 73: Expected ',' or '}' after property value in JSON at position 72"],
      [`${file}:4`, 'field text: missing: every article needs a text'],
      [`${file}:5`, 'ok'],
      [`${file}:6`, 'whitespace only: the article has no text'],
      [`${file}:7`, 'field publishedAt: "last Tuesday" is not a date: use YYYY-MM-DD'],
      [`${file}:8`, 'ok'],
    ]);
  });

  test('a JSONL line over the limit is skipped without holding it; CRLF line ends are fine', async () => {
    const long = JSON.stringify({ text: 'x'.repeat(5000) });
    const file = tempFile('mixed.jsonl', `${long}\r\n{"text":"Iran has delivered drones to Russia."}\r\n`);
    const [first, second] = await read([file], { maxBytes: 1000 });
    expect(reason(first)).toBe('line is 4.9 KB, over the 1000 B limit (raise it with --max-bytes or INGEST_MAX_BYTES)');
    expect(article(second).text).toBe('Iran has delivered drones to Russia.');
  });

  test('an extracted record given to ingest points to npm run load', async () => {
    const file = tempFile('records.jsonl', JSON.stringify({ recordVersion: 1, article: { text: 'x' } }) + '\n');
    expect(reason(await one([file]))).toMatch(/npm run load/);
  });

  test('a binary file named .jsonl fails once, not once a line', async () => {
    const file = tempFile('data.jsonl', Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from('\n\n{"a":1}\n')]));
    expect(reason(await one([file]))).toMatch(/binary file: looks like a gzip archive/);
  });
});

describe('arguments, folders and stdin', () => {
  test('a folder is read recursively in name order; other files are skipped, hidden ones ignored', async () => {
    const items = await read([BATCH]);
    const files = [...new Set(items.map((i) => i.origin.file))];
    expect(files).toEqual(
      [
        'drones-copy.txt', 'drones.txt', 'empty.txt', 'feed.jsonl', 'latin1.txt', 'list.json', 'nested/raketen.md', 'notes.pdf',
        'one.json', 'oversize.txt', 'page.html', 'scan.txt', 'shells.md', 'unknown-key.md', 'whitespace.txt',
      ].map((f) => path.join(BATCH, f)),
    );
    const pdf = items.find((i) => i.origin.file?.endsWith('notes.pdf'));
    expect(pdf).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/^not an article file \(expected/) });
  });

  test('a missing path or an unknown file type named on the command line fails', async () => {
    expect(reason(await one(['no/such/folder']))).toBe('no such file or folder');
    expect(reason(await one([path.join(BATCH, 'notes.pdf')]))).toMatch(/^not an article file: expected one of \.txt/);
  });

  test('stdin: JSONL when it starts with {, text with front matter otherwise', async () => {
    const jsonl = await read(['-'], { stdin: Readable.from(['{"text": "Iran has delivered drones to Russia."}\n{"tex', 't": 2}\n']) });
    expect(jsonl.map((i) => [where(i.origin), i.kind])).toEqual([
      ['stdin:1', 'ok'],
      ['stdin:2', 'failed'],
    ]);
    const text = article(await one(['-'], { stdin: Readable.from([Buffer.from('---\ntitle: Piped\n---\nRussia has delivered tanks to Belarus.\n')]) }));
    expect(text).toMatchObject({ title: 'Piped', file: null, text: 'Russia has delivered tanks to Belarus.\n' });
  });
});

describe('settings and identity', () => {
  test('the size limit comes from the flag, else the environment, else 1 MB', () => {
    expect(resolveMaxBytes(undefined, {})).toBe(1024 * 1024);
    expect(resolveMaxBytes(undefined, { INGEST_MAX_BYTES: '512KB' })).toBe(512 * 1024);
    expect(resolveMaxBytes('2MB', { INGEST_MAX_BYTES: '512KB' })).toBe(2 * 1024 * 1024);
    expect(parseByteSize('1.5 mb')).toBe(1572864);
    expect(() => resolveMaxBytes(undefined, { INGEST_MAX_BYTES: 'lots' })).toThrow('INGEST_MAX_BYTES="lots" is not a size: use bytes or a unit, e.g. 1048576, 512KB, 2MB.');
  });

  test('an article is its URL where it has one, else its normalised text', () => {
    const text = 'Iran has delivered drones to Russia.\n\nOfficials said so.';
    expect(articleId(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(articleId('  Iran has delivered drones to Russia.\r\n Officials  said so.\n')).toBe(articleId(text));
    expect(articleId('Iran has delivered drones to Russia.')).not.toBe(articleId(text));
    expect(articleId(text, 'https://News.Example/a#comments')).toBe(articleId('corrected text', 'https://news.example/a/'));
    expect(articleId(text, '')).toBe(articleId(text));
  });
});
