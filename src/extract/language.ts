/** Language stage: German or English, by counting frequent function words (folded text). */
import type { Language } from '../record';

const GERMAN = new Set('der die das und ist nicht mit von den dem des sich auch auf fur eine ein zu im dass wurde hat werden wird sind nach bei aus einer als'.split(' '));
const ENGLISH = new Set('the and of to is that with for was on are by has have from this which it were be been its an at as said'.split(' '));

export function detectLanguage(norm: string): Language {
  let de = 0;
  let en = 0;
  const sample = norm.length > 4000 ? norm.slice(0, 4000) : norm;
  for (const w of sample.split(/[^a-zß]+/)) {
    if (GERMAN.has(w)) de++;
    if (ENGLISH.has(w)) en++;
  }
  return en > de ? 'en' : 'de';
}
