/**
 * Walking folders (issues 11.6 and 11.10): symbolic links do not lead out of the folders named
 * unless asked, loops and second paths to one file are read once, and whatever cannot be read
 * (a locked folder, a FIFO) is named in the report while the batch goes on.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Item } from '../../src/ingest/item';
import { DEFAULT_MAX_BYTES } from '../../src/ingest/limits';
import { countFiles, readInputs } from '../../src/ingest/sources';
import { ArticleInput } from '../../src/record';

const ARTICLE = 'Iran has delivered Shahed drones to Russia, officials in Kyiv said.\n';

async function read(args: string[], followSymlinks = false): Promise<Item<ArticleInput>[]> {
  const items: Item<ArticleInput>[] = [];
  for await (const item of readInputs(args, { maxBytes: DEFAULT_MAX_BYTES, stdin: Readable.from([]), followSymlinks })) items.push(item);
  return items;
}

const summary = (items: Item<ArticleInput>[], root: string) =>
  items.map((i) => [path.relative(root, i.origin.file!), i.kind, i.kind === 'ok' ? '' : i.reason]);

/** A scratch tree: articles/ (the folder named) and outside/ (foreign files). */
function tree(): { root: string; articles: string; outside: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-walk-'));
  const articles = path.join(root, 'articles');
  const outside = path.join(root, 'outside');
  fs.mkdirSync(path.join(articles, 'sub'), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(articles, 'a.txt'), ARTICLE);
  fs.writeFileSync(path.join(articles, 'sub', 'b.txt'), ARTICLE.replace('Iran', 'North Korea'));
  for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(outside, `foreign-${i}.txt`), `Foreign file ${i}.\n`);
  return { root, articles, outside };
}

describe('symbolic links', () => {
  test('a link out of the folder named is skipped and named; --follow-symlinks reads it', async () => {
    const { root, articles, outside } = tree();
    fs.symlinkSync(outside, path.join(articles, 'elsewhere'));
    fs.symlinkSync(path.join(outside, 'foreign-0.txt'), path.join(articles, 'one-foreign.txt'));
    const items = await read([articles]);
    expect(summary(items, root)).toEqual([
      ['articles/a.txt', 'ok', ''],
      ['articles/elsewhere', 'skipped', `symbolic link out of ${path.relative(process.cwd(), articles)} (to ${fs.realpathSync(outside)}); --follow-symlinks reads it`],
      ['articles/one-foreign.txt', 'skipped', expect.stringMatching(/^symbolic link out of .*--follow-symlinks reads it$/)],
      ['articles/sub/b.txt', 'ok', ''],
    ]);
    expect(await countFiles([articles])).toBe(2);
    const followed = await read([articles], true);
    expect(followed.filter((i) => i.kind === 'ok').map((i) => path.relative(root, i.origin.file!))).toEqual([
      'articles/a.txt',
      'articles/elsewhere/foreign-0.txt',
      'articles/elsewhere/foreign-1.txt',
      'articles/elsewhere/foreign-2.txt',
      'articles/sub/b.txt',
    ]);
    // The second path to foreign-0.txt is the same file: read once.
    expect(followed.find((i) => i.origin.file!.endsWith('one-foreign.txt'))).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/^the same file as .*foreign-0\.txt/) });
  });

  test('a link inside the folder is followed, a loop is detected and each file is read once', async () => {
    const { root, articles } = tree();
    fs.symlinkSync(articles, path.join(articles, 'sub', 'loop'));
    fs.symlinkSync(path.join(articles, 'sub'), path.join(articles, 'sub-again'));
    fs.symlinkSync(path.join(articles, 'a.txt'), path.join(articles, 'z-alias.txt'));
    fs.symlinkSync(path.join(root, 'missing.txt'), path.join(articles, 'broken.txt'));
    for (const follow of [false, true]) {
      const items = await read([articles], follow);
      expect(summary(items, root)).toEqual([
        ['articles/a.txt', 'ok', ''],
        ['articles/broken.txt', 'failed', expect.stringMatching(/^broken symbolic link \(to .*missing\.txt\)/)],
        ['articles/sub/b.txt', 'ok', ''],
        ['articles/sub/loop', 'skipped', `symbolic link loop: leads back to ${path.relative(process.cwd(), fs.realpathSync(articles))}`],
        ['articles/sub-again/b.txt', 'skipped', expect.stringMatching(/^the same file as .*sub\/b\.txt/)],
        ['articles/sub-again/loop', 'skipped', expect.stringMatching(/^symbolic link loop/)],
        ['articles/z-alias.txt', 'skipped', expect.stringMatching(/^the same file as .*a\.txt/)],
      ]);
    }
  });
});

describe('what cannot be read', () => {
  test('a FIFO in a folder is reported as skipped, and nothing waits on it', async () => {
    const { root, articles } = tree();
    execFileSync('mkfifo', [path.join(articles, 'pipe.txt')]);
    const items = await read([articles]);
    expect(summary(items, root)).toContainEqual(['articles/pipe.txt', 'skipped', 'a named pipe (FIFO), not an article file']);
    expect(items.filter((i) => i.kind === 'ok')).toHaveLength(2);
  });

  test('an unreadable subfolder is named in the report and the batch goes on', () => {
    const { root, articles } = tree();
    fs.chmodSync(root, 0o755);
    for (const dir of [articles, path.join(articles, 'sub')]) fs.chmodSync(dir, 0o755);
    for (const file of ['a.txt', 'sub/b.txt']) fs.chmodSync(path.join(articles, file), 0o644);
    fs.mkdirSync(path.join(articles, 'locked'));
    fs.writeFileSync(path.join(articles, 'locked', 'c.txt'), ARTICLE);
    fs.chmodSync(path.join(articles, 'locked'), 0o000);
    // Root reads every folder: the walk then runs as nobody, for whom the lock holds.
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
    const tsx = path.resolve('node_modules', '.bin', 'tsx');
    const [command, ...args] = [...asUser, tsx, 'src/cli/ingest.ts', articles, '--dry-run', '--json'];
    const run = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, HOME: os.tmpdir() } });
    fs.chmodSync(path.join(articles, 'locked'), 0o755);
    const report = JSON.parse(run.stdout);
    expect(report.failures).toEqual([{ where: path.join(path.relative(process.cwd(), articles), 'locked'), message: 'cannot read folder: permission denied' }]);
    expect(report.counts).toMatchObject({ checked: 2, failed: 1 });
    expect(run.status).toBe(1);
  });
});
