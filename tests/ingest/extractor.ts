/**
 * The extractor the ingest tests use. Until the rule-based extractor lands on main this is a
 * small stand-in that finds "<Actor> has delivered <item> to <Actor>" sentences.
 */
import { slug } from '../../src/names';
import { ArticleInput, ArticleRecord, Entity, Extractor } from '../../src/record';

const PATTERN = /\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) has delivered ([^.]+?) to ([A-Z][a-z]+)/g;

export const extractor: Extractor = {
  name: 'test-pattern',
  version: '1',
  extract(input: ArticleInput): ArticleRecord {
    const entities = new Map<string, Entity>();
    const transfers: ArticleRecord['transfers'] = [];
    for (const m of input.text.matchAll(PATTERN)) {
      const start = m.index ?? 0;
      const ref = (name: string, offset: number) => {
        const id = slug(name);
        const s = start + offset;
        const entity = entities.get(id) ?? { id, type: 'actor' as const, name, mentions: [] };
        entity.mentions.push({ text: name, start: s, end: s + name.length });
        entities.set(id, entity);
        return { id, name };
      };
      transfers.push({
        supplier: ref(m[1], 0),
        recipient: ref(m[3], m[0].length - m[3].length),
        category: /drone/i.test(m[2]) ? 'drone' : /missile|rakete/i.test(m[2]) ? 'missile' : 'other',
        status: 'delivered',
        items: [{ name: m[2] }],
        quantity: null,
        when: null,
        attribution: null,
        evidence: { text: m[0], start, end: start + m[0].length },
      });
    }
    return {
      recordVersion: 1,
      extractor: { name: this.name, version: this.version },
      article: {
        id: input.id ?? 'no-id',
        file: input.file ?? null,
        title: input.title ?? null,
        publishedAt: input.publishedAt ?? null,
        language: input.language ?? 'en',
        outlet: input.outlet ?? null,
        url: input.url ?? null,
        text: input.text,
      },
      entities: [...entities.values()],
      transfers,
    };
  },
};
