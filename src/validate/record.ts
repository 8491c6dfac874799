/**
 * Validation of reviewed article records (`npm run load`). A person edits JSONL by hand, so
 * every field is checked against the record contract in src/record.ts, unknown keys are
 * errors (a misspelt "satus" must not pass as a missing status), and every span must still
 * point at its text in the article. zod gives the path of each problem, which the loader
 * reports as the field; the schema is typed against ArticleRecord, so the contract and the
 * check cannot drift apart without a compile error.
 */
import { z } from 'zod';
import { ArticleRecord, CATEGORIES, ENTITY_TYPES, Span, STATUSES } from '../record';
import type { Checked } from './checked';
import { formatIssues } from './issues';

const nonEmpty = z.string().refine((s) => s.trim().length > 0, 'must not be empty');
const offset = z.number().int().nonnegative();
const span = z.strictObject({ text: z.string(), start: offset, end: offset });
const ref = z.strictObject({ id: nonEmpty, name: nonEmpty });
const nullableText = z.string().nullable();
const optionalText = z.string().nullish();

const entity = z.strictObject({
  id: nonEmpty,
  type: z.enum(ENTITY_TYPES),
  name: nonEmpty,
  mentions: z.array(span),
  kind: optionalText,
  role: optionalText,
  affiliation: optionalText,
  category: z.enum(CATEGORIES).nullish(),
  origin: optionalText,
  lat: z.number().min(-90).max(90).nullish(),
  lon: z.number().min(-180).max(180).nullish(),
});

const transfer = z.strictObject({
  supplier: ref,
  recipient: ref,
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  items: z.array(z.strictObject({ id: optionalText, name: nonEmpty })),
  quantity: z.strictObject({ value: z.number().nullable(), approx: z.string(), unit: nullableText }).nullable(),
  when: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD').nullable(),
  attribution: nullableText,
  evidence: span,
});

const article = z.strictObject({
  id: nonEmpty,
  file: nullableText,
  title: nullableText,
  publishedAt: z.iso.date('use YYYY-MM-DD').nullable(),
  language: z.enum(['de', 'en']),
  outlet: nullableText,
  url: nullableText,
  text: nonEmpty,
});

const recordSchema: z.ZodType<ArticleRecord> = z
  .strictObject({
    recordVersion: z.literal(1),
    extractor: z.strictObject({ name: nonEmpty, version: nonEmpty }),
    article,
    entities: z.array(entity),
    transfers: z.array(transfer),
  })
  .superRefine((record, ctx) => {
    const text = record.article.text;
    const checkSpan = (s: Span, path: Array<string | number>) => {
      if (s.end < s.start || text.slice(s.start, s.end) !== s.text) {
        const there = text.slice(s.start, Math.min(s.end, s.start + 60));
        ctx.addIssue({ code: 'custom', path, message: `offsets ${s.start}–${s.end} do not hold "${s.text.slice(0, 60)}" in article.text (they hold "${there}")` });
      }
    };
    record.entities.forEach((e, i) => e.mentions.forEach((m, j) => checkSpan(m, ['entities', i, 'mentions', j])));
    record.transfers.forEach((t, i) => {
      checkSpan(t.evidence, ['transfers', i, 'evidence']);
      if (t.supplier.id === t.recipient.id) ctx.addIssue({ code: 'custom', path: ['transfers', i, 'recipient'], message: `is the supplier (${t.supplier.id})` });
    });
  });

/** An article as `npm run ingest` reads it (a `text` and metadata), not a record: no article or transfers. */
function looksLikeArticle(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.text === 'string' && !('article' in v) && !('transfers' in v) && !('recordVersion' in v);
}

export function validateRecord(value: unknown): Checked<ArticleRecord> {
  if (looksLikeArticle(value)) {
    return { ok: false, reason: 'this is an article, not an article record: use `npm run ingest` to extract and load it (`npm run load` takes the records `npm run extract` writes)' };
  }
  const parsed = recordSchema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data, warnings: [] } : { ok: false, reason: formatIssues(parsed.error.issues) };
}
