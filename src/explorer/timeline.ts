/**
 * Timeline of the selection's claims on one time axis, in two lanes: when the article reported
 * it, and the time the sentence states (a year or month is drawn as its span).
 */
import type { Status } from './api';
import { fill, h, svg } from './dom';
import { LOOK } from './status';

export interface TimelinePoint {
  status: Status;
  /** The article's date (YYYY-MM-DD), where known. */
  reported: string | null;
  /** The time the claim states: YYYY, YYYY-MM or YYYY-MM-DD. */
  stated: string | null;
  label: string;
}

const WIDTH = 960;
const LANES = [
  { key: 'reported', title: 'reported on', y: 44 },
  { key: 'stated', title: 'time stated', y: 104 },
] as const;
const LEFT = 110;
const DAY = 86_400_000;
const RIGHT = 20;

/** The span a partial date covers, in ms: "2024" is the year, "2024-05" the month. */
function span(date: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : null, m[3] ? Number(m[3]) : null];
  if (month === null) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  if (day === null) return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)];
  const start = Date.UTC(year, month, day);
  return [start, start + DAY];
}

export function drawTimeline(container: HTMLElement, points: TimelinePoint[], caption: string): void {
  const spans = points.map((p) => ({ p, reported: p.reported ? span(p.reported) : null, stated: p.stated ? span(p.stated) : null }));
  const times = spans.flatMap((s) => [...(s.reported ?? []), ...(s.stated ?? [])]);
  if (times.length === 0) {
    fill(container, h('p', { class: 'hint' }, points.length ? 'These claims carry no dates.' : 'Pick an actor or a transfer to see its claims in time.'));
    return;
  }
  // At least three months in view, half a month either side.
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const pad = Math.max(15 * DAY, (90 * DAY - (last - first)) / 2);
  const [min, max] = [first - pad, last + pad];
  const x = (t: number) => LEFT + ((t - min) / (max - min)) * (WIDTH - LEFT - RIGHT);
  // A tick every month, quarter or year, whichever keeps them under about fifteen.
  const months = (max - min) / (30 * DAY);
  const step = months <= 15 ? 1 : months <= 45 ? 3 : 12;
  const ticks: SVGElement[] = [];
  const start = new Date(min);
  for (let m = start.getUTCFullYear() * 12 + start.getUTCMonth() + 1; ; m++) {
    const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (t > max) break;
    if (m % step !== 0) continue;
    const label = m % 12 === 0 ? String(m / 12) : new Date(t).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
    ticks.push(svg('g', { class: 'tick' }, svg('line', { x1: x(t), x2: x(t), y1: 20, y2: 128 }), svg('text', { x: x(t), y: 146 }, label)));
  }
  const marks = spans.flatMap(({ p, reported, stated }, i) => {
    const colour = LOOK[p.status].colour;
    const jitter = ((i % 5) - 2) * 4;
    const out: SVGElement[] = [];
    if (reported) out.push(svg('circle', { class: 'mark', cx: x(reported[0]), cy: LANES[0].y + jitter, r: 6, fill: colour }, svg('title', {}, `${p.reported} · ${LOOK[p.status].label}: ${p.label}`)));
    if (stated) {
      const [a, b] = [x(stated[0]), Math.max(x(stated[1]), x(stated[0]) + 6)];
      out.push(svg('rect', { class: 'mark', x: a, y: LANES[1].y - 5 + jitter, width: b - a, height: 10, rx: 3, fill: colour }, svg('title', {}, `states ${p.stated} · ${LOOK[p.status].label}: ${p.label}`)));
    }
    return out;
  });
  fill(
    container,
    svg(
      'svg',
      { viewBox: `0 0 ${WIDTH} 160`, role: 'img', 'aria-label': caption },
      ...ticks,
      ...LANES.map((lane) => svg('text', { class: 'lane', x: 0, y: lane.y + 4 }, lane.title)),
      ...LANES.map((lane) => svg('line', { class: 'lane-line', x1: LEFT, x2: WIDTH - RIGHT, y1: lane.y, y2: lane.y })),
      ...marks,
    ),
  );
}
