/**
 * Optional front matter at the top of a .txt or .md file:
 *
 *   ---
 *   title: Drones for Russia
 *   url: https://news.example/drones
 *   publishedAt: 2024-02-01
 *   ---
 *   Article text …
 *
 * One `key: value` a line (values may be quoted; `#` lines are comments). The text after the
 * closing `---` is the article text.
 */

export type FrontMatter = { ok: true; fields: Record<string, string>; body: string } | { ok: false; reason: string };

const FENCE = /^---\s*$/;
const CLOSE = /^(---|\.\.\.)\s*$/;

function unquote(value: string): string {
  const v = value.trim();
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { ok: true, fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (CLOSE.test(line)) return { ok: true, fields, body: lines.slice(i + 1).join('\n') };
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(line);
    if (!match) return { ok: false, reason: `line ${i + 1}: front matter expects "key: value", found "${line.slice(0, 60)}"` };
    fields[match[1]] = unquote(match[2]);
  }
  return { ok: false, reason: 'line 1: front matter opened with --- is never closed: end it with a line ---' };
}

/** The first `# Heading` of a Markdown body, as a fallback title. */
export function markdownTitle(body: string): string | null {
  const first = body.split('\n').find((line) => line.trim() !== '');
  const match = first ? /^#\s+(.+?)\s*#*\s*$/.exec(first) : null;
  return match ? match[1] : null;
}
