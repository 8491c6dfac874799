/**
 * A synthetic corpus for speed measurements only (never for quality claims): German and English
 * news-like articles about arms transfers between real-world actors, as article records with
 * correct offsets, so they load through the same loader as extracted ones. Deterministic for a
 * given seed. A few pairs (North Korea → Russia, Iran → Russia, the West → Ukraine) carry most of
 * the reporting, as in real news.
 */
import { ArticleRecord, Category, Entity, Language, Status, TransferRecord } from '../record';
import { slug } from '../names';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Named {
  en: string;
  de: string;
}

const ACTORS: Array<Named & { kind: string }> = [
  ['North Korea', 'Nordkorea'], ['Russia', 'Russland'], ['Iran', 'Iran'], ['Ukraine', 'Ukraine'], ['United States', 'USA'],
  ['Germany', 'Deutschland'], ['United Kingdom', 'Großbritannien'], ['France', 'Frankreich'], ['China', 'China'], ['Belarus', 'Belarus'],
  ['Poland', 'Polen'], ['Turkey', 'Türkei'], ['Israel', 'Israel'], ['India', 'Indien'], ['Pakistan', 'Pakistan'],
  ['Saudi Arabia', 'Saudi-Arabien'], ['Egypt', 'Ägypten'], ['Syria', 'Syrien'], ['South Korea', 'Südkorea'], ['Japan', 'Japan'],
  ['Taiwan', 'Taiwan'], ['Italy', 'Italien'], ['Spain', 'Spanien'], ['Netherlands', 'Niederlande'], ['Sweden', 'Schweden'],
  ['Norway', 'Norwegen'], ['Denmark', 'Dänemark'], ['Czech Republic', 'Tschechien'], ['Canada', 'Kanada'], ['Australia', 'Australien'],
  ['Venezuela', 'Venezuela'], ['Myanmar', 'Myanmar'], ['Algeria', 'Algerien'], ['Serbia', 'Serbien'], ['Hungary', 'Ungarn'],
  ['Greece', 'Griechenland'], ['Qatar', 'Katar'], ['United Arab Emirates', 'Vereinigte Arabische Emirate'], ['Armenia', 'Armenien'], ['Azerbaijan', 'Aserbaidschan'],
].map(([en, de]) => ({ en, de, kind: 'state' }));

/** Items as the articles name them; `system` is the weapon system's canonical name, where one is named. */
const ITEMS: Array<Named & { category: Category; system?: string; origin?: string }> = [
  { en: 'ballistic missiles', de: 'ballistische Raketen', category: 'missile' },
  { en: 'KN-23 missiles', system: 'KN-23', de: 'KN-23-Raketen', category: 'missile', origin: 'North Korea' },
  { en: 'artillery shells', de: 'Artilleriegranaten', category: 'ammunition' },
  { en: 'ammunition', de: 'Munition', category: 'ammunition' },
  { en: 'Shahed-136 drones', system: 'Shahed-136', de: 'Shahed-136-Drohnen', category: 'drone', origin: 'Iran' },
  { en: 'attack drones', de: 'Kampfdrohnen', category: 'drone' },
  { en: 'Leopard 2 tanks', system: 'Leopard 2', de: 'Leopard-2-Panzer', category: 'armoured-vehicle', origin: 'Germany' },
  { en: 'armoured vehicles', de: 'gepanzerte Fahrzeuge', category: 'armoured-vehicle' },
  { en: 'IRIS-T air defence systems', system: 'IRIS-T SLM', de: 'IRIS-T-Luftverteidigungssysteme', category: 'air-defence', origin: 'Germany' },
  { en: 'Patriot systems', system: 'Patriot', de: 'Patriot-Systeme', category: 'air-defence', origin: 'United States' },
  { en: 'fighter jets', de: 'Kampfflugzeuge', category: 'aircraft' },
  { en: 'F-16 fighter jets', system: 'F-16', de: 'F-16-Kampfjets', category: 'aircraft', origin: 'United States' },
  { en: 'howitzers', de: 'Haubitzen', category: 'artillery' },
  { en: 'M1989 Koksan howitzers', system: 'M1989 Koksan', de: 'M1989-Koksan-Haubitzen', category: 'artillery', origin: 'North Korea' },
  { en: 'patrol boats', de: 'Patrouillenboote', category: 'naval' },
  { en: 'satellite technology', de: 'Satellitentechnologie', category: 'space' },
  { en: 'missile technology', de: 'Raketentechnologie', category: 'technology' },
  { en: 'military equipment', de: 'militärische Ausrüstung', category: 'equipment' },
];

const PEOPLE: Array<{ name: string; role: string; affiliation: string }> = [
  { name: 'John Kirby', role: 'spokesman', affiliation: 'United States' },
  { name: 'Jake Sullivan', role: 'national security adviser', affiliation: 'United States' },
  { name: 'Boris Pistorius', role: 'defence minister', affiliation: 'Germany' },
  { name: 'Dmitry Peskov', role: 'spokesman', affiliation: 'Russia' },
  { name: 'Volodymyr Zelensky', role: 'president', affiliation: 'Ukraine' },
  { name: 'Nasser Kanaani', role: 'spokesman', affiliation: 'Iran' },
  { name: 'Mark Rutte', role: 'secretary general', affiliation: 'Netherlands' },
  { name: 'Kim Yo Jong', role: 'official', affiliation: 'North Korea' },
];

const OUTLETS: Array<{ name: string; language: Language }> = [
  { name: 'DW', language: 'de' }, { name: 'tagesschau', language: 'de' }, { name: 'Spiegel', language: 'de' }, { name: 'FAZ', language: 'de' },
  { name: 'Zeit', language: 'de' }, { name: 'n-tv', language: 'de' }, { name: 'Reuters', language: 'en' }, { name: 'AP', language: 'en' },
  { name: 'BBC', language: 'en' }, { name: 'The Guardian', language: 'en' }, { name: 'Politico', language: 'en' }, { name: 'Al Jazeera', language: 'en' },
];

/** Heavily reported pairs [supplier, recipient, weight]; every other pair of ACTORS shares the rest. */
const HOT_PAIRS: Array<[string, string, number]> = [
  ['North Korea', 'Russia', 12], ['Russia', 'North Korea', 5], ['Iran', 'Russia', 8], ['Russia', 'Iran', 3],
  ['United States', 'Ukraine', 10], ['Germany', 'Ukraine', 8], ['United Kingdom', 'Ukraine', 5], ['France', 'Ukraine', 4],
  ['China', 'Russia', 4], ['Belarus', 'Russia', 2], ['United States', 'Israel', 4], ['United States', 'Taiwan', 3],
];

type Template = (s: string, r: string, item: string, quantity: string) => string[];

/** Sentence templates per status and language; names and the item go where the slots are. */
const SENTENCES: Record<Language, Record<Status, Template>> = {
  en: {
    delivered: (s, r, item, q) => [s, ` has delivered ${q}`, item, ' to ', r, '.'],
    expected: (s, r, item) => [s, ' is expected to supply ', item, ' to ', r, ' in the coming months.'],
    negotiating: (s, r, item) => [s, ' and ', r, ' are in talks about the delivery of ', item, '.'],
    unconfirmed: (s, r, item) => ['There are unconfirmed reports that ', s, ' has sent ', item, ' to ', r, '.'],
    denied: (s, r, item) => [s, ' denied having supplied ', item, ' to ', r, '.'],
    halted: (s, r, item) => [s, ' has suspended deliveries of ', item, ' to ', r, '.'],
  },
  de: {
    delivered: (s, r, item, q) => [s, ` hat ${q}`, item, ' an ', r, ' geliefert.'],
    expected: (s, r, item) => [s, ' soll in den kommenden Monaten ', item, ' an ', r, ' liefern.'],
    negotiating: (s, r, item) => [s, ' und ', r, ' verhandeln über die Lieferung von ', item, '.'],
    unconfirmed: (s, r, item) => ['Unbestätigten Berichten zufolge hat ', s, ' ', item, ' an ', r, ' geschickt.'],
    denied: (s, r, item) => [s, ' bestritt, ', item, ' an ', r, ' geliefert zu haben.'],
    halted: (s, r, item) => [s, ' hat die Lieferung von ', item, ' an ', r, ' gestoppt.'],
  },
};

const FILLER: Record<Language, string[]> = {
  en: [
    'The war has drained stockpiles on both sides.',
    'Analysts say the shipments could change the balance on the front line.',
    'Satellite images showed heavy rail traffic near the border.',
    'Officials declined to give further details.',
    'The United Nations has banned such transfers.',
  ],
  de: [
    'Der Krieg hat die Bestände auf beiden Seiten erschöpft.',
    'Fachleute erwarten, dass die Lieferungen das Kräfteverhältnis an der Front verändern.',
    'Satellitenbilder zeigten regen Bahnverkehr an der Grenze.',
    'Weitere Einzelheiten wurden nicht genannt.',
    'Die Vereinten Nationen haben solche Lieferungen verboten.',
  ],
};

const STATUS_WEIGHTS: Array<[Status, number]> = [['delivered', 50], ['expected', 20], ['negotiating', 12], ['unconfirmed', 12], ['denied', 6], ['halted', 0]];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function weighted<T>(rnd: () => number, items: Array<[T, number]>): T {
  let x = rnd() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1][0];
}

/** Text under construction with the mentions of every entity it names. */
class Draft {
  text = '';
  readonly entities = new Map<string, Entity>();

  add(part: string): void {
    this.text += part;
  }

  mention(entity: Omit<Entity, 'mentions'>, said: string): { start: number; end: number } {
    const start = this.text.length;
    this.text += said;
    const known = this.entities.get(entity.id) ?? { ...entity, mentions: [] };
    known.mentions.push({ text: said, start, end: this.text.length });
    this.entities.set(entity.id, known);
    return { start, end: this.text.length };
  }
}

function actorEntity(name: string): Omit<Entity, 'mentions'> {
  return { id: slug(name), type: 'actor', name, kind: 'state' };
}

/** Article `index` of the corpus of the given seed. */
export function syntheticArticle(index: number, seed = 1): ArticleRecord {
  const rnd = random(seed * 1_000_003 + index);
  const outlet = pick(rnd, OUTLETS);
  const lang = outlet.language;
  const day = new Date(Date.UTC(2022, 1, 24) + Math.floor(rnd() * 1400) * 86_400_000).toISOString().slice(0, 10);
  const draft = new Draft();
  const transfers: TransferRecord[] = [];
  const count = 1 + Math.floor(rnd() * 3);
  const pairs: Array<[string, string, number]> = [
    ...HOT_PAIRS,
    ...ACTORS.slice(0, 12).map((a, i): [string, string, number] => [a.en, ACTORS[(i * 7 + 3) % ACTORS.length].en, 1]),
  ];
  for (let t = 0; t < count; t++) {
    const [supplierName, recipientName] = rnd() < 0.8 ? weighted(rnd, pairs.map((p) => [p, p[2]])) : [pick(rnd, ACTORS).en, pick(rnd, ACTORS).en];
    if (supplierName === recipientName) continue;
    const supplier = ACTORS.find((a) => a.en === supplierName)!;
    const recipient = ACTORS.find((a) => a.en === recipientName)!;
    const item = pick(rnd, ITEMS);
    const status = weighted(rnd, STATUS_WEIGHTS);
    const value = rnd() < 0.4 ? 10 * (1 + Math.floor(rnd() * 100)) : null;
    const quantity = value === null ? '' : lang === 'de' ? `mehr als ${value} ` : `more than ${value} `;
    const person = rnd() < 0.6 ? pick(rnd, PEOPLE) : null;

    if (draft.text) draft.add(' ');
    const sentenceStart = draft.text.length;
    const parts = SENTENCES[lang][status](supplier[lang], recipient[lang], item[lang], quantity);
    for (const part of parts) {
      if (part === supplier[lang]) draft.mention(actorEntity(supplier.en), part);
      else if (part === recipient[lang]) draft.mention(actorEntity(recipient.en), part);
      else if (part === item[lang] && item.system) {
        draft.mention({ id: slug(item.system), type: 'weapon', name: item.system, category: item.category, origin: item.origin ? slug(item.origin) : null }, part);
      } else draft.add(part);
    }
    const evidence = { text: draft.text.slice(sentenceStart), start: sentenceStart, end: draft.text.length };
    if (person) {
      draft.add(lang === 'de' ? ' Das sagte ' : ' This was said by ');
      draft.mention({ id: slug(person.name), type: 'person', name: person.name, role: person.role, affiliation: slug(person.affiliation) }, person.name);
      draft.add('.');
      if (!draft.entities.has(slug(person.affiliation))) draft.entities.set(slug(person.affiliation), { ...actorEntity(person.affiliation), mentions: [] });
    }
    draft.add(` ${pick(rnd, FILLER[lang])}`);
    transfers.push({
      supplier: { id: slug(supplier.en), name: supplier.en },
      recipient: { id: slug(recipient.en), name: recipient.en },
      category: item.category,
      status,
      items: [{ id: item.system ? slug(item.system) : null, name: item.system ?? item.en }],
      quantity: value === null ? null : { value, approx: 'more than', unit: null },
      when: day.slice(0, 7),
      attribution: person?.name ?? null,
      evidence,
    });
  }
  const title = transfers[0]
    ? `${transfers[0].supplier.name} → ${transfers[0].recipient.name}: ${transfers[0].category}`
    : lang === 'de' ? 'Lage im Krieg' : 'The state of the war';
  const body = draft.text;
  const header = `${title}\n`;
  const shift = (span: { start: number; end: number }) => ({ ...span, start: span.start + header.length, end: span.end + header.length });
  return {
    recordVersion: 1,
    extractor: { name: 'synthetic', version: '1' },
    article: {
      id: `synthetic-${seed}-${index}`,
      file: null,
      title,
      publishedAt: day,
      language: lang,
      outlet: outlet.name,
      url: null,
      text: header + body,
    },
    entities: [...draft.entities.values()].map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, ...shift(m) })) })),
    transfers: transfers.map((t) => ({ ...t, evidence: { ...t.evidence, ...shift(t.evidence) } })),
  };
}
