/** Name handling shared by extraction, loading and the API: one folding, one slug. */
import { fold, slug } from './lexicon/fold';

export { slug };

/** Folded (lower-case, accents stripped), punctuation to single spaces: the key aliases match under. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
