/** Thin resolvers: resolve names, run a named query, hand rows to the schema. */
import DataLoader from 'dataloader';
import { Driver } from 'neo4j-driver';
import { CATEGORIES, STATUSES } from '../record';
import { readRows } from '../graph/reader';
import { resolveActor } from './actors';

export interface TransferView {
  id: string;
  [field: string]: unknown;
}

export interface ApiContext {
  driver: Driver;
  transfers: DataLoader<string, TransferView>;
}

/** One loader per request: all transfers a query touches load in one round trip. */
export function createContext(driver: Driver): ApiContext {
  return {
    driver,
    transfers: new DataLoader(async (ids) => {
      const rows = await readRows<{ transfer: TransferView }>(driver, 'transfers-by-id', { ids });
      const byId = new Map(rows.map((r) => [r.transfer.id, r.transfer]));
      return ids.map((id) => byId.get(id) ?? new Error(`Transfer ${id} vanished while the query ran.`));
    }),
  };
}

/** GraphQL enum names (AIR_DEFENCE) mapped to the stored vocabulary (air-defence). */
function enumValues(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase().replace(/-/g, '_'), v]));
}

const EXCHANGE_SECTIONS = ['sent', 'expectedToSend', 'receivedInReturn', 'expectedInReturn', 'unconfirmed', 'denied'] as const;

export const resolvers = {
  Status: enumValues(STATUSES),
  Category: enumValues(CATEGORIES),
  Query: {
    exchange: async (_: unknown, args: { from: string; to: string }, ctx: ApiContext) => {
      const [from, to] = await Promise.all([resolveActor(ctx.driver, args.from), resolveActor(ctx.driver, args.to)]);
      const rows = await readRows<{ section: string; transfer: string }>(ctx.driver, 'exchange', { from: from.id, to: to.id });
      const sections = Object.fromEntries(
        EXCHANGE_SECTIONS.map((section) => [
          section,
          () => ctx.transfers.loadMany(rows.filter((r) => r.section === section).map((r) => r.transfer)),
        ]),
      );
      return { from, to, ...sections };
    },
  },
};
