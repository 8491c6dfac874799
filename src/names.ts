/** Name handling shared by extraction, loading and the API. */

/** Lower-case, accents folded, punctuation to single spaces: the key under which aliases match. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Stable id of a canonical name: "North Korea" → "north-korea", "KN-23" → "kn-23". */
export function slug(name: string): string {
  return nameKey(name).replace(/ /g, '-');
}
