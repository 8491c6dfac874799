import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/extract';
import { fold, lexicon, slug } from '../../src/lexicon';

const DATA = join(__dirname, '../../src/lexicon/data');
const read = (f: string) => JSON.parse(readFileSync(join(DATA, f), 'utf8'));
interface WeaponEntry { name: string; category: string; origin: string | null; builders?: string[]; aliases: string[]; contextAliases?: string[] }
const weapons: WeaponEntry[] = read('weapons.json').weapons;
const items: Array<{ name: string; category: string }> = read('items.json').items;

/** The closed category vocabulary of GOLD.md. */
const CATEGORIES = ['aircraft', 'air-defence', 'armoured-vehicle', 'artillery', 'missile', 'drone', 'ammunition', 'naval', 'space', 'technology', 'equipment', 'personnel', 'other'];
/** Categories of named systems: troops and food are no systems. */
const SYSTEM_CATEGORIES = CATEGORIES.filter((c) => c !== 'personnel' && c !== 'other');

const INFLECTIONS = ['', 'e', 'en', 'er', 'es', 'em', 'n', 's', 'ern', 'ns'];
const expand = (a: string): string[] => {
  const i = a.indexOf('~');
  if (i < 0) return [a];
  const rest = expand(a.slice(i + 1));
  return INFLECTIONS.flatMap((x) => rest.map((r) => a.slice(0, i) + x + r));
};

describe('weapons lexicon data', () => {
  it('parses, with at least 600 named systems and unique ids', () => {
    expect(weapons.length).toBeGreaterThanOrEqual(600);
    const ids = weapons.map((w) => slug(w.name));
    expect(new Set(ids).size).toBe(ids.length);
    expect(lexicon().weapons.size).toBe(weapons.length);
  });

  it('uses only the closed categories, and every system category', () => {
    for (const w of weapons) expect(CATEGORIES).toContain(w.category);
    for (const it of items) expect(CATEGORIES).toContain(it.category);
    const used = new Set(weapons.map((w) => w.category));
    for (const c of SYSTEM_CATEGORIES) expect(used).toContain(c);
  });

  it('names an actor as the origin of every system that has one', () => {
    const actors = lexicon().actors;
    const unknown = weapons.filter((w) => w.origin !== null && !actors.has(slug(w.origin))).map((w) => `${w.name}: ${w.origin}`);
    expect(unknown).toEqual([]);
    // Only generic calibre ammunition ("155 mm artillery shell") has no maker, and systems several states build, which list them.
    const noOrigin = weapons.filter((w) => w.origin === null && !/^\d+ mm /.test(w.name));
    expect(noOrigin.filter((w) => !(w.builders && w.builders.length >= 2 && w.builders.every((b) => actors.has(slug(b))))).map((w) => w.name)).toEqual([]);
    expect(noOrigin.map((w) => w.name)).toContain('Eurofighter Typhoon');
  });

  it('lets no alias name two systems of different categories, and lists the same-category overlaps', () => {
    const owners = new Map<string, Set<string>>();
    const category = new Map(weapons.map((w) => [slug(w.name), w.category]));
    for (const w of weapons) {
      for (const a of [w.name, ...w.aliases, ...(w.contextAliases ?? [])]) {
        for (const form of expand(a)) {
          const key = fold(form);
          if (!owners.has(key)) owners.set(key, new Set());
          owners.get(key)!.add(slug(w.name));
        }
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1);
    for (const [key, ids] of shared) expect([key, new Set([...ids].map((id) => category.get(id))).size]).toEqual([key, 1]);
    // A family entry and a variant entry that predate this list; the first listed wins in the matcher.
    const ALLOWED = ['geran-2', 'mim-23 hawk', 'mirage 2000-5'];
    expect(shared.map(([key]) => key).sort()).toEqual(ALLOWED);
  });

  it('keeps ordinary words out of the plain aliases', () => {
    const plain = new Set(weapons.flatMap((w) => [w.name, ...w.aliases].filter((a) => !(w.contextAliases ?? []).includes(a))).map((a) => fold(a)));
    for (const word of ['puma', 'tiger', 'lynx', 'spike', 'heron', 'archer', 'piranha', 'meteor', 'trophy', 'konkurs', 'wolf', 'eagle', 'warrior']) expect(plain.has(word)).toBe(false);
  });
});

/** Weapon ids the project's mention finder (the entity stage) reads in a text. */
const found = (text: string) => [...new Set(analyse({ text }).mentions.filter((m) => m.type === 'weapon').map((m) => m.id))];

describe('weapon mentions in context', () => {
  const cases: Array<[string, string[]]> = [
    ['Pakistan setzte im Mai chinesische J-10C und JF-17 gegen Indien ein.', ['j-10', 'jf-17-thunder']],
    ['India ordered 26 Rafale M jets for its navy and more Tejas Mk1A fighters.', ['rafale-m', 'tejas']],
    ['Die Türkei will 40 Eurofighter kaufen und den KAAN selbst bauen.', ['eurofighter-typhoon', 'kaan']],
    ['Indonesia signed for 48 KAAN fighters and J-35 jets are offered to Pakistan.', ['kaan', 'j-35']],
    ['Russland setzt Su-34 und Su-35 mit Gleitbomben vom Typ FAB-500 ein.', ['su-34', 'su-35', 'fab-500']],
    ['Poland received the first FA-50PL light fighters from South Korea.', ['fa-50']],
    ['Die Schweiz beschafft 36 F-35A, Finnland ebenfalls F-35A.', ['f-35a']],
    ['The US approved the sale of F-15EX jets and AIM-120 AMRAAM missiles to Israel.', ['f-15ex', 'aim-120-amraam']],
    ['Kolumbien kauft schwedische Gripen E/F als Ersatz für die Kfir.', ['gripen-e-f']],
    ['Die Bundeswehr bestellt weitere H145M und CH-47F Chinook.', ['h145m', 'ch-47-chinook']],
    ['Marokko erhielt AH-64E Apache-Kampfhubschrauber, Polen bestellte 96 Apaches.', ['ah-64-apache']],
    ['Die Türkei liefert T129 ATAK nach Nigeria.', ['t129-atak']],
    ['Germany ordered more Tiger helicopters? No: the Tiger-Kampfhubschrauber is retired.', ['eurocopter-tiger']],
    ['Brazil delivered the C-390 Millennium to Hungary, and Germany flies the A400M.', ['c-390-millennium', 'a400m']],
    ['Russia moved Il-76 transport aircraft and Mi-8 helicopters to Belarus.', ['il-76', 'mi-8']],
    ['Rumänien kauft K2 und Polen bestellt weitere K9-Haubitzen sowie Chunmoo-Raketenwerfer.', ['k2', 'k9-thunder', 'k239-chunmoo']],
    ['Ukraine received Leopard 2A6, Abrams M1A1 and Challenger 2 tanks.', ['leopard-2', 'm1-abrams', 'challenger-2']],
    ['Deutschland liefert weitere Puma an die Bundeswehr.', ['puma']],
    ['Ungarn kauft den Lynx KF41, Italien ebenfalls den Lynx.', ['lynx']],
    ['The Netherlands ordered CV90 MkIV vehicles and Boxer RCT30.', ['cv90', 'boxer']],
    ['Indien testet den Arjun Mk1A, China zeigt den Type 99A.', ['arjun-tank', 'type-99']],
    ['Russia lost T-90M, BMP-3 and BTR-82A vehicles near Pokrovsk.', ['t-90', 'bmp-3', 'btr-82']],
    ['Nigeria received VN-1 armoured vehicles from China and Brazil sells the Guarani 6x6.', ['zbl-08', 'vbtp-mr-guarani']],
    ['Litauen bestellt Caesar Mk II und Estland weitere Archer-Haubitzen.', ['caesar-mk-ii', 'archer']],
    ['The army deployed the Archer howitzer and ATMOS guns.', ['archer', 'atmos']],
    ['Die Ukraine erhielt PzH 2000, M777 und Zuzana 2 sowie Krab-Haubitzen.', ['pzh-2000', 'm777', 'zuzana-2', 'ahs-krab']],
    ['Armenia bought Pinaka rocket systems and ATAGS howitzers from India.', ['pinaka', 'atags']],
    ['Russland feuert mit BM-21 Grad, TOS-1A und Tornado-S auf Charkiw.', ['bm-21-grad', 'tos-1', 'bm-30-smerch']],
    ['Die USA liefern weitere HIMARS (M142) und M270-Raketenwerfer samt GMLRS.', ['himars', 'm270', 'gmlrs']],
    ['Indien setzte S-400 und Akash gegen Drohnen ein, Pakistan nutzte HQ-9 Flugabwehr.', ['s-400', 'akash-missile-system', 'hq-9']],
    ['Deutschland liefert IRIS-T SLM und IRIS-T SLS an die Ukraine, dazu Skynex und Gepard.', ['iris-t-slm', 'iris-t-sls', 'skynex', 'gepard']],
    ['South Korea exports KM-SAM (Cheongung II) to Iraq and Saudi Arabia.', ['km-sam']],
    ['Israel intercepted rockets with Iron Dome, David\u2019s Sling and Arrow 3; India bought Barak-8.', ['iron-dome', 'arrow-3', 'barak-8']],
    ['Washington sent NASAMS, Patriot PAC-3 MSE interceptors and MADIS systems.', ['nasams', 'patriot-pac-3', 'madis']],
    ['Die Philippinen kaufen BrahMos, Russland setzt Kalibr und Kinschal ein.', ['brahmos', 'kalibr', 'kinzhal']],
    ['Iran fired Kheibar Shekan, Fattah-1 and Shahab-3 missiles at Israel.', ['kheibar-shekan', 'fattah-hypersonic-missile', 'shahab-3']],
    ['Nordkorea lieferte KN-23 und Hwasong-11 an Russland und testete die Hwasong-19.', ['kn-23', 'hwasong-19']],
    ['Die Ukraine erhielt ATACMS, Storm Shadow und SCALP, aber keine Taurus KEPD 350.', ['atacms', 'storm-shadow', 'scalp-eg', 'taurus-kepd-350']],
    ['The US is weighing Tomahawk and JASSM-ER for Ukraine; Norway sends NSM.', ['tomahawk', 'jassm', 'nsm']],
    ['Estonia bought Javelin, NLAW and Spike missiles, while Ukraine uses Stugna-P.', ['javelin', 'nlaw', 'spike-missile', 'stugna-p']],
    ['Russische Truppen setzen Kornet und Igla ein, die Ukraine Stinger und Piorun.', ['kornet', 'igla', 'stinger', 'piorun']],
    ['Britain sends Starstreak and Martlet missiles; France gives Mistral 3.', ['starstreak', 'martlet', 'mistral-3']],
    ['Russland greift mit Shahed-136 und Geran-2 an, Iran liefert Mohajer-6.', ['shahed-136', 'mohajer-6']],
    ['Die Ukraine kauft Bayraktar TB2, Kuwait bestellt Akinci-Drohnen.', ['bayraktar-tb2', 'bayraktar-akinci']],
    ['India leases MQ-9B SeaGuardian drones and buys Heron Mk II; Israel flies the Hermes 900.', ['mq-9b-seaguardian', 'heron', 'hermes-900']],
    ['Russland setzt Lancet und Orlan-10 ein, die USA liefern Switchblade und Phoenix Ghost.', ['lancet', 'orlan-10', 'switchblade', 'phoenix-ghost']],
    ['Pakistan erhält Wing Loong II und CH-4, Saudi-Arabien baut CH-5.', ['wing-loong-ii', 'ch-4', 'ch-5']],
    ['Indien kauft drei weitere Scorpène-U-Boote, Norwegen und Deutschland bauen Type 212CD.', ['scorpene', 'type-212cd']],
    ['Australia will buy Virginia-class submarines under AUKUS before SSN-AUKUS boats arrive.', ['virginia-class', 'ssn-aukus']],
    ['Pakistan received the first Hangor-class submarine from China; Egypt runs FREMM frigates.', ['hangor-class', 'fremm']],
    ['Die Marine bestellt weitere F126-Fregatten und Type 26 Hunter-class frigates are built.', ['f126', 'type-26']],
    ['Ukraine received 155mm Excalibur shells (M982) and DM121 rounds.', ['excalibur', 'dm121']],
    ['Die USA lieferten 2000-Pfund-Bomben vom Typ Mk 84 sowie GBU-39 an Israel.', ['mk-84', 'gbu-39-sdb']],
    ['Washington paused shipments of 2,000-pound bombs and JDAM kits.', ['mk-84', 'jdam']],
    ['Nordkorea lieferte 152-mm-Granaten und Raketen an Russland.', ['152-mm-artillery-shell']],
    ['Polen übergibt Starlink-Terminals an die Ukraine.', ['starlink']],
  ];
  it.each(cases)('%s', (text, ids) => {
    expect(found(text)).toEqual(expect.arrayContaining(ids));
  });

  it('reads an ordinary-word alias only in a context of weapons', () => {
    expect(found('Puma meldet einen Umsatzrekord bei Sportschuhen.')).toEqual([]);
    expect(found('A spike in prices worried the markets.')).toEqual([]);
    expect(found('The lynx is a wild cat.')).toEqual([]);
    expect(found('Der Tiger im Zoo hat Junge bekommen.')).toEqual([]);
    expect(found('Heron Tower is in London.')).toEqual([]);
    expect(found('Die Bundeswehr erhält weitere Puma.')).toEqual(['puma']);
  });
});
