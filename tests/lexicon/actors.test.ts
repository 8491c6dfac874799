import actorData from '../../src/lexicon/data/actors.json';
import { analyse } from '../../src/extract';
import { fold, lexicon, slug } from '../../src/lexicon';

/** The matcher's expansion of '~' (src/lexicon/matcher.ts): the German inflection endings. */
const INFLECTIONS = ['', 'e', 'en', 'er', 'es', 'em', 'n', 's', 'ern', 'ns'];
const expand = (alias: string): string[] => {
  const i = alias.indexOf('~');
  if (i < 0) return [alias];
  const rest = expand(alias.slice(i + 1));
  return INFLECTIONS.flatMap((s) => rest.map((r) => alias.slice(0, i) + s + r));
};
/** The keys an alias is stored under: folded (or, for short all-caps aliases, exact) forms, '*' marking a prefix alias. */
const keysOf = (alias: string): string[] => {
  let a = alias.trim();
  const prefix = a.endsWith('*');
  if (prefix) a = a.slice(0, -1);
  const plain = a.replace(/~/g, '');
  const exact = /^[A-Z0-9.\-/]{1,4}$/.test(plain) && /[A-Z]/.test(plain);
  return expand(a).map((f) => (exact ? `=${f}` : fold(f)) + (prefix ? '*' : ''));
};

interface RawActor { name: string; kind: string; aliases: string[]; adjectives?: string[]; demonyms?: string[]; standIns?: string[]; origin?: string | null }
const actors = actorData.actors as RawActor[];
const KINDS = new Set(['state', 'alliance', 'organisation', 'armed-force', 'company']);
/** Aliases two actors may share. None so far: an ambiguous name goes to the reading news means most often. */
const SHARED_ALLOWED = new Set<string>();

describe('actors lexicon', () => {
  it('parses: every entry has a name, a known kind and alias lists; ids are unique', () => {
    const ids = new Set<string>();
    for (const a of actors) {
      expect(typeof a.name).toBe('string');
      expect(KINDS.has(a.kind)).toBe(true);
      expect(Array.isArray(a.aliases)).toBe(true);
      for (const list of [a.adjectives, a.demonyms, a.standIns]) if (list !== undefined) expect(Array.isArray(list)).toBe(true);
      const id = slug(a.name);
      expect(ids.has(id)).toBe(false);
      ids.add(id);
    }
    expect(lexicon().actors.size).toBe(actors.length);
  });

  it('claims no alias for two actors', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const a of actors) {
      const mine = new Set([a.name, ...a.aliases, ...(a.adjectives ?? []), ...(a.demonyms ?? []), ...(a.standIns ?? [])].flatMap(keysOf));
      for (const k of mine) {
        const other = owner.get(k);
        if (other && other !== a.name && !SHARED_ALLOWED.has(k)) shared.push(`${k}: ${other} / ${a.name}`);
        owner.set(k, a.name);
      }
    }
    expect(shared).toEqual([]);
  });

  it('knows every state and at least 120 companies, each company with its home state', () => {
    const states = actors.filter((a) => a.kind === 'state');
    const companies = actors.filter((a) => a.kind === 'company');
    expect(states.length).toBeGreaterThanOrEqual(190);
    expect(companies.length).toBeGreaterThanOrEqual(120);
    const lex = lexicon();
    for (const c of companies) {
      expect('origin' in c).toBe(true);
      if (c.origin) expect(lex.actors.get(slug(c.origin))?.kind).toBe('state');
    }
    expect(lex.actors.get('hyundai-rotem')?.origin).toBe('south-korea');
    expect(lex.actors.get('airbus')?.origin).toBeNull();
  });
});

/** The actor ids the mention finder sees in a text, sorted and without repeats. */
const actorIds = (text: string) => [...new Set(analyse({ text }).mentions.filter((m) => m.type === 'actor').map((m) => m.id))].sort();

describe('actor mentions', () => {
  it.each<[string, string[]]>([
    // Niger and Nigeria
    ['Russland hat Luftabwehrsysteme an den Niger geliefert.', ['niger', 'russia']],
    ['Die nigrische Junta empfing russische Ausbilder in Niamey.', ['niger', 'russia']],
    ['Nigeria kauft Kampfhubschrauber aus Italien.', ['italy', 'nigeria']],
    ['Die nigerianische Luftwaffe erhielt Flugzeuge aus den USA.', ['nigeria', 'united-states']],
    ['Nigerien soldiers guarded the airport while Nigerian troops crossed the border.', ['niger', 'nigeria']],
    ['Abuja signed a deal with Embraer for Super Tucano aircraft.', ['embraer', 'nigeria']],
    // The Guineas and the Congos
    ['Guinea-Bissau und Guinea unterzeichneten ein Abkommen mit Äquatorialguinea.', ['equatorial-guinea', 'guinea', 'guinea-bissau']],
    ['Papua New Guinea received patrol boats from Australia.', ['australia', 'papua-new-guinea']],
    ['M23 rebels backed by Rwanda advanced in eastern Congo.', ['dr-congo', 'm23', 'rwanda']],
    ['Die Demokratische Republik Kongo und die Republik Kongo grenzen aneinander.', ['dr-congo', 'republic-of-the-congo']],
    // Georgia, Jordan, Chad: states and given names
    ['Georgia ordered air-defence systems from France.', ['france', 'georgia']],
    ['Georgien erhielt Waffen aus der Türkei.', ['georgia', 'turkey']],
    ['Lockheed Martin builds the C-130J in Marietta, Georgia.', ['lockheed-martin']],
    ['The plant in the U.S. state of Georgia employs 7,000 people.', []],
    ['Georgia Smith, a reporter, said the talks had stalled.', []],
    ['Jordan received F-16 fighter jets from the United States.', ['jordan', 'united-states']],
    ["Jordan's King Abdullah met Egyptian officials in Cairo.", ['egypt', 'jordan']],
    ['Jordanien kauft Drohnen aus der Türkei.', ['jordan', 'turkey']],
    ['Analyst Jordan Peterson said nothing about the deal.', []],
    ['Basketball legend Michael Jordan was not involved.', []],
    ['Chad received armoured vehicles from the United Arab Emirates.', ['chad', 'united-arab-emirates']],
    ['Der Tschad hat die Zusammenarbeit mit Frankreich beendet.', ['chad', 'france']],
    ['Chad Smith, a spokesman for the company, declined to comment.', []],
    ['Rafael Grossi, head of the IAEA, visited the plant.', ['international-atomic-energy-agency']],
    ['Israel bought the Iron Dome from Rafael.', ['israel', 'rafael']],
    // Others of the new states
    ['Argentina bought Danish F-16s; the Argentine air force needs them.', ['argentina', 'denmark']],
    ['Argentinien erhält Kampfjets aus Dänemark, sagte ein argentinischer Minister.', ['argentina', 'denmark']],
    ['Kuwait City signed a contract with Washington.', ['kuwait', 'united-states']],
    ['Marokko erhielt Drohnen aus Israel; Rabat bestätigte den Kauf.', ['israel', 'morocco']],
    ['Ivory Coast and Côte d’Ivoire are one state; Abidjan is its largest city.', ['ivory-coast']],
    ['The Philippines bought BrahMos missiles from India.', ['india', 'philippines']],
    ['Kolumbien und Mexiko kauften Hubschrauber bei Airbus Helicopters.', ['airbus', 'colombia', 'mexico']],
    ['Iceland has no army; Reykjavík relies on NATO.', ['iceland', 'nato']],
    ['The island of Taiwan lies off the coast.', ['taiwan']],
    ['Kosovo erhielt Bayraktar-Drohnen aus der Türkei.', ['kosovo', 'turkey']],
    ['South Sudan and Sudan share a border.', ['south-sudan', 'sudan']],
    // Companies, armed groups and bodies
    ['Rheinmetall und KNDS liefern Munition, Hensoldt Radare und TKMS U-Boote.', ['hensoldt', 'knds', 'rheinmetall', 'thyssenkrupp-marine-systems']],
    ['Hanwha Aerospace, Hyundai Rotem and Korea Aerospace Industries signed contracts with Poland.', ['hanwha-aerospace', 'hyundai-rotem', 'korea-aerospace-industries', 'poland']],
    ['Baykar und Aselsan sind türkische Rüstungskonzerne; Roketsan baut Raketen.', ['aselsan', 'baykar', 'roketsan', 'turkey']],
    ['Die Huthis (Ansar Allah) erhalten Raketen aus dem Iran.', ['houthis', 'iran']],
    ['The Rapid Support Forces fought the Sudanese Armed Forces in Khartoum.', ['rapid-support-forces', 'sudan']],
    ['Der Islamische Staat und al-Shabaab rekrutieren in Afrika.', ['al-shabaab', 'islamic-state']],
    ['The US State Department approved the sale; the Defense Security Cooperation Agency notified Congress.', ['united-states']],
    ['Die Europäische Friedensfazilität finanziert Munition für die Ukraine.', ['european-union', 'ukraine']],
    ['ECOWAS und die Afrikanische Union verurteilten den Putsch in Niger.', ['african-union', 'ecowas', 'niger']],
    ['Russia’s Africa Corps replaced the Wagner Group in Mali.', ['africa-corps', 'mali', 'russia', 'wagner-group']],
    ['Meine Damen und Herren, die Schweden liefern.', ['sweden']],
    ['This is of paramount importance for the Polisario Front.', ['polisario-front']],
  ])('%s', (text, ids) => expect(actorIds(text)).toEqual(ids));
});
