/**
 * Issue 11, item 11: text in Unicode NFD gives the claims NFC text gives, with true offsets, and
 * names typed in NFD are found: Unicode is normalised (NFC) on the way in.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ruleExtractor } from '../src/extract';
import { extractRecords } from '../src/ingest/ingest';
import { readInputs } from '../src/ingest/sources';
import { ArticleRecord } from '../src/record';
import { Api, startApi } from './api/harness';

const SEED = fs.readFileSync(path.join(__dirname, '..', 'seeds', '000_f68f6b1503156dfd.txt'), 'utf8');

async function ingestText(text: string): Promise<{ record: ArticleRecord; warnings: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'armsgraph-nfd-'));
  try {
    fs.writeFileSync(path.join(dir, 'article.txt'), text);
    for await (const item of extractRecords(readInputs([dir], { maxBytes: 1 << 20, stdin: process.stdin }), ruleExtractor)) {
      if (item.kind !== 'ok') throw new Error(`${item.kind}: ${item.reason}`);
      return { record: item.value, warnings: item.warnings };
    }
    throw new Error('no article read');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('an article in NFD gives the same claims as in NFC, with offsets into the stored (NFC) text', async () => {
  const nfd = SEED.normalize('NFD');
  expect(nfd).not.toBe(SEED.normalize('NFC')); // the sample has umlauts
  const fromNfc = await ingestText(SEED.normalize('NFC'));
  const fromNfd = await ingestText(nfd);
  expect(fromNfc.record.transfers.length).toBeGreaterThan(0);
  const tuples = (r: ArticleRecord) => r.transfers.map((t) => `${t.supplier.id}->${t.recipient.id}:${t.category}:${t.status}`);
  expect(tuples(fromNfd.record)).toEqual(tuples(fromNfc.record));
  expect(fromNfd.record.article.id).toBe(fromNfc.record.article.id);
  const { text } = fromNfd.record.article;
  expect(text).toBe(text.normalize('NFC'));
  for (const t of fromNfd.record.transfers) expect(text.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.text);
  for (const e of fromNfd.record.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  expect(fromNfd.warnings).toContain('text was not in Unicode NFC (composed) form; read as NFC');
});

describe('API arguments', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.close());

  test('a name typed in NFD finds what its NFC spelling finds', async () => {
    const nfd = 'Pjöngjang'.normalize('NFD');
    expect(nfd).not.toBe('Pjöngjang');
    const response = await api.query('query ($a: String!, $b: String!) { exchange(from: $a, to: $b) { from { name } to { name } } }', {
      a: nfd,
      b: 'Moskau',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.exchange.from.name).toBe('North Korea');
    const place = await api.query('query ($p: String!) { place(name: $p) { name } }', { p: 'Saporíschschja'.normalize('NFD') });
    expect(place.errors).toBeUndefined();
  });
});
