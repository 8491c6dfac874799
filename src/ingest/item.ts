/** What flows through the batch pipeline: one article (or one bad input) with where it came from. */
import type { Checked } from '../validate/checked';

export interface Origin {
  /** Path relative to the working directory; null for stdin. */
  file: string | null;
  /** 1-based line of a JSONL file (or of stdin read as JSONL). */
  line?: number;
  /** 0-based index into the array of a .json file. */
  item?: number;
  /** Id of a stored article (npm run reextract reads from the graph, not from files). */
  article?: string;
}

export type Item<T> =
  | { kind: 'ok'; origin: Origin; warnings: string[]; value: T }
  | { kind: 'failed'; origin: Origin; warnings: string[]; reason: string }
  | { kind: 'skipped'; origin: Origin; warnings: string[]; reason: string };

/** "batch/a.jsonl:3", "batch/list.json[2]", "stdin:4", "seeds/000.txt". */
export function where(origin: Origin): string {
  if (origin.article !== undefined) return `article ${origin.article}${origin.file ? ` (${origin.file})` : ''}`;
  const file = origin.file ?? 'stdin';
  if (origin.line !== undefined) return `${file}:${origin.line}`;
  if (origin.item !== undefined) return `${file}[${origin.item}]`;
  return file;
}

export function failed<T>(origin: Origin, reason: string, warnings: string[] = []): Item<T> {
  return { kind: 'failed', origin, warnings, reason };
}

export function fromChecked<T>(origin: Origin, checked: Checked<T>, warnings: string[] = []): Item<T> {
  return checked.ok
    ? { kind: 'ok', origin, warnings: [...warnings, ...checked.warnings], value: checked.value }
    : failed(origin, checked.reason, warnings);
}

/** Applies a checked step to ok items; failed and skipped items pass through unchanged. */
export async function* mapItems<T, U>(items: AsyncIterable<Item<T>>, step: (value: T, origin: Origin) => Checked<U> | Promise<Checked<U>>): AsyncGenerator<Item<U>> {
  for await (const item of items) {
    if (item.kind !== 'ok') yield item;
    else yield fromChecked(item.origin, await step(item.value, item.origin), item.warnings);
  }
}
