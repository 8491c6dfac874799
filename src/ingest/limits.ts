/** The size limit of one article as it arrives: a file, a JSONL line, stdin, or a JSON item's text. */

export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const MAX_BYTES_ENV = 'INGEST_MAX_BYTES';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

class SettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingError';
  }
}

/** "1048576", "512KB", "2 MB", "1m" → bytes; null when the text is not a size. */
export function parseByteSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined) return null;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : null;
}

/** The limit from `--max-bytes`, else the environment, else 1 MB. */
export function resolveMaxBytes(flag: string | undefined, env: Record<string, string | undefined> = process.env): number {
  const [setting, raw] = flag !== undefined ? ['--max-bytes', flag] : [MAX_BYTES_ENV, env[MAX_BYTES_ENV]];
  if (raw === undefined || raw === '') return DEFAULT_MAX_BYTES;
  const bytes = parseByteSize(raw);
  if (bytes === null) throw new SettingError(`${setting}="${raw}" is not a size: use bytes or a unit, e.g. 1048576, 512KB, 2MB.`);
  return bytes;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MB`;
}

export function oversize(bytes: number, maxBytes: number, what: string): string {
  return `${what} is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes or ${MAX_BYTES_ENV})`;
}
