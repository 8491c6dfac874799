/** The page's only source of data: the public GraphQL API of the server that served it. */

export interface ApiError {
  message: string;
  path?: string[];
  extensions?: { code?: string; suggestions?: string[] };
}

export interface Answer<Data> {
  data: Data | null;
  errors: ApiError[];
}

/** Runs a query; GraphQL errors come back as values (a name may resolve in one field and not another). */
export async function ask<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<Data>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: Data | null; errors?: ApiError[] };
  if (!body.data && !body.errors) throw new Error(`The API answered HTTP ${response.status} without a GraphQL result.`);
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** Like `ask`, but any error is thrown with the API's message. */
export async function data<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const answer = await ask<Data>(query, variables);
  if (answer.errors.length > 0 || !answer.data) throw new Error(answer.errors.map((e) => e.message).join(' ') || 'No data.');
  return answer.data;
}

export type Status = 'DELIVERED' | 'EXPECTED' | 'NEGOTIATING' | 'UNCONFIRMED' | 'DENIED' | 'HALTED';

export interface Location {
  name: string;
  latitude: number;
  longitude: number;
}

export interface ActorRef {
  id: string;
  name: string;
}

export interface TransferSummary {
  id: string;
  category: string;
  status: Status;
  disputed: boolean;
  articleCount: number;
  supplier: ActorRef;
  recipient: ActorRef;
  items: Array<{ name: string }>;
}

export interface TransferFilter {
  status?: Status[];
  category?: string[];
  item?: string;
  reportedAfter?: string;
  reportedBefore?: string;
  minCorroboration?: number;
}

// The API's cost limit counts `first` times the selection: 50 transfers of this shape stay inside it.
export const TRANSFERS = `query ExplorerTransfers($filter: TransferFilter, $after: String) {
  transfers(filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id category status disputed articleCount supplier { id name } recipient { id name } items { name } } }
  }
}`;

/** Every transfer matching the filter, up to `max` (50 a page). */
export async function allTransfers(filter: TransferFilter, max = 1000): Promise<{ transfers: TransferSummary[]; total: number }> {
  const transfers: TransferSummary[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    type Page = { transfers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: TransferSummary }> } };
    const page: Page = await data<Page>(TRANSFERS, { filter, after });
    total = page.transfers.totalCount;
    transfers.push(...page.transfers.edges.map((e) => e.node));
    after = page.transfers.pageInfo.hasNextPage ? page.transfers.pageInfo.endCursor : null;
  } while (after !== null && transfers.length < max);
  return { transfers, total };
}

const capitals = new Map<string, Location | null>();

/** Capitals of the named actors (15 a request, the API's alias limit), remembered for the page's life. */
export async function capitalsOf(names: string[]): Promise<Map<string, Location | null>> {
  const missing = [...new Set(names)].filter((n) => !capitals.has(n));
  for (let i = 0; i < missing.length; i += 15) {
    const batch = missing.slice(i, i + 15);
    const answer = await ask<Record<string, { capital: Location | null } | null>>(
      `query ExplorerCapitals(${batch.map((_, j) => `$a${j}: String!`).join(', ')}) { ${batch.map((_, j) => `a${j}: actor(name: $a${j}) { capital { name latitude longitude } }`).join(' ')} }`,
      Object.fromEntries(batch.map((name, j) => [`a${j}`, name])),
    );
    batch.forEach((name, j) => capitals.set(name, answer.data?.[`a${j}`]?.capital ?? null));
  }
  return new Map(names.map((n) => [n, capitals.get(n) ?? null]));
}

export const SEARCH = `query ExplorerSearch($name: String!) {
  actor(name: $name) { id name kind aliases }
  weapon(name: $name) { id name category kind aliases }
  place(name: $name) { id name kind aliases latitude longitude }
}`;

export interface Claim {
  id: string;
  quote: string;
  start: number;
  end: number;
  status: Status;
  when: string | null;
  attribution: string | null;
  saidBy: { name: string; type: string; role: string | null; affiliation: { name: string } | null } | null;
  quantity: { value: number | null; approx: string | null; unit: string | null } | null;
  article: { id: string; title: string | null; outlet: string | null; url: string | null; publishedAt: string | null };
}

export interface TransferEvidence extends Omit<TransferSummary, 'supplier' | 'recipient' | 'items'> {
  statuses: Status[];
  claimCount: number;
  outletCount: number;
  firstReported: string | null;
  lastReported: string | null;
  whenFrom: string | null;
  whenTo: string | null;
  supplier: { name: string; aliases: string[] };
  recipient: { name: string; aliases: string[] };
  items: Array<{ name: string; aliases: string[] }>;
  claims: Claim[];
}

export const EVIDENCE = `query ExplorerEvidence($supplier: String!, $recipient: String!, $category: [Category!]) {
  transfers(filter: { supplier: $supplier, recipient: $recipient, category: $category }, first: 1) {
    edges { node {
      id category status statuses disputed claimCount articleCount outletCount firstReported lastReported whenFrom whenTo
      supplier { name aliases } recipient { name aliases } items { name aliases }
      claims(first: 20) {
        id quote start end status when attribution
        saidBy { name type role affiliation { name } }
        quantity { value approx unit }
        article { id title outlet url publishedAt }
      }
    } }
  }
}`;

export const ARTICLE_TEXT = `query ExplorerArticle($id: ID!) { article(id: $id) { id title outlet publishedAt url text } }`;

export interface ExchangeTransfer {
  id: string;
  category: string;
  status: Status;
  articleCount: number;
  supplier: { name: string };
  recipient: { name: string };
  items: Array<{ name: string }>;
}

export type ExchangeSection = 'sent' | 'expectedToSend' | 'receivedInReturn' | 'expectedInReturn' | 'unconfirmed' | 'denied' | 'halted';

export const EXCHANGE = `query ExplorerExchange($from: String!, $to: String!) {
  exchange(from: $from, to: $to) {
    from { name } to { name }
    sent { ...T } expectedToSend { ...T } receivedInReturn { ...T } expectedInReturn { ...T }
    unconfirmed { ...T } denied { ...T } halted { ...T }
  }
}
fragment T on Transfer { id category status articleCount supplier { name } recipient { name } items { name } }`;

export interface TimelineEntry {
  date: string | null;
  role: string;
  status: Status;
  transfer: { id: string; category: string; supplier: { name: string }; recipient: { name: string } };
  claim: { id: string; when: string | null; quote: string; article: { id: string; publishedAt: string | null; outlet: string | null } };
}

export const TIMELINE = `query ExplorerTimeline($actor: String!) {
  timeline(actor: $actor, first: 80) {
    date role status
    transfer { id category supplier { name } recipient { name } }
    claim { id when quote article { id publishedAt outlet } }
  }
}`;
