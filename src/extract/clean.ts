/**
 * Clean stage: fold the text for matching and blank out boilerplate (navigation, share
 * buttons, photo credits, URL and date lines, agency credits), taking article metadata
 * from those lines on the way. Blanking replaces characters by spaces, so offsets into
 * the cleaned text are offsets into the text as read.
 */
import type { ArticleInput } from '../record';
import { fold } from '../lexicon';
import { hasDayMonth, parseFullDate, parsePartialDate } from './dates';
import type { CleanDoc, Range } from './types';

const BOILERPLATE_LINES = [
  /^(?:\d+\.\s*)?(?:zum inhalt springen|zur hauptnavigation springen|zu weiteren angeboten .{0,40} springen|skip to (?:main )?content|skip navigation|zur navigation)$/,
  /^(?:teilen|share|drucken|print|kommentare|anzeige|werbung|advertisement|artikel teilen|share this article|jetzt melden\.?|zur startseite|mehr zum thema.*|lesen sie auch:?.*|read more:?.*|fehler im artikel gefunden\?.*|newsletter.*|copyright.*|©.*|alle rechte vorbehalten.*)$/,
];
/** Photo credit at the end of a caption: "Bild: Evan Vucci/AP Photo/picture alliance". */
const PHOTO_CREDIT = /\b(?:bild|foto|photo|image|credit|quelle|picture)s?:\s*[^\n]{0,100}$/;
const CREDIT_HINT = /\/|picture alliance|\bap\b|dpa|reuters|getty|afp|imago|epa|kcna|ddp/;
/** Author/agency credit line: "sti/kle (afp, dpa, rtr)". */
const AGENCY_LINE = /^[a-z]{2,4}(?:\/[a-z]{2,4})+\s*(?:\([^)]*\))?$/;
const URL_LINE = /^(https?:\/\/\S+)$/;
/**
 * Dateline opening a paragraph: "WASHINGTON (AP) — ", "Seoul - ", "WARSCHAU, 13. August 2024 (AFP) – ",
 * "SEOUL, Aug 1 (Yonhap) – ", "June 2, 2021 – ". The place is where the report was filed; a date
 * with its year there is the article's date.
 */
const DATELINE = /^(?:(?:[\p{L} .'\/]|(?<=\p{L})-(?=\p{L})){2,40}(?:,\s*[\p{L}\d .,]{3,24}?)?|[\p{L}\d .,]{3,24}?)(?:\s*\([\p{L} .\/-]{2,30}\))?\s+-\s+/u;
/** Trailing source credit at the very end of the text: "(eulerpool-AFX)". */
const TRAILING_CREDIT = /\(([^()\n]{2,40})\)\s*$/;

const OUTLETS: Array<[RegExp, string]> = [
  [/(?:^|\.)dw\.com$/, 'Deutsche Welle'], [/tagesschau\.de$/, 'tagesschau'], [/spiegel\.de$/, 'Der Spiegel'],
  [/zeit\.de$/, 'Die Zeit'], [/faz\.net$/, 'Frankfurter Allgemeine Zeitung'], [/sueddeutsche\.de$/, 'Süddeutsche Zeitung'],
  [/welt\.de$/, 'Die Welt'], [/n-tv\.de$/, 'n-tv'], [/zdf\.de$/, 'ZDF'], [/reuters\.com$/, 'Reuters'], [/apnews\.com$/, 'Associated Press'],
  [/bbc\.(?:co\.uk|com)$/, 'BBC'], [/theguardian\.com$/, 'The Guardian'], [/nytimes\.com$/, 'The New York Times'],
  [/washingtonpost\.com$/, 'The Washington Post'], [/cnn\.com$/, 'CNN'], [/aljazeera\.com$/, 'Al Jazeera'],
  [/independent\.co\.uk$/, 'The Independent'], [/kyivindependent\.com$/, 'The Kyiv Independent'], [/politico\.(?:eu|com)$/, 'Politico'],
];

function outletOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const known = OUTLETS.find(([re]) => re.test(host) || re.test(host.replace(/^p\./, '')));
    return known ? known[1] : host;
  } catch {
    return null;
  }
}

function blank(s: string, r: Range): string {
  return s.slice(0, r.start) + ' '.repeat(r.end - r.start) + s.slice(r.end);
}

export function clean(input: ArticleInput): CleanDoc {
  const text = input.text;
  let norm = fold(text);
  const boilerplate: Range[] = [];
  let url: string | null = input.url ?? null;
  let publishedAt: string | null = input.publishedAt ?? null;
  let outlet: string | null = input.outlet ?? null;
  let title: string | null = input.title ?? null;
  // Less precise or less certain than a date line or dateline: a month or a year alone, a date in a headline.
  let reportDate: string | null = null;
  let headlineDate: string | null = null;
  const drop = (r: Range) => {
    if (r.end > r.start) {
      boilerplate.push(r);
      norm = blank(norm, r);
    }
  };

  let lineStart = 0;
  let lineNo = 0;
  for (const rawLine of text.split('\n')) {
    const lineEnd = lineStart + rawLine.length;
    const folded = norm.slice(lineStart, lineEnd);
    const trimmed = folded.trim();
    const lead = folded.length - folded.trimStart().length;
    const whole = { start: lineStart + lead, end: lineStart + lead + trimmed.length };
    if (trimmed) {
      const urlLine = URL_LINE.exec(rawLine.trim());
      const date = lineNo < 40 && trimmed.length <= 40 ? parseFullDate(trimmed) : null;
      if (lineNo < 6 && trimmed.length <= 100) headlineDate ??= parseFullDate(trimmed)?.date ?? null;
      if (BOILERPLATE_LINES.some((re) => re.test(trimmed)) || AGENCY_LINE.test(trimmed)) drop(whole);
      else if (lineNo < 6 && trimmed.split(/\s+/).length <= 2 && parsePartialDate(trimmed)) {
        reportDate ??= parsePartialDate(trimmed);
        drop(whole);
      }
      else if (urlLine) {
        url ??= urlLine[1];
        drop(whole);
      } else if (date && date.index + date.length >= trimmed.length - 2 && trimmed.length <= 60) {
        // A date line, possibly with a dateline place: "Berlin/Teheran, 7. September 2024".
        publishedAt ??= date.date;
        drop(whole);
      } else {
        const dateline = DATELINE.exec(trimmed);
        const when = dateline?.[0].replace(/^[^,]*,/, '').replace(/\(.*$|\s-\s*$/g, '').trim() ?? '';
        // A place alone is a dateline only as a place is named: a few words, not a headline's clause.
        const place = dateline && /^[\p{L} .'\/-]{2,40}(?:\s*\(|\s+-)/u.test(dateline[0]) && dateline[0].split(/[\s\/]+/).filter((w) => /\p{L}/u.test(w)).length <= 3;
        if (dateline && (place || hasDayMonth(dateline[0]) || parsePartialDate(when))) {
          drop({ start: whole.start, end: whole.start + dateline[0].length });
          if (lineNo < 40) {
            publishedAt ??= parseFullDate(dateline[0])?.date ?? null;
            reportDate ??= parsePartialDate(when);
          }
        }
        const credit = PHOTO_CREDIT.exec(folded);
        if (credit && CREDIT_HINT.test(credit[0])) drop({ start: lineStart + credit.index, end: lineEnd });
        else if (!title && trimmed.split(/\s+/).length >= 4 && trimmed.length < 200) title = rawLine.trim();
      }
    }
    lineStart = lineEnd + 1;
    lineNo++;
  }

  if (!outlet && url) outlet = outletOf(url);
  const trailing = TRAILING_CREDIT.exec(norm);
  if (trailing && trailing[1].split(/\s+/).length <= 3 && !/\d{3}/.test(trailing[1])) {
    const start = trailing.index + 1;
    outlet ??= text.slice(start, start + trailing[1].length).trim();
    drop({ start: trailing.index, end: trailing.index + trailing[0].trimEnd().length });
  }
  publishedAt ??= headlineDate;
  return { input, text, norm, boilerplate, title, publishedAt, reportDate: publishedAt ?? reportDate, url, outlet };
}
