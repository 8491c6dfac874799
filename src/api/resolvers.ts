/** Thin resolvers: check input, resolve names, run a named query, hand rows to the schema. */
import { CATEGORIES, STATUSES, Status } from '../record';
import { readRows } from '../graph/reader';
import { capitalOf } from './capitals';
import { ApiContext, EntityView, View } from './context';
import { findEntity, resolveEntity } from './entities';
import { decodeCursor, encodeCursor, fullTextQuery, isoDate, notFound, pageSize } from './input';

/** GraphQL enum names (AIR_DEFENCE) mapped to the stored vocabulary (air-defence). */
function enumValues(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase().replace(/-/g, '_'), v]));
}

const EXCHANGE_SECTIONS = ['sent', 'expectedToSend', 'receivedInReturn', 'expectedInReturn', 'unconfirmed', 'denied', 'halted'] as const;

type StatusCounts = Record<Status, number> & { total: number };

/** Transfers per status, from rows of {status, transfers}. */
function statusCounts(rows: Array<{ status: string; transfers: number }>): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  counts.total = 0;
  for (const row of rows) {
    counts[row.status as Status] += row.transfers;
    counts.total += row.transfers;
  }
  return counts;
}

interface TransferFilter {
  supplier?: string | null;
  recipient?: string | null;
  status?: string[] | null;
  category?: string[] | null;
  item?: string | null;
  reportedAfter?: string | null;
  reportedBefore?: string | null;
  minCorroboration?: number | null;
}

async function entityId(ctx: ApiContext, kind: 'actor' | 'weapon', name: string | null | undefined): Promise<string | null> {
  return name === null || name === undefined ? null : (await resolveEntity(ctx, kind, name)).id;
}

/** Heavy article fields (text, claims, mentions) come from the article loader when the parent lacks them. */
async function fullArticle(article: View, ctx: ApiContext): Promise<View> {
  return 'text' in article ? article : ((await ctx.articles.load(article.id)) ?? article);
}

export const resolvers = {
  Status: enumValues(STATUSES),
  Category: enumValues(CATEGORIES),
  HitKind: { CLAIM: 'claim', ARTICLE: 'article' },
  Disagreement: enumValues(['status', 'quantity', 'direction']),

  Query: {
    exchange: async (_: unknown, args: { from: string; to: string }, ctx: ApiContext) => {
      const [from, to] = await Promise.all([resolveEntity(ctx, 'actor', args.from), resolveEntity(ctx, 'actor', args.to)]);
      const rows = await readRows<{ section: string; transfer: string }>(ctx.driver, 'exchange', { from: from.id, to: to.id });
      const sections = Object.fromEntries(
        EXCHANGE_SECTIONS.map((section) => [
          section,
          () => ctx.transfers.loadMany(rows.filter((r) => r.section === section).map((r) => r.transfer)),
        ]),
      );
      return { from, to, ...sections };
    },

    transfers: async (_: unknown, args: { filter?: TransferFilter | null; first: number; after?: string | null }, ctx: ApiContext) => {
      const filter = args.filter ?? {};
      const first = pageSize(args.first);
      const [supplier, recipient, item] = await Promise.all([
        entityId(ctx, 'actor', filter.supplier),
        entityId(ctx, 'actor', filter.recipient),
        entityId(ctx, 'weapon', filter.item),
      ]);
      const [row] = await readRows<{ totalCount: number; page: string[] }>(ctx.driver, 'transfers', {
        supplier,
        recipient,
        item,
        statuses: filter.status ?? null,
        categories: filter.category ?? null,
        reportedAfter: isoDate('reportedAfter', filter.reportedAfter),
        reportedBefore: isoDate('reportedBefore', filter.reportedBefore),
        minCorroboration: filter.minCorroboration ?? null,
        after: decodeCursor<string>('transfers', args.after),
        first,
      });
      const edges = row.page.slice(0, first).map((id) => ({ cursor: encodeCursor('transfers', id), node: () => ctx.transfers.load(id) }));
      return { totalCount: row.totalCount, edges, pageInfo: { hasNextPage: row.page.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },

    actor: (_: unknown, args: { name: string }, ctx: ApiContext) => resolveEntity(ctx, 'actor', args.name),
    weapon: (_: unknown, args: { name: string }, ctx: ApiContext) => resolveEntity(ctx, 'weapon', args.name),
    place: (_: unknown, args: { name: string }, ctx: ApiContext) => resolveEntity(ctx, 'place', args.name),

    article: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
      const article = await ctx.articles.load(args.id);
      if (!article) throw notFound(`No article with id "${args.id}" in the graph.`);
      return article;
    },

    articles: async (_: unknown, args: { first: number; after?: string | null }, ctx: ApiContext) => {
      const first = pageSize(args.first);
      const after = decodeCursor<{ date: string; id: string }>('articles', args.after);
      const [row] = await readRows<{ totalCount: number; page: Array<{ date: string; id: string }> }>(ctx.driver, 'articles', {
        afterDate: after?.date ?? null,
        afterId: after?.id ?? null,
        first,
      });
      const edges = row.page.slice(0, first).map((p) => ({ cursor: encodeCursor('articles', p), node: () => ctx.articles.load(p.id) }));
      return { totalCount: row.totalCount, edges, pageInfo: { hasNextPage: row.page.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },

    claims: async (_: unknown, args: { by: string; first: number }, ctx: ApiContext) => {
      const first = pageSize(args.first);
      const source = await resolveEntity(ctx, 'source', args.by);
      const rows = await readRows<{ claim: string }>(ctx.driver, 'claims-by-source', { source: source.id, first });
      return ctx.claims.loadMany(rows.map((r) => r.claim));
    },

    timeline: async (_: unknown, args: { actor: string; from?: string | null; to?: string | null; first: number }, ctx: ApiContext) => {
      const first = pageSize(args.first);
      const from = isoDate('from', args.from);
      const to = isoDate('to', args.to);
      const actor = await resolveEntity(ctx, 'actor', args.actor);
      const rows = await readRows<{ date: string | null; role: string; status: string; transfer: string; claim: string }>(
        ctx.driver,
        'timeline',
        { actor: actor.id, from, to, first },
      );
      return rows.map((r) => ({ ...r, transfer: () => ctx.transfers.load(r.transfer), claim: () => ctx.claims.load(r.claim) }));
    },

    contradictions: async (_: unknown, args: { first: number }, ctx: ApiContext) => {
      const rows = await readRows<{ transfer: string }>(ctx.driver, 'contradictions', { first: pageSize(args.first) });
      return ctx.transfers.loadMany(rows.map((r) => r.transfer));
    },

    search: async (_: unknown, args: { text: string; first: number }, ctx: ApiContext) => {
      const rows = await readRows<{ kind: string; id: string; article: string; score: number }>(ctx.driver, 'search', {
        text: fullTextQuery(args.text),
        first: pageSize(args.first),
      });
      return rows.map((r) => ({
        kind: r.kind,
        score: r.score,
        claim: r.kind === 'claim' ? () => ctx.claims.load(r.id) : null,
        article: () => ctx.articles.load(r.article),
      }));
    },

    stats: async (_: unknown, __: unknown, ctx: ApiContext) => {
      const [row] = await readRows<Record<string, unknown> & { byStatus: Array<{ status: string; transfers: number }> }>(ctx.driver, 'stats');
      return { ...row, byStatus: statusCounts(row.byStatus) };
    },
  },

  Actor: {
    capital: (actor: View) => capitalOf(actor.id),
    supplied: (actor: View, args: { first: number }, ctx: ApiContext) => actorTransfers(actor, 'supplier', args.first, ctx),
    received: (actor: View, args: { first: number }, ctx: ApiContext) => actorTransfers(actor, 'recipient', args.first, ctx),
    partners: async (actor: View, args: { first: number }, ctx: ApiContext) => {
      type Row = { actor: string; partner: View; counts: Array<{ supplied: boolean; status: string; transfers: number }> };
      const rows = await ctx.rowsByKey<Row>('partners', 'actors', 'actor', { first: pageSize(args.first) }).load(actor.id);
      return rows.map((r) => ({
        actor: r.partner,
        supplied: statusCounts(r.counts.filter((c) => c.supplied)),
        received: statusCounts(r.counts.filter((c) => !c.supplied)),
      }));
    },
  },

  Weapon: {
    origin: (weapon: EntityView, _: unknown, ctx: ApiContext) => (typeof weapon.origin === 'string' ? findEntity(ctx, 'actor', weapon.origin) : null),
    transfers: async (weapon: View, args: { first: number }, ctx: ApiContext) => {
      const rows = await ctx.rowsByKey<{ item: string; transfer: string }>('weapon-transfers', 'items', 'item', { first: pageSize(args.first) }).load(weapon.id);
      return ctx.transfers.loadMany(rows.map((r) => r.transfer));
    },
  },

  Place: {
    articles: async (place: View, args: { first: number }, ctx: ApiContext) => {
      const rows = await ctx.rowsByKey<{ entity: string; article: string }>('mentioned-in', 'ids', 'entity', { first: pageSize(args.first) }).load(place.id);
      return ctx.articles.loadMany(rows.map((r) => r.article));
    },
  },

  Transfer: {
    claims: (transfer: View & { claimIds: string[] }, args: { first: number }, ctx: ApiContext) =>
      ctx.claims.loadMany(transfer.claimIds.slice(0, pageSize(args.first))),
    outlets: (transfer: View, _: unknown, ctx: ApiContext) =>
      ctx.rowsByKey<{ transfer: string }>('corroboration', 'ids', 'transfer', { statusOrder: STATUSES }).load(transfer.id),
  },

  Claim: {
    transfer: (claim: View & { transferId: string }, _: unknown, ctx: ApiContext) => ctx.transfers.load(claim.transferId),
  },

  Article: {
    text: async (article: View, _: unknown, ctx: ApiContext) => (await fullArticle(article, ctx)).text,
    mentions: async (article: View, _: unknown, ctx: ApiContext) => (await fullArticle(article, ctx)).mentions,
    claims: async (article: View, _: unknown, ctx: ApiContext) => ctx.claims.loadMany((await fullArticle(article, ctx)).claimIds as string[]),
  },
};

async function actorTransfers(actor: View, role: 'supplier' | 'recipient', first: number, ctx: ApiContext) {
  const rows = await ctx.rowsByKey<{ actor: string; transfer: string }>('actor-supplied', 'actors', 'actor', { role, first: pageSize(first) }).load(actor.id);
  return ctx.transfers.loadMany(rows.map((r) => r.transfer));
}
