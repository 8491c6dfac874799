/**
 * The five sample articles of seeds/ as hand-made records: what an extractor is expected to find
 * in them (actors, people, places, weapons, and the transfer sentences), so the API and the
 * `:param` values of cypher/*.cypher can be tested before the extractor lands. Article ids
 * follow the ingest rule (first 16 hex digits of SHA-256 of "text\n" + normalised text).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ArticleRecord, Entity, Quantity, TransferRecord } from '../../src/record';
import { slug } from '../../src/names';
import { ClaimSpec as BaseClaimSpec } from '../helpers/records';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');

type EntitySpec = Omit<Entity, 'id' | 'mentions'> & { says: string[] };

const ENTITIES: Record<string, EntitySpec> = {
  'North Korea': { type: 'actor', name: 'North Korea', kind: 'state', says: ['Nordkorea', 'Pjöngjang', 'nordkoreanische'] },
  Russia: { type: 'actor', name: 'Russia', kind: 'state', says: ['Russland', 'Moskau', 'Kreml'] },
  Iran: { type: 'actor', name: 'Iran', kind: 'state', says: ['Iran', 'Teheran'] },
  Ukraine: { type: 'actor', name: 'Ukraine', kind: 'state', says: ['Ukraine'] },
  'United States': { type: 'actor', name: 'United States', kind: 'state', says: ['US-Regierung', 'Weißen Haus', 'USA'] },
  'John Kirby': { type: 'person', name: 'John Kirby', role: 'spokesman', affiliation: 'united-states', says: ['John Kirby', 'Kirby'] },
  'Kursk Oblast': { type: 'place', name: 'Kursk Oblast', kind: 'region', lat: 51.7, lon: 36.2, says: ['Kursk'] },
  'Zaporizhzhia Oblast': { type: 'place', name: 'Zaporizhzhia Oblast', kind: 'region', lat: 47.5, lon: 35.5, says: ['Saporischschja'] },
  'Tumangang Rail Facility': { type: 'place', name: 'Tumangang Rail Facility', kind: 'facility', lat: 42.42, lon: 130.6, says: ['Tumangang Rail Facility'] },
  'KN-23': { type: 'weapon', name: 'KN-23', category: 'missile', origin: 'north-korea', says: ['KN-23'] },
  'M1989 Koksan': { type: 'weapon', name: 'M1989 Koksan', category: 'artillery', origin: 'north-korea', says: ['M1989', 'Koksan'] },
};

/** A sample claim: the shared spec, plus what the samples state about quantity and time. */
interface ClaimSpec extends BaseClaimSpec {
  quantity?: Quantity;
  when?: string;
}

interface SampleSpec {
  file: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  entities: string[];
  claims: ClaimSpec[];
}

/** Every occurrence of `part`, a space in it matching any white space (the seeds hold no-break spaces). */
function spans(text: string, part: string) {
  const pattern = new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'g');
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export function sampleArticleId(text: string): string {
  const normalised = text.normalize('NFC').replace(/^\uFEFF/, '').replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(`text\n${normalised}`).digest('hex').slice(0, 16);
}

function build(spec: SampleSpec): ArticleRecord {
  const text = fs.readFileSync(path.join(SEEDS, spec.file), 'utf8');
  const weapons = new Set(Object.values(ENTITIES).filter((e) => e.type === 'weapon').map((e) => e.name));
  const transfers: TransferRecord[] = spec.claims.map((c) => {
    const [evidence] = spans(text, c.evidence);
    if (!evidence) throw new Error(`"${c.evidence}" is not in ${spec.file}`);
    return {
      supplier: { id: slug(c.supplier), name: c.supplier },
      recipient: { id: slug(c.recipient), name: c.recipient },
      category: c.category,
      status: c.status,
      items: (c.items ?? []).map((name) => ({ id: weapons.has(name) ? slug(name) : null, name })),
      quantity: c.quantity ?? null,
      when: c.when ?? null,
      attribution: c.attribution ?? null,
      evidence,
    };
  });
  return {
    recordVersion: 1,
    extractor: { name: 'manual', version: '1' },
    article: {
      id: sampleArticleId(text),
      file: `seeds/${spec.file}`,
      title: spec.title,
      publishedAt: spec.publishedAt,
      language: 'de',
      outlet: spec.outlet,
      url: null,
      text,
    },
    entities: spec.entities.map((name) => {
      const { says, ...entity } = ENTITIES[name];
      return { ...entity, id: slug(name), mentions: says.flatMap((s) => spans(text, s)) };
    }),
    transfers,
  };
}

const KIRBY = 'John Kirby';

export const SAMPLE_SPECS: SampleSpec[] = [
  {
    file: '000_f68f6b1503156dfd.txt',
    title: 'Russland nutzt nordkoreanische Raketen zur Unterstützung im Krieg gegen die Ukraine',
    outlet: 'eulerpool',
    publishedAt: '2024-01-04',
    entities: ['North Korea', 'Russia', 'Iran', 'Ukraine', 'United States', KIRBY],
    claims: [
      {
        supplier: 'North Korea', recipient: 'Russia', category: 'missile', status: 'delivered', attribution: KIRBY, when: '2024-01',
        evidence: 'dass Nordkorea kürzlich ballistische Raketenwerfer und mehrere ballistische Raketen an Moskau geliefert habe',
        items: ['ballistic missile launcher', 'ballistic missile'], quantity: { value: null, approx: 'several', unit: 'missile' },
      },
      {
        supplier: 'Russia', recipient: 'North Korea', category: 'aircraft', status: 'expected', attribution: KIRBY,
        evidence: 'Darunter fallen Kampfflugzeuge, Boden-Luft-Raketen, gepanzerte Fahrzeuge', items: ['fighter aircraft'],
      },
      {
        supplier: 'Iran', recipient: 'Russia', category: 'missile', status: 'negotiating', attribution: KIRBY,
        evidence: 'dass es gerade zwischen Moskau und Teheran Gespräche über die Lieferung von Raketen gibt',
      },
      {
        supplier: 'Iran', recipient: 'Russia', category: 'missile', status: 'denied',
        evidence: 'geht die US-Regierung momentan nicht davon aus, dass Teheran bereits ballistische Raketen an Moskau geliefert hat',
        items: ['ballistic missile'],
      },
    ],
  },
  {
    file: '001_95c1300e97e42ac9.txt',
    title: 'USA: Russland setzt Raketen aus Nordkorea gegen Ukraine ein',
    outlet: 'DW',
    publishedAt: '2024-01-05',
    entities: ['North Korea', 'Russia', 'Iran', 'Ukraine', 'United States', KIRBY, 'Zaporizhzhia Oblast', 'KN-23'],
    claims: [
      {
        supplier: 'North Korea', recipient: 'Russia', category: 'missile', status: 'delivered', attribution: KIRBY,
        evidence: 'habe Pjöngjang kürzlich ballistische Raketenwerfer und mehrere ballistische Raketen an Moskau geliefert',
        items: ['ballistic missile', 'KN-23'], quantity: { value: null, approx: 'several', unit: 'missile' },
      },
      {
        supplier: 'Russia', recipient: 'North Korea', category: 'aircraft', status: 'expected', attribution: KIRBY,
        evidence: 'dass Nordkorea im Gegenzug für seine Unterstützung militärische Ausrüstung von Russland beziehen wolle - darunter Kampfflugzeuge',
        items: ['fighter aircraft'],
      },
      {
        supplier: 'Iran', recipient: 'Russia', category: 'missile', status: 'negotiating', attribution: KIRBY,
        evidence: 'dass auch Gespräche zwischen Moskau und Teheran über die Lieferung von Raketen vorangetrieben würden',
      },
    ],
  },
  {
    file: '002_2704c4c8b7172424.txt',
    title: 'Nordkorea liefert Waffen an Moskau für Krieg gegen Ukraine',
    outlet: null,
    publishedAt: null,
    entities: ['North Korea', 'Russia', 'Ukraine', 'United States', KIRBY],
    claims: [
      {
        supplier: 'North Korea', recipient: 'Russia', category: 'ammunition', status: 'delivered',
        evidence: 'Nordkorea hat nach Angaben der US-Regierung Waffen an Russland für den Krieg gegen die Ukraine geliefert.',
        items: ['container'], quantity: { value: 1000, approx: 'more than', unit: 'container' }, when: '2023-10',
      },
      {
        supplier: 'Russia', recipient: 'North Korea', category: 'technology', status: 'expected', attribution: KIRBY,
        evidence: 'dass Pjöngjang von Moskau im Gegenzug hoch entwickelte russische Waffentechnologien wolle',
      },
      {
        supplier: 'Russia', recipient: 'North Korea', category: 'equipment', status: 'unconfirmed', attribution: KIRBY,
        evidence: 'Dies könnte möglicherweise erste Materiallieferungen aus Russland darstellen.',
      },
    ],
  },
  {
    file: '003_78a3db10bdd1f744.txt',
    title: 'Die neueste Kooperation: Nordkorea unterstützt Russland im Ukraine-Konflikt',
    outlet: 'Politik-Journal',
    publishedAt: '2024-11-16',
    entities: ['North Korea', 'Russia', 'Ukraine', 'Kursk Oblast', 'M1989 Koksan'],
    claims: [
      {
        supplier: 'North Korea', recipient: 'Russia', category: 'artillery', status: 'delivered',
        evidence: 'hat Pjöngjang kürzlich Langstreckenraketen- und Artilleriesysteme an die russische Armee geliefert',
        items: ['M1989 Koksan'],
      },
    ],
  },
  {
    file: '004_d94d5e9d380f4a3d.txt',
    title: 'Nordkorea unterstützt nun Russland im Kampf gegen die Ukraine',
    outlet: 'Focus',
    publishedAt: '2023-10-14',
    entities: ['North Korea', 'Russia', 'Ukraine', 'United States', KIRBY, 'Tumangang Rail Facility'],
    claims: [
      {
        supplier: 'North Korea', recipient: 'Russia', category: 'ammunition', status: 'delivered', attribution: KIRBY,
        evidence: 'hat Nordkorea in den letzten Wochen mehr als 1000 Container mit militärischer Ausrüstung und Munition an Russland geliefert',
        items: ['container'], quantity: { value: 1000, approx: 'more than', unit: 'container' },
      },
      {
        supplier: 'North Korea', recipient: 'Russia', category: 'artillery', status: 'delivered',
        evidence: 'dass Nordkorea begonnen habe, Artillerie an Russland zu transferieren',
      },
    ],
  },
];

export function sampleRecords(): ArticleRecord[] {
  return SAMPLE_SPECS.map(build);
}
