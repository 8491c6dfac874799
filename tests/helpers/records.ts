/** Hand-made article records for loader and API tests: offsets are computed, never typed. */
import { ArticleRecord, Category, Entity, Quantity, Status, TransferRecord } from '../../src/record';
import { slug } from '../../src/names';

export interface ClaimSpec {
  supplier: string;
  recipient: string;
  category: Category;
  status: Status;
  evidence: string;
  items?: string[];
  attribution?: string;
  quantity?: Quantity;
  when?: string;
}

function span(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the article text`);
  return { text: part, start, end: start + part.length };
}

export function makeRecord(opts: {
  id: string;
  text: string;
  outlet?: string;
  publishedAt?: string;
  actors: string[];
  people?: string[];
  claims: ClaimSpec[];
}): ArticleRecord {
  const ref = (name: string) => ({ id: slug(name), name });
  const entity = (type: Entity['type'], name: string): Entity => ({
    id: slug(name),
    type,
    name,
    mentions: opts.text.includes(name) ? [span(opts.text, name)] : [],
  });
  const transfers: TransferRecord[] = opts.claims.map((c) => ({
    supplier: ref(c.supplier),
    recipient: ref(c.recipient),
    category: c.category,
    status: c.status,
    items: (c.items ?? []).map((name) => ({ name })),
    quantity: c.quantity ?? null,
    when: c.when ?? null,
    attribution: c.attribution ?? null,
    evidence: span(opts.text, c.evidence),
  }));
  return {
    recordVersion: 1,
    extractor: { name: 'manual', version: '1' },
    article: {
      id: opts.id,
      file: null,
      title: opts.text.split('\n')[0],
      publishedAt: opts.publishedAt ?? null,
      language: 'en',
      outlet: opts.outlet ?? null,
      url: null,
      text: opts.text,
    },
    entities: [...opts.actors.map((n) => entity('actor', n)), ...(opts.people ?? []).map((n) => entity('person', n))],
    transfers,
  };
}
