/**
 * The fields of an article as it arrives (front matter, a JSON object, HTML metadata), checked
 * and normalised into an ArticleInput. `text` is required and must hold more than whitespace;
 * unknown keys are ignored with a warning so that a typo ("publised") does not pass unnoticed.
 */
import { z } from 'zod';
import { ArticleInput, Language } from '../record';
import type { Checked } from './checked';
import { formatIssues } from './issues';

const ARTICLE_FIELDS = ['text', 'id', 'title', 'url', 'outlet', 'publishedAt', 'language'] as const;
const LANGUAGES: readonly Language[] = ['de', 'en'];

/** A string field that may be missing, null or blank (all three mean "not given"). */
const optional = z
  .string({ error: 'must be a string' })
  .nullish()
  .transform((s) => (s === null || s === undefined || s.trim() === '' ? null : s.trim()));

/** "2024-02-01" or an ISO timestamp starting with a real calendar date → "2024-02-01". */
const isoDate = optional.transform((s, ctx) => {
  if (s === null) return null;
  const day = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(s)?.[1];
  if (day && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)) return day;
  ctx.addIssue({ code: 'custom', message: `"${s}" is not a date: use YYYY-MM-DD` });
  return z.NEVER;
});

/** "de", "DE", "de-DE", "en_GB" → the language; other languages are not supported. */
const language = optional.transform((s, ctx): Language | null => {
  if (s === null) return null;
  const code = s.toLowerCase().slice(0, 2);
  if (/^[a-z]{2}(?:$|[-_])/i.test(s) && (LANGUAGES as readonly string[]).includes(code)) return code as Language;
  ctx.addIssue({ code: 'custom', message: `"${s}" is not a supported language: use de or en` });
  return z.NEVER;
});

const inputSchema = z.object({
  text: z.string({ error: (issue) => (issue.input === undefined ? 'missing: every article needs a text' : 'must be a string') }),
  id: optional,
  title: optional,
  url: optional,
  outlet: optional,
  publishedAt: isoDate,
  language,
});

function looksLikeRecord(fields: Record<string, unknown>): boolean {
  return 'recordVersion' in fields && typeof fields.article === 'object' && fields.article !== null;
}

/** Checks raw fields; `file` is where the article came from (null for stdin). */
export function checkArticleFields(fields: unknown, file: string | null): Checked<ArticleInput> {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    return { ok: false, reason: `expected an article object with a "text" field, found ${Array.isArray(fields) ? 'an array' : JSON.stringify(fields)}` };
  }
  const raw = fields as Record<string, unknown>;
  if (looksLikeRecord(raw)) return { ok: false, reason: 'this is an extracted article record, not an article: load it with `npm run load`' };
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: formatIssues(parsed.error.issues) };
  const { text } = parsed.data;
  if (text.length === 0) return { ok: false, reason: 'empty: the article has no text' };
  if (text.trim().length === 0) return { ok: false, reason: 'whitespace only: the article has no text' };
  // Unicode NFC on the way in, before extraction: the record's text is what offsets point into,
  // so normalising here keeps every evidence offset true. Text in NFD ("o" + combining
  // diaeresis) would otherwise match no name of the lexicon.
  const nfc = (value: string | null): string | null => (value === null ? null : value.normalize('NFC'));
  const normalised = { ...parsed.data, text: text.normalize('NFC'), title: nfc(parsed.data.title), outlet: nfc(parsed.data.outlet) };
  const unknown = Object.keys(raw).filter((key) => !(ARTICLE_FIELDS as readonly string[]).includes(key));
  const warnings = unknown.length ? [`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} ignored (known: ${ARTICLE_FIELDS.join(', ')})`] : [];
  if (normalised.text !== text) warnings.push('text was not in Unicode NFC (composed) form; read as NFC');
  return { ok: true, value: { ...normalised, file }, warnings };
}
