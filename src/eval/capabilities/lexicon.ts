/**
 * The lexicon slice the capability templates draw from: states of every continent with their
 * German and English names (from src/lexicon/data/actors.json) and items with their category
 * (named systems from weapons.json, item classes from items.json with German and English
 * plural wording). Only forms the templates can inflect safely are used: German state names
 * without an article (neuter, "an Polen", "Polens"), English ones without "the".
 */
import actorData from '../../lexicon/data/actors.json';
import itemData from '../../lexicon/data/items.json';
import weaponData from '../../lexicon/data/weapons.json';
import type { Category } from '../../record';

export interface StateName {
  /** Canonical English name, as gold files give it. */
  en: string;
  de: string;
  continent: 'Europe' | 'Asia' | 'Africa' | 'Americas' | 'Oceania';
}

export interface ItemWording {
  /** Lexicon entry the wording stands for. */
  source: string;
  category: Category;
  /** German plural (accusative/nominative), German dative plural ("von Kampfpanzern"). */
  de: string;
  deDat: string;
  en: string;
  /** German/English verb agreement: false for mass nouns ("Munition wurde", "ammunition was"). */
  plural: boolean;
  /** Can take a number ("1.000 Drohnen"); named systems and mass nouns cannot in these templates. */
  countable: boolean;
}

/** English name → continent; German names come from actors.json. A curated choice of article-less names. */
const CONTINENT: Record<string, StateName['continent']> = {
  Germany: 'Europe', France: 'Europe', Poland: 'Europe', Italy: 'Europe', Spain: 'Europe', Norway: 'Europe',
  Sweden: 'Europe', Finland: 'Europe', Denmark: 'Europe', Romania: 'Europe', Greece: 'Europe', Serbia: 'Europe',
  Croatia: 'Europe', Hungary: 'Europe', Bulgaria: 'Europe', Portugal: 'Europe', Estonia: 'Europe', Lithuania: 'Europe',
  Latvia: 'Europe', Slovenia: 'Europe',
  China: 'Asia', Japan: 'Asia', India: 'Asia', Pakistan: 'Asia', 'South Korea': 'Asia', 'North Korea': 'Asia',
  Taiwan: 'Asia', Vietnam: 'Asia', Indonesia: 'Asia', Kazakhstan: 'Asia', Russia: 'Asia', Israel: 'Asia',
  'Saudi Arabia': 'Asia', Qatar: 'Asia', Armenia: 'Asia', Azerbaijan: 'Asia', Syria: 'Asia', Myanmar: 'Asia',
  Egypt: 'Africa', 'South Africa': 'Africa', Algeria: 'Africa', Ethiopia: 'Africa', Mali: 'Africa', Libya: 'Africa',
  Canada: 'Americas', Brazil: 'Americas', Venezuela: 'Americas', Cuba: 'Americas',
  Australia: 'Oceania',
};

const stripAlias = (a: string) => a.replace(/[~*]/g, '').trim();

let states: StateName[] | null = null;
export function stateNames(): StateName[] {
  return (states ??= actorData.actors
    .filter((a) => a.kind === 'state' && CONTINENT[a.name])
    .map((a) => ({ en: a.name, de: stripAlias(a.aliases[0]), continent: CONTINENT[a.name] })));
}

/** German wording of item classes of items.json: [lexicon name, German plural, German dative plural, English plural, plural?, countable?]. */
const CLASS_WORDING: Array<[string, string, string, string, boolean, boolean]> = [
  ['main battle tank', 'Kampfpanzer', 'Kampfpanzern', 'battle tanks', true, true],
  ['infantry fighting vehicle', 'Schützenpanzer', 'Schützenpanzern', 'infantry fighting vehicles', true, true],
  ['armoured personnel carrier', 'Transportpanzer', 'Transportpanzern', 'armoured personnel carriers', true, true],
  ['drone', 'Drohnen', 'Drohnen', 'drones', true, true],
  ['attack drone', 'Kamikazedrohnen', 'Kamikazedrohnen', 'attack drones', true, true],
  ['fighter aircraft', 'Kampfflugzeuge', 'Kampfflugzeugen', 'fighter jets', true, true],
  ['helicopter', 'Hubschrauber', 'Hubschraubern', 'helicopters', true, true],
  ['howitzer', 'Haubitzen', 'Haubitzen', 'howitzers', true, true],
  ['self-propelled howitzer', 'Panzerhaubitzen', 'Panzerhaubitzen', 'self-propelled howitzers', true, true],
  ['multiple rocket launcher', 'Raketenwerfer', 'Raketenwerfern', 'rocket launchers', true, true],
  ['artillery ammunition', 'Artilleriegranaten', 'Artilleriegranaten', 'artillery shells', true, true],
  ['ammunition', 'Munition', 'Munition', 'ammunition', false, false],
  ['cruise missile', 'Marschflugkörper', 'Marschflugkörpern', 'cruise missiles', true, true],
  ['ballistic missile', 'Kurzstreckenraketen', 'Kurzstreckenraketen', 'ballistic missiles', true, true],
  ['anti-tank missile', 'Panzerabwehrraketen', 'Panzerabwehrraketen', 'anti-tank missiles', true, true],
  ['surface-to-air missile', 'Flugabwehrraketen', 'Flugabwehrraketen', 'surface-to-air missiles', true, true],
  ['warship', 'Kriegsschiffe', 'Kriegsschiffen', 'warships', true, true],
  ['submarine', 'U-Boote', 'U-Booten', 'submarines', true, true],
  ['weapons', 'Waffen', 'Waffen', 'weapons', true, true],
  ['military equipment', 'Rüstungsgüter', 'Rüstungsgütern', 'military equipment', true, false],
  ['satellite', 'Satelliten', 'Satelliten', 'satellites', true, true],
];

/** Named systems whose name reads the same in both languages and stands alone as a plural object. */
const NAMED = [
  'Leopard 2', 'Marder', 'M2 Bradley', 'CV90', 'T-72', 'IRIS-T SLM', 'NASAMS', 'Patriot', 'S-400', 'Gepard',
  'F-16', 'Gripen', 'Rafale', 'Su-35', 'Mi-28', 'HIMARS', 'PzH 2000', 'Caesar', 'M777', 'K9 Thunder',
  'Bayraktar TB2', 'Shahed-136', 'Lancet', 'Storm Shadow', 'ATACMS', 'Kalibr', 'Fateh-110', 'KN-23',
];

let items: ItemWording[] | null = null;
export function itemWordings(): ItemWording[] {
  if (items) return items;
  const classes = new Map(itemData.items.map((i) => [i.name, i.category as Category]));
  const weapons = new Map(weaponData.weapons.map((w) => [w.name, w.category as Category]));
  const out: ItemWording[] = [];
  for (const [source, de, deDat, en, plural, countable] of CLASS_WORDING) {
    const category = classes.get(source);
    if (!category) throw new Error(`capabilities: item class "${source}" is not in items.json`);
    out.push({ source, category, de, deDat, en, plural, countable });
  }
  for (const name of NAMED) {
    const category = weapons.get(name);
    if (!category) throw new Error(`capabilities: weapon "${name}" is not in weapons.json`);
    out.push({ source: name, category, de: name, deDat: name, en: name, plural: true, countable: false });
  }
  return (items = out);
}
