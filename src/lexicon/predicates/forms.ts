import type { PredicateForm } from './types';

/** Each (surface, features) once: inflection rules of both languages can derive one form twice. */
export function dedupeForms(forms: PredicateForm[]): PredicateForm[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = f.surface + '\u0000' + JSON.stringify(f.features);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
