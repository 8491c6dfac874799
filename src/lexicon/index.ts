/**
 * The lexicon: actors, people, places, weapon systems and item classes, loaded once from the
 * JSON files in ./data and compiled into one alias matcher. Everything else in the extractor
 * and the API's name resolution reads it through `lexicon()`.
 */
import type { Category, EntityType } from '../record';
import { fold, slug } from './fold';
import { AliasMatcher, type AliasTarget } from './matcher';
import actorData from './data/actors.json';
import peopleData from './data/people.json';
import placeData from './data/places.json';
import weaponData from './data/weapons.json';
import itemData from './data/items.json';
import firstNameData from './data/firstnames.json';
import gazetteerData from './data/gazetteer.json';

export { fold, slug } from './fold';
export type { AliasTarget, Match } from './matcher';

export interface Actor {
  id: string;
  name: string;
  kind: string;
  /** A company's home state (id), from the lexicon's `origin`; null for multinational groups and for other kinds. */
  origin: string | null;
  /** An alliance that buys and gives arms in its own name (the EU); other alliances act through their members. */
  ownsArms: boolean;
}
export interface Person { id: string; name: string; role: string | null; affiliation: string | null; leader: boolean }
export interface Place {
  id: string;
  name: string;
  kind: string;
  lat: number | null;
  lon: number | null;
  /** From the GeoNames gazetteer, not the curated list: a place only where the text uses it as one. */
  gazetteer: boolean;
  /** GeoNames admin1 code ("UA.07") where known. */
  admin: string | null;
}
export interface Weapon { id: string; name: string; category: Category; origin: string | null }
export interface ItemClass { id: string; name: string; category: Category; unit: string | null; needsPurpose: boolean }

export interface Lexicon {
  matcher: AliasMatcher;
  actors: Map<string, Actor>;
  people: Map<string, Person>;
  places: Map<string, Place>;
  weapons: Map<string, Weapon>;
  items: Map<string, ItemClass>;
  firstNames: Set<string>;
  /** Folded base name ("charkiw") → id of the region named after it, for "the Kharkiv and Sumy regions". */
  regionOf: Map<string, string>;
}

/** How a region's base name is turned into the ways reports name the region. */
const REGION_FORMS = ['Region #', 'Oblast #', 'Gebiet~ #', '#-Region', '# region', '# Oblast', 'Oblast~ #', 'Grenzregion #'];
const regionForms = (base: string[] | undefined) => (base ?? []).flatMap((b) => REGION_FORMS.map((f) => f.replace('#', b)));

/** A gazetteer row: [name, kind, lat, lon, admin1, aliases or region base names]. */
type GazetteerRow = [string, string, number, number, string, string[]];

let loaded: Lexicon | null = null;

export function lexicon(): Lexicon {
  return (loaded ??= build());
}

function build(): Lexicon {
  const matcher = new AliasMatcher();
  const lex: Lexicon = {
    matcher,
    actors: new Map(),
    people: new Map(),
    places: new Map(),
    weapons: new Map(),
    items: new Map(),
    firstNames: new Set(firstNameData.names),
    regionOf: new Map(),
  };
  const add = (aliases: string[] | undefined, target: AliasTarget, asHead = false) => {
    for (const a of aliases ?? []) matcher.add(a, target, asHead);
  };

  for (const a of actorData.actors) {
    const id = slug(a.name);
    lex.actors.set(id, { id, name: a.name, kind: a.kind, origin: 'origin' in a && a.origin ? slug(a.origin) : null, ownsArms: 'ownsArms' in a && a.ownsArms === true });
    add([a.name, ...a.aliases], { type: 'actor', id, form: 'name' });
    add(a.adjectives, { type: 'actor', id, form: 'adjective' });
    // German plural dative of the -er nouns: "den Amerikanern", "den Ukrainern"
    add(a.demonyms?.flatMap((d) => (/[a-zäöü]er$/.test(d) ? [d, `${d}n`] : [d])), { type: 'actor', id, form: 'demonym' });
    add(a.standIns, { type: 'actor', id, form: 'standin' });
  }
  for (const p of peopleData.people) {
    const id = slug(p.name);
    const affiliation = p.affiliation ? slug(p.affiliation) : null;
    lex.people.set(id, { id, name: p.name, role: p.role ?? null, affiliation, leader: 'leader' in p && p.leader === true });
    add([p.name, ...p.aliases], { type: 'person', id, form: 'name' });
    add(p.short, { type: 'person', id, form: 'short' });
  }
  for (const p of placeData.places) {
    const id = slug(p.name);
    lex.places.set(id, { id, name: p.name, kind: p.kind, lat: p.lat ?? null, lon: p.lon ?? null, gazetteer: false, admin: null });
    add([p.name, ...('aliases' in p && p.aliases ? p.aliases : []), ...regionForms('base' in p ? p.base : undefined)], { type: 'place', id, form: 'name' });
    for (const b of ('base' in p && p.base) || []) lex.regionOf.set(fold(b), id);
  }
  // Gazetteer regions match only in their region forms ("Region Poltawa", "Poltava Oblast"), which say they are places.
  for (const [name, kind, lat, lon, admin, base] of gazetteerData.regions as GazetteerRow[]) {
    const id = slug(name);
    if (lex.places.has(id)) continue;
    lex.places.set(id, { id, name, kind, lat, lon, gazetteer: false, admin });
    add([name, ...regionForms(base)], { type: 'place', id, form: 'name' });
    for (const b of base) if (!lex.regionOf.has(fold(b))) lex.regionOf.set(fold(b), id);
  }
  for (const [name, kind, lat, lon, admin, aliases] of gazetteerData.places as GazetteerRow[]) {
    const id = slug(name);
    const known = lex.places.get(id);
    if (known) {
      known.admin ??= admin;
      continue;
    }
    lex.places.set(id, { id, name, kind, lat, lon, gazetteer: true, admin });
    add([name, ...aliases], { type: 'place', id, form: 'name' });
  }
  for (const w of weaponData.weapons) {
    const id = slug(w.name);
    lex.weapons.set(id, { id, name: w.name, category: w.category as Category, origin: w.origin ? slug(w.origin) : null });
    // Ordinary words ("Puma", "Lynx", "Spike"): the entities stage keeps them only in a context of weapons, even as the name.
    const contextual: string[] = 'contextAliases' in w && w.contextAliases ? w.contextAliases : [];
    add([w.name, ...w.aliases].filter((a) => !contextual.includes(a)), { type: 'weapon', id, form: 'name' });
    add(contextual, { type: 'weapon', id, form: 'context' });
  }
  for (const it of itemData.items) {
    const id = slug(it.name);
    lex.items.set(id, {
      id,
      name: it.name,
      category: it.category as Category,
      unit: it.unit ?? null,
      needsPurpose: 'needsPurpose' in it && it.needsPurpose === true,
    });
    add(it.aliases, { type: 'item', id, form: 'name' });
    add('heads' in it ? it.heads : undefined, { type: 'item', id, form: 'name' }, true);
  }
  return lex;
}

export interface ResolvedName { id: string; name: string; type: EntityType }

const TYPE_PREFERENCE: AliasTarget['type'][] = ['actor', 'person', 'weapon', 'place'];

/**
 * Resolves any alias, demonym, adjective or stand-in ("Pjöngjang", "DPRK", "Nordkorea",
 * "der Kreml", "nordkoreanische") to its canonical entity; case- and diacritic-insensitive.
 * `prefer` picks among readings: "Kiew" is Ukraine (the government) unless a place is wanted.
 */
export function resolveName(name: string, prefer?: EntityType): ResolvedName | null {
  const lex = lexicon();
  const text = name.trim().replace(/^(?:der|die|das|dem|den|des|the)\s+/i, '');
  if (!text) return null;
  const folded = fold(text);
  const whole = lex.matcher.scan(text, folded).find((m) => m.start === 0 && m.end === text.length);
  const targets = whole?.targets ?? [];
  const order = prefer ? [prefer, ...TYPE_PREFERENCE.filter((t) => t !== prefer)] : TYPE_PREFERENCE;
  for (const type of order) {
    const t = targets.find((x) => x.type === type);
    if (t) return describe(lex, t.type, t.id);
  }
  const id = slug(text);
  for (const type of order) {
    const r = describe(lex, type, id);
    if (r) return r;
  }
  return null;
}

function describe(lex: Lexicon, type: AliasTarget['type'], id: string): ResolvedName | null {
  const e =
    type === 'actor' ? lex.actors.get(id) : type === 'person' ? lex.people.get(id) : type === 'place' ? lex.places.get(id) : type === 'weapon' ? lex.weapons.get(id) : undefined;
  return e ? { id: e.id, name: e.name, type: type as EntityType } : null;
}
