import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { ArticleInput } from '../record';

/** Reads a .txt or .md article; metadata is left to the clean stage, which finds it in the text. */
export function readArticleFile(path: string): ArticleInput {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return { text, file: relative(process.cwd(), path) || path };
}
