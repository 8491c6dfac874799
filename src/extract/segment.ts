/**
 * Segment stage: sentences with offsets. Lines are paragraphs; inside a line a sentence ends
 * at . ! ? (and closing quotes) before an upper-case start, except after ordinals before a
 * month or lower-case word ("am 30. Dezember"), abbreviations ("z. B.", "Dr.") and initials.
 */
import type { CleanDoc, Sentence } from './types';

const ABBREVIATIONS = new Set(
  'z b bzw ca dr prof nr st mr mrs ms gen lt col sgt maj capt adm u a etc vgl jh mio mrd abs art no vs jr sen rep gov dt engl sog usw inkl evtl ggf min max mt mil bn'.split(' '),
);
const MONTH_AFTER_ORDINAL = /^(?:januar|janner|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|jahrhundert|jahrestag|mal|platz|stelle)\b/;
const END = /[.!?…]+["'»)\]]*(?=\s)/g;

export function segment(doc: CleanDoc): Sentence[] {
  const { text, norm } = doc;
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(norm[start])) start++;
    while (end > start && /\s/.test(norm[end - 1])) end--;
    if (end > start) {
      const question = /\?["'»)\]]*$/.test(text.slice(start, end));
      sentences.push({ index: sentences.length, start, end, paragraph, question });
    }
  };
  let lineStart = 0;
  while (lineStart <= norm.length) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = norm.length;
    const line = norm.slice(lineStart, lineEnd);
    if (line.trim()) {
      let start = 0;
      END.lastIndex = 0;
      for (let m = END.exec(line); m; m = END.exec(line)) {
        const rest = m.index + m[0].length;
        const after = line.slice(rest).trimStart();
        const nextChar = text[lineStart + rest + (line.length - rest - line.slice(rest).trimStart().length)];
        if (!after || !isBoundary(line, m.index, m[0], after, nextChar)) continue;
        push(lineStart + start, lineStart + m.index + m[0].length);
        start = m.index + m[0].length;
      }
      push(lineStart + start, lineEnd);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function isBoundary(line: string, at: number, mark: string, after: string, nextChar: string): boolean {
  if (mark[0] !== '.') return true;
  const word = /([\p{L}\p{N}]+)$/u.exec(line.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  const upperStart = /[\p{Lu}\p{N}"'„“«]/u.test(nextChar);
  if (/^\d{1,2}$/.test(word) && (MONTH_AFTER_ORDINAL.test(after) || !upperStart)) return false;
  if (ABBREVIATIONS.has(word) || (word.length === 1 && /\p{L}/u.test(word))) return false;
  return upperStart;
}
