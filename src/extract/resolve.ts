/**
 * Resolve stage: mentions become entities with canonical English names and ids, claims
 * become transfer records that point at them, and the article record is assembled.
 */
import { articleId as identity } from '../identity';
import { lexicon } from '../lexicon';
import type { ArticleRecord, Entity, EntityRef, TransferItem, TransferRecord } from '../record';
import type { Claim, Doc, Mention } from './types';

/** The identity rule of src/identity.ts, on the article as it came in, so ingest and extract agree. */
export function articleId(doc: Doc): string {
  return doc.input.id ?? identity(doc.input.text, doc.input.url);
}

function entityName(m: Mention): string {
  const lex = lexicon();
  const known = m.type === 'actor' ? lex.actors.get(m.id) : m.type === 'person' ? lex.people.get(m.id) : m.type === 'place' ? lex.places.get(m.id) : m.type === 'weapon' ? lex.weapons.get(m.id) : undefined;
  return known?.name ?? m.name ?? m.id;
}

function entities(doc: Doc): Entity[] {
  const lex = lexicon();
  const byKey = new Map<string, Entity>();
  for (const m of doc.mentions) {
    if (m.type === 'item') continue;
    const key = `${m.type}:${m.id}`;
    let e = byKey.get(key);
    if (!e) {
      e = { id: m.id, type: m.type, name: entityName(m), mentions: [] };
      if (m.type === 'actor') e.kind = lex.actors.get(m.id)?.kind ?? null;
      if (m.type === 'person') {
        const info = doc.personInfo.get(m.id);
        e.role = info?.role ?? null;
        e.affiliation = info?.affiliation ?? null;
      }
      if (m.type === 'place') {
        const p = lex.places.get(m.id);
        Object.assign(e, { kind: p?.kind ?? null, lat: p?.lat ?? null, lon: p?.lon ?? null });
      }
      if (m.type === 'weapon') {
        const w = lex.weapons.get(m.id);
        e.category = w?.category ?? m.category ?? null;
        e.origin = w?.origin ?? null;
      }
      byKey.set(key, e);
    }
    e.mentions.push({ text: doc.text.slice(m.start, m.end), start: m.start, end: m.end });
  }
  return [...byKey.values()];
}

function ref(id: string): EntityRef {
  return { id, name: lexicon().actors.get(id)?.name ?? id };
}

function items(claim: Claim): TransferItem[] {
  const lex = lexicon();
  const out: TransferItem[] = [];
  for (const m of claim.items) {
    let item: TransferItem;
    if (m.type === 'weapon') item = { id: m.id, name: lex.weapons.get(m.id)?.name ?? m.name ?? m.id };
    else if (m.type === 'actor') item = { name: 'soldiers' };
    else if (claim.category === 'technology' && lex.items.get(m.id)?.category !== 'technology') item = { name: `production ${lex.items.get(m.id)?.name ?? 'equipment'}` };
    else item = m.weaponId ? { id: m.weaponId, name: lex.items.get(m.id)!.name } : { name: lex.items.get(m.id)?.name ?? m.id };
    if (!out.some((o) => o.name === item.name && o.id === item.id)) out.push(item);
  }
  return out;
}

function transfer(doc: Doc, c: Claim): TransferRecord {
  const start = doc.sentences[c.sentence].start;
  return {
    supplier: ref(c.supplier),
    recipient: ref(c.recipient),
    category: c.category,
    status: c.status,
    items: items(c),
    quantity: c.quantity,
    when: c.when,
    attribution: c.attribution,
    evidence: { text: doc.text.slice(start, c.evidenceEnd), start, end: c.evidenceEnd },
  };
}

export function toRecord(doc: Doc, claims: Claim[], extractor: { name: string; version: string }): ArticleRecord {
  return {
    recordVersion: 1,
    extractor,
    article: {
      id: articleId(doc),
      file: doc.input.file ?? null,
      title: doc.title,
      publishedAt: doc.publishedAt,
      language: doc.language,
      outlet: doc.outlet,
      url: doc.url,
      text: doc.text,
    },
    entities: entities(doc),
    transfers: claims.map((c) => transfer(doc, c)),
  };
}
