/**
 * The map: actors' capitals with their transfers as arcs, and the places the selected claims'
 * articles mention, on Natural Earth country shapes bundled from world-atlas (nothing is loaded
 * from another host), drawn with d3-geo.
 */
import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesTopology from 'world-atlas/countries-110m.json';
import { ask, capitalsOf, type Location, type TransferSummary } from './api';
import { fill, h, svg } from './dom';
import { LOOK } from './status';

const WIDTH = 960;
const HEIGHT = 480;
const topology = countriesTopology as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries);

export interface MapPlace extends Location {
  /** Named in a claim's quote, not only elsewhere in its article. */
  inQuote: boolean;
}

/** Places the articles mention, with coordinates, and whether a quote names them (two requests). */
export async function placesOf(articleIds: string[], quotes: string[]): Promise<MapPlace[]> {
  const articles = [...new Set(articleIds)].slice(0, 10);
  if (articles.length === 0) return [];
  const mentions = await ask<Record<string, { mentions: Array<{ type: string; name: string }> } | null>>(
    `query ExplorerMentions(${articles.map((_, i) => `$a${i}: ID!`).join(', ')}) { ${articles.map((_, i) => `a${i}: article(id: $a${i}) { mentions { type name } }`).join(' ')} }`,
    Object.fromEntries(articles.map((id, i) => [`a${i}`, id])),
  );
  const names = [...new Set(Object.values(mentions.data ?? {}).flatMap((a) => (a?.mentions ?? []).filter((m) => m.type === 'place').map((m) => m.name)))].slice(0, 15);
  if (names.length === 0) return [];
  const places = await ask<Record<string, { name: string; aliases: string[]; latitude: number | null; longitude: number | null } | null>>(
    `query ExplorerPlaces(${names.map((_, i) => `$p${i}: String!`).join(', ')}) { ${names.map((_, i) => `p${i}: place(name: $p${i}) { name aliases latitude longitude }`).join(' ')} }`,
    Object.fromEntries(names.map((name, i) => [`p${i}`, name])),
  );
  const text = quotes.join('\n').toLocaleLowerCase();
  return Object.values(places.data ?? {})
    .filter((p): p is { name: string; aliases: string[]; latitude: number; longitude: number } => p !== null && p.latitude !== null && p.longitude !== null)
    .map((p) => ({ name: p.name, latitude: p.latitude, longitude: p.longitude, inQuote: [p.name, ...p.aliases].some((a) => text.includes(a.toLocaleLowerCase())) }));
}

export async function drawMap(container: HTMLElement, transfers: TransferSummary[], places: MapPlace[], caption: string): Promise<void> {
  const known = await capitalsOf(transfers.flatMap((t) => [t.supplier.name, t.recipient.name]));
  const capitals = new Map([...known].filter((entry): entry is [string, Location] => entry[1] !== null));
  const capital = (name: string) => capitals.get(name);
  const points: Array<[number, number]> = [...capitals.values(), ...places].map((p) => [p.longitude, p.latitude]);
  const projection = geoNaturalEarth1();
  if (points.length > 0) {
    // Fit the points with a margin of 8 degrees, so that one or two places do not fill the frame;
    // all four corners, since meridians converge away from the equator.
    const lon = points.map((p) => p[0]);
    const lat = points.map((p) => p[1]);
    const [west, east] = [Math.max(-180, Math.min(...lon) - 8), Math.min(180, Math.max(...lon) + 8)];
    const [south, north] = [Math.max(-80, Math.min(...lat) - 8), Math.min(85, Math.max(...lat) + 8)];
    const box: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: [[west, south], [west, north], [east, south], [east, north], ...points] };
    projection.fitExtent([[20, 20], [WIDTH - 20, HEIGHT - 20]], box);
  } else projection.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection);
  const at = (l: Location) => projection([l.longitude, l.latitude]) ?? [0, 0];

  const arcs = transfers
    .filter((t) => capital(t.supplier.name) && capital(t.recipient.name) && t.supplier.id !== t.recipient.id)
    .map((t) => {
      const [from, to] = [capital(t.supplier.name)!, capital(t.recipient.name)!];
      return svg(
        'path',
        {
          class: `arc status-${t.status.toLowerCase()}`,
          d: path({ type: 'LineString', coordinates: [[from.longitude, from.latitude], [to.longitude, to.latitude]] }) ?? '',
          stroke: LOOK[t.status].colour,
          'stroke-width': 1.5 + Math.min(t.articleCount, 6) * 0.6,
          'stroke-dasharray': LOOK[t.status].line === 'solid' ? 'none' : LOOK[t.status].line === 'dashed' ? '8 5' : '2 4',
        },
        svg('title', {}, `${t.supplier.name} → ${t.recipient.name} · ${t.category.toLowerCase()} · ${LOOK[t.status].label}`),
      );
    });
  const capitalMarks = [...capitals].map(([actor, c]) => {
    const [x, y] = at(c);
    return svg('g', { class: 'capital' }, svg('rect', { x: x - 5, y: y - 5, width: 10, height: 10 }), svg('text', { x: x + 8, y: y - 6 }, actor), svg('title', {}, `${actor}: ${c.name}`));
  });
  const placeMarks = places.map((p) => {
    const [x, y] = at(p);
    return svg('g', { class: p.inQuote ? 'place in-quote' : 'place' }, svg('circle', { cx: x, cy: y, r: p.inQuote ? 6 : 4.5 }), svg('text', { x: x + 8, y: y + 12 }, p.name), svg('title', {}, p.name));
  });
  fill(
    container,
    svg(
      'svg',
      { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': caption },
      svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }),
      svg('path', { class: 'graticule', d: path(geoGraticule10()) ?? '' }),
      svg('path', { class: 'land', d: path(countries) ?? '' }),
      ...arcs,
      ...capitalMarks,
      ...placeMarks,
    ),
    h(
      'p',
      { class: 'map-legend' },
      h('span', { class: 'legend-item' }, h('span', { class: 'key key-capital' }), ' capital or seat of an actor'),
      h('span', { class: 'legend-item' }, h('span', { class: 'key key-place-quote' }), ' place a claim names'),
      h('span', { class: 'legend-item' }, h('span', { class: 'key key-place' }), ' place its article mentions'),
      h('span', { class: 'legend-item' }, 'arcs: transfers between capitals, coloured by status as in the network'),
    ),
  );
}
