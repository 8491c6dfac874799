/**
 * Article identity (issue 5): the one place that says which article a text is.
 *
 * An article with a URL is that URL: a corrected text from the same address replaces the
 * article's earlier claims instead of adding a second article. Without a URL the article is
 * its normalised text, so loading the same text again (re-saved, other line endings, extra
 * blank lines) finds the same article. Either way the id is the first 16 hex digits of a
 * SHA-256, the form the sample file names use.
 */
import { createHash } from 'node:crypto';

/** Unicode NFC, no BOM, every run of whitespace one space, trimmed. */
function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/^\uFEFF/, '').replace(/\s+/gu, ' ').trim();
}

/** Lower-case scheme and host, no fragment, no trailing slash; a string that is not a URL is only trimmed. */
function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    parsed.hash = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return trimmed;
  }
}

export function articleId(text: string, url?: string | null): string {
  const key = url && url.trim() !== '' ? `url\n${normaliseUrl(url)}` : `text\n${normaliseText(text)}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}
