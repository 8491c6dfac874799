/**
 * Dates and times in German and English news text, normalised against the article's date.
 * All functions take folded text (lowercase, no diacritics: "marz", "dezember").
 */
const MONTHS: Record<string, number> = {
  januar: 1, janner: 1, january: 1, jan: 1, februar: 2, february: 2, feb: 2, marz: 3, march: 3, mar: 3,
  april: 4, apr: 4, mai: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sonntag: 0, sunday: 0, montag: 1, monday: 1, dienstag: 2, tuesday: 2, mittwoch: 3, wednesday: 3,
  donnerstag: 4, thursday: 4, freitag: 5, friday: 5, samstag: 6, sonnabend: 6, saturday: 6,
};
const M = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const W = Object.keys(WEEKDAYS).join('|');

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d?: number) => (d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`);

function valid(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const FULL_DATES: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  [new RegExp(`\\b(\\d{1,2})\\.?\\s*(${M})\\.?,?\\s+(\\d{4})\\b`), (m) => [+m[3], MONTHS[m[2]], +m[1]]],
  [new RegExp(`\\b(${M})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`), (m) => [+m[3], MONTHS[m[1]], +m[2]]],
  [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => [+m[1], +m[2], +m[3]]],
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => [+m[3], +m[2], +m[1]]],
];

/** A full date with year anywhere in `s`: "5. januar 2024", "16. november, 2024", "january 5, 2024". */
export function parseFullDate(s: string): { date: string; index: number; length: number } | null {
  let best: { date: string; index: number; length: number } | null = null;
  for (const [re, parts] of FULL_DATES) {
    const m = re.exec(s);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    if (!valid(y, mo, d)) continue;
    if (!best || m.index < best.index) best = { date: iso(y, mo, d), index: m.index, length: m[0].length };
  }
  return best;
}

/** A month with its year, or a year alone, standing for a date: "mai 2024", "april 2023", "2025". */
export function parsePartialDate(s: string): string | null {
  const m = new RegExp(`\\b(${M})\\.?\\s+((?:19|20)\\d{2})\\b`).exec(s);
  if (m) return iso(+m[2], MONTHS[m[1]]);
  const y = /^\W*((?:19|20)\d{2})\W*$/.exec(s);
  return y ? y[1] : null;
}

/** "aug 1", "13. marz", "1. oktober": a day and month without a year. */
export function hasDayMonth(s: string): boolean {
  return new RegExp(`\\b(?:\\d{1,2}\\.?\\s*(?:${M})|(?:${M})\\.?\\s+\\d{1,2})\\b`).test(s);
}

/** The article date as a reference: the last day it may be where it gives only a month or a year, and whether it gives the day. */
function reference(d: string): { date: Date; day: boolean } {
  const [y, m, day] = d.split('-').map(Number);
  if (day) return { date: new Date(Date.UTC(y, m - 1, day)), day: true };
  return { date: m ? new Date(Date.UTC(y, m, 0)) : new Date(Date.UTC(y, 11, 31)), day: false };
}

/** Year for a month/day without one: the article's, or the year before if that would lie after a past event. */
function yearFor(ref: Date, month: number, day: number, past: boolean): number {
  const y = ref.getUTCFullYear();
  const candidate = Date.UTC(y, month - 1, day);
  return past && candidate > ref.getTime() ? y - 1 : y;
}

/** A time expression found in a sentence: its normalised value, where it stands, and what kind of expression it was. */
export interface Time {
  when: string;
  index: number;
  end: number;
  kind: 'date' | 'dayMonth' | 'month' | 'weekday' | 'year' | 'relative';
}

/**
 * The first time expression in a (folded) sentence, as "YYYY-MM-DD", "YYYY-MM" or "YYYY".
 * `past` says the sentence reports something done: a bare weekday or month then lies before
 * the article date, otherwise on or after it.
 */
export function findTime(s: string, articleDate: string | null, past: boolean): Time | null {
  const at = (when: string, m: { index: number; 0: string }, kind: Time['kind']): Time => ({ when, index: m.index, end: m.index + m[0].length, kind });
  const full = parseFullDate(s);
  if (full) return { when: full.date, index: full.index, end: full.index + full.length, kind: 'date' };
  const known = articleDate ? reference(articleDate) : null;
  const ref = known?.date ?? null;

  const dayMonth = new RegExp(`\\b(?:am|on|vom|bis zum|seit dem)?\\s*(\\d{1,2})\\.?\\s*(${M})\\b|\\b(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`).exec(s);
  if (dayMonth && ref) {
    const day = +(dayMonth[1] ?? dayMonth[4]);
    const month = MONTHS[dayMonth[2] ?? dayMonth[3]];
    if (day >= 1 && day <= 31) return at(iso(yearFor(ref, month, day, past), month, day), dayMonth, 'dayMonth');
  }
  const month = new RegExp(`\\b(?:im|in|anfang|mitte|ende|seit|since|early|mid|late|bis)\\s+(?:des\\s+)?(${M})\\b(?:\\s+(\\d{4}))?|\\b(${M})\\s+((?:19|20)\\d{2})\\b`).exec(s);
  if (month) {
    const mo = MONTHS[month[1] ?? month[3]];
    const year = month[2] ?? month[4];
    if (year) return at(iso(+year, mo), month, 'month');
    if (ref) return at(iso(yearFor(ref, mo, 1, past), mo), month, 'month');
  }
  const weekday = new RegExp(`\\b(?:am|on|last|vergangenen|letzten)\\s+(${W})(?:abend|morgen|nachmittag|vormittag|mittag)?\\b`).exec(s);
  if (weekday && ref && known!.day) {
    const target = WEEKDAYS[weekday[1]];
    const diff = (ref.getUTCDay() - target + 7) % 7;
    const t = new Date(ref.getTime() + (past ? -diff : (7 - diff) % 7) * 86400000);
    return at(iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()), weekday, 'weekday');
  }
  const year = YEAR.exec(s);
  if (year) return at(year[1], year, 'year');
  if (!ref) return null;
  const relative = RELATIVE_TIMES.map((r) => ({ r, m: r.pattern.exec(s) })).find((x) => x.m);
  if (!relative) return null;
  const { years = 0, months = 0, days = 0 } = relative.r.shift;
  // Day 1 keeps "last month" of 31 March in February.
  const t = new Date(Date.UTC(ref.getUTCFullYear() + years, ref.getUTCMonth() + months, days ? ref.getUTCDate() + days : 1));
  return at(relative.r.precision === 'year' ? String(t.getUTCFullYear()) : iso(t.getUTCFullYear(), t.getUTCMonth() + 1), relative.m!, 'relative');
}

export function findWhen(s: string, articleDate: string | null, past: boolean): string | null {
  return findTime(s, articleDate, past)?.when ?? null;
}

/** A year with the word that places something in it: "im Jahr 2023", "von 2016 bis 2020", "Ende 2023", "in the 1980s". */
const YEAR = /\b(?:im jahr(?:e)?|in|seit|since|bis|by|until|von|from|between|zwischen|ab|anfang|mitte|ende|bereits|schon|noch|erst|already|back in|as early as|fruhjahr|sommer|herbst|winter|early|mid|late|end of|spring|summer|autumn|fall)\s+(?:den\s+)?((?:19|20)\d{2})(?:er|s)?\b/;

/**
 * Times that count from the article's date, in both languages. Each entry carries its
 * examples (text, article date, time), which the tests run.
 */
interface RelativeTime {
  forms: string[];
  shift: { years?: number; months?: number; days?: number };
  precision: 'year' | 'month';
  examples: Array<[string, string, string]>;
}
const RELATIVE_TIME_ENTRIES: RelativeTime[] = [
  {
    // "recently": some weeks back, so early in a month it is mostly the month before
    forms: ['kurzlich', 'jungst', 'vor kurzem', 'in den letzten wochen', 'in den vergangenen wochen', 'recently', 'in recent weeks', 'lately'],
    shift: { days: -14 }, precision: 'month',
    examples: [['kurzlich geliefert', '2024-11-16', '2024-11'], ['kurzlich geliefert', '2024-01-05', '2023-12'], ['was recently delivered', '2025-03-03', '2025-02']],
  },
  {
    forms: ['diesen monat', 'in diesem monat', 'anfang des monats', 'this month', 'earlier this month', 'diese woche', 'in dieser woche', 'this week', 'earlier this week'],
    shift: {}, precision: 'month',
    examples: [['anfang des monats geliefert', '2024-11-16', '2024-11'], ['delivered earlier this month', '2025-03-20', '2025-03']],
  },
  {
    forms: ['letzte woche', 'vergangene woche', 'in der vergangenen woche', 'vorige woche', 'last week'],
    shift: { days: -7 }, precision: 'month',
    examples: [['vergangene woche eingetroffen', '2024-03-03', '2024-02'], ['arrived last week', '2024-03-20', '2024-03']],
  },
  {
    forms: ['letzten monat', 'vergangenen monat', 'im vergangenen monat', 'im letzten monat', 'vorigen monat', 'im vormonat', 'last month', 'the previous month'],
    shift: { months: -1 }, precision: 'month',
    examples: [['im vergangenen monat zugesagt', '2025-01-10', '2024-12'], ['last month macron pledged', '2025-11-17', '2025-10']],
  },
  {
    forms: ['in diesem jahr', 'dieses jahr', 'diesen jahres', 'this year', 'later this year', 'earlier this year'],
    shift: {}, precision: 'year',
    examples: [['noch in diesem jahr liefern', '2024-05-02', '2024'], ['due later this year', '2023-02-01', '2023']],
  },
  {
    forms: ['letztes jahr', 'letzten jahr', 'vergangenes jahr', 'im vergangenen jahr', 'im letzten jahr', 'vorigen jahr', 'im vorjahr', 'last year', 'the previous year', 'a year ago', 'vor einem jahr'],
    shift: { years: -1 }, precision: 'year',
    examples: [['beim gipfel im vergangenen jahr erklart', '2024-11-22', '2023'], ['reported last year that', '2025-06-19', '2024']],
  },
  {
    forms: ['nachstes jahr', 'nachsten jahr', 'im kommenden jahr', 'kommendes jahr', 'next year'],
    shift: { years: 1 }, precision: 'year',
    examples: [['im kommenden jahr liefern', '2024-05-02', '2025'], ['deliveries next year', '2023-02-01', '2024']],
  },
];
const RELATIVE_TIMES = RELATIVE_TIME_ENTRIES.map((r) => ({ ...r, pattern: new RegExp(`\\b(?:${r.forms.join('|')})\\b`) }));

/** The entries with their examples, for the tests. */
export const relativeTimes: readonly RelativeTime[] = RELATIVE_TIME_ENTRIES;
