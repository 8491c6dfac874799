/** The size limit of one article as it arrives: a file, a JSONL line, stdin, or a JSON item's text. */

export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const MAX_BYTES_ENV = 'INGEST_MAX_BYTES';

import { parseByteSize } from '../config';

export { parseByteSize };

class SettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingError';
  }
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
