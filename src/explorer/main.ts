/** armsgraph explorer: search, network, evidence, exchange, map and timeline over the GraphQL API. */
import { ask, allTransfers, data, SEARCH, TIMELINE, type ApiError, type Status, type TimelineEntry, type TransferEvidence, type TransferFilter, type TransferSummary } from './api';
import { byId, fill, h, statusBadge } from './dom';
import { Evidence } from './evidence';
import { ExchangeView } from './exchange';
import { drawMap, placesOf } from './map';
import { Network } from './network';
import { LOOK, STATUSES, words } from './status';
import { drawTimeline } from './timeline';

const CATEGORIES = ['AIRCRAFT', 'AIR_DEFENCE', 'ARMOURED_VEHICLE', 'ARTILLERY', 'MISSILE', 'DRONE', 'AMMUNITION', 'NAVAL', 'SPACE', 'TECHNOLOGY', 'EQUIPMENT', 'PERSONNEL', 'OTHER'];

// Status colours live in status.ts; style.css reads them as custom properties (CSSOM, allowed by the page's CSP).
for (const s of STATUSES) document.documentElement.style.setProperty(`--${s.toLowerCase()}`, LOOK[s].colour);

const state = {
  transfers: [] as TransferSummary[],
  focus: null as { id: string; name: string } | null,
  selected: null as TransferSummary | null,
  item: null as string | null,
};

const status = byId('status-line');
const say = (text: string) => fill(status, text);
const failed = (error: unknown) => say(`Could not load: ${error instanceof Error ? error.message : String(error)}`);

const network = new Network(byId('cy'), {
  actor: (id, name) => void focusActor({ id, name }).catch(failed),
  transfer: (t) => void selectTransfer(t).catch(failed),
  background: () => void focusActor(null).catch(failed),
});
const evidence = new Evidence(byId('evidence-body'), byId<HTMLDialogElement>('article-dialog'), (e) => void showSelection(e).catch(failed));
const exchange = new ExchangeView();
// For the console and the browser tests: the network's cytoscape instance.
(window as unknown as { explorer: { cy: typeof network.cy } }).explorer = { cy: network.cy };

function filter(): TransferFilter {
  const form = byId<HTMLFormElement>('filters');
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
  const statuses = STATUSES.filter((s) => (form.elements.namedItem(`status-${s}`) as HTMLInputElement).checked);
  const min = Number(value('min-corroboration'));
  return {
    status: statuses,
    ...(value('category') ? { category: [value('category')] } : {}),
    ...(state.item ? { item: state.item } : {}),
    ...(value('reported-after') ? { reportedAfter: value('reported-after') } : {}),
    ...(value('reported-before') ? { reportedBefore: value('reported-before') } : {}),
    ...(min > 1 ? { minCorroboration: min } : {}),
  };
}

async function loadNetwork(): Promise<void> {
  say('Loading transfers …');
  const { transfers, total } = await allTransfers(filter());
  state.transfers = transfers;
  network.show(transfers);
  const names = [...new Set(transfers.flatMap((t) => [t.supplier.name, t.recipient.name]))].sort();
  exchange.setActors(names);
  network.focus(state.focus?.id ?? null);
  renderTable();
  say(`${total} transfer${total === 1 ? '' : 's'} between ${names.length} actors${transfers.length < total ? ` (first ${transfers.length} shown)` : ''}${state.item ? `, citing ${state.item}` : ''}.`);
  await drawSelectionMap([], []);
}

/** The transfers in view as a table: the network for keyboards and screen readers, and a list to pick from. */
function renderTable(): void {
  const rows = network.visible(state.focus?.id ?? null).sort((a, b) => b.articleCount - a.articleCount || a.id.localeCompare(b.id));
  fill(
    byId('transfer-rows'),
    ...rows.map((t) =>
      h(
        'tr',
        { class: state.selected?.id === t.id ? 'selected' : '', 'data-transfer': t.id },
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => void selectTransfer(t).catch(failed) }, `${t.supplier.name} → ${t.recipient.name}`)),
        h('td', {}, words(t.category)),
        h('td', {}, statusBadge(t.status, LOOK[t.status].label), t.disputed ? h('span', { class: 'flag', title: 'a party denies another report' }, ' disputed') : null),
        h('td', { class: 'num' }, String(t.articleCount)),
        h('td', { class: 'items' }, t.items.map((i) => i.name).join(', ')),
      ),
    ),
  );
  fill(byId('table-caption'), state.focus ? `Transfers of ${state.focus.name}` : 'All transfers shown');
}

async function focusActor(actor: { id: string; name: string } | null): Promise<void> {
  state.focus = actor;
  state.selected = null;
  network.select(null);
  network.focus(actor?.id ?? null);
  renderTable();
  if (!actor) {
    evidence.empty('Click a transfer (an arrow or a row) to see the claims behind it.');
    drawTimeline(byId('timeline-body'), [], 'Timeline');
    await drawSelectionMap([], []);
    return;
  }
  // The exchange view opens on the actor and its most reported partner.
  const partner = network
    .visible(actor.id)
    .sort((a, b) => b.articleCount - a.articleCount)
    .map((t) => (t.supplier.id === actor.id ? t.recipient.name : t.supplier.name))[0];
  evidence.empty(`Click one of ${actor.name}'s transfers to see the claims behind it.`);
  const [timeline] = await Promise.all([
    data<{ timeline: TimelineEntry[] }>(TIMELINE, { actor: actor.name }),
    partner ? exchange.show(actor.name, partner) : Promise.resolve(),
  ]);
  const entries = timeline.timeline;
  fill(byId('timeline-title'), `Timeline: ${actor.name}`);
  drawTimeline(
    byId('timeline-body'),
    entries.map((e) => ({ status: e.status, reported: e.claim.article.publishedAt, stated: e.claim.when, label: `${e.transfer.supplier.name} → ${e.transfer.recipient.name} · ${words(e.transfer.category)}` })),
    `Claims about ${actor.name} by report date and by the time they state`,
  );
  await drawSelectionMap(entries.map((e) => e.claim.article.id), entries.map((e) => e.claim.quote));
}

async function selectTransfer(t: TransferSummary): Promise<void> {
  state.selected = t;
  network.select(t.id);
  renderTable();
  byId('evidence').scrollIntoView({ block: 'nearest' });
  await evidence.show(t);
}

/** Map and timeline of a transfer's claims, once the evidence has loaded. */
async function showSelection(e: TransferEvidence): Promise<void> {
  const label = `${e.supplier.name} → ${e.recipient.name} · ${words(e.category)}`;
  fill(byId('timeline-title'), `Timeline: ${label}`);
  drawTimeline(
    byId('timeline-body'),
    e.claims.map((c) => ({ status: c.status, reported: c.article.publishedAt, stated: c.when, label: c.article.outlet ?? 'unknown outlet' })),
    `Claims of ${label} by report date and by the time they state`,
  );
  await drawSelectionMap(e.claims.map((c) => c.article.id), e.claims.map((c) => c.quote));
}

async function drawSelectionMap(articleIds: string[], quotes: string[]): Promise<void> {
  const places = await placesOf(articleIds, quotes);
  const shown = network.visible(state.focus?.id ?? null);
  const what = state.selected ? `${state.selected.supplier.name} → ${state.selected.recipient.name}` : state.focus ? state.focus.name : 'all transfers';
  fill(byId('map-title'), `Map: ${what}`);
  await drawMap(byId('map-body'), state.selected ? [state.selected] : shown, places, `Map of ${what}: capitals, transfers and places mentioned`);
}

/** NOT_FOUND suggestions of one field of the search answer. */
const suggestionsOf = (errors: ApiError[], field: string) => errors.find((e) => e.path?.[0] === field)?.extensions?.suggestions ?? [];

async function search(text: string): Promise<void> {
  const name = text.trim();
  const out = byId('resolution');
  if (!name) return;
  type Found = {
    actor: { id: string; name: string; kind: string | null; aliases: string[] } | null;
    weapon: { id: string; name: string; category: string | null; kind: string; aliases: string[] } | null;
    place: { id: string; name: string; kind: string | null; aliases: string[]; latitude: number | null; longitude: number | null } | null;
  };
  const answer = await ask<Found>(SEARCH, { name });
  const found = answer.data ?? { actor: null, weapon: null, place: null };
  const other = answer.errors.find((e) => e.extensions?.code !== 'NOT_FOUND');
  if (other) {
    fill(out, h('span', { class: 'error' }, other.message));
    return;
  }
  const also = (canonical: string, aliases: string[]) => {
    const others = aliases.filter((a) => a !== name && a !== canonical).slice(0, 6);
    return others.length ? ` — also written ${others.join(', ')}` : '';
  };
  if (found.actor) {
    fill(out, `“${name}” is the actor `, h('strong', {}, found.actor.name), ` (${found.actor.kind ?? 'actor'})${also(found.actor.name, found.actor.aliases)}.`);
    state.item = null;
    if (!state.transfers.some((t) => t.supplier.id === found.actor!.id || t.recipient.id === found.actor!.id)) await loadNetwork();
    await focusActor({ id: found.actor.id, name: found.actor.name });
    return;
  }
  if (found.weapon) {
    fill(out, `“${name}” is the ${found.weapon.kind === 'system' ? 'weapon system' : 'item class'} `, h('strong', {}, found.weapon.name), `${found.weapon.category ? ` (${words(found.weapon.category)})` : ''}${also(found.weapon.name, found.weapon.aliases)}: the network shows the transfers citing it.`);
    const { total } = await allTransfers({ ...filter(), item: found.weapon.name }, 0);
    if (total === 0) {
      fill(out, `“${name}” is the ${found.weapon.kind === 'system' ? 'weapon system' : 'item class'} `, h('strong', {}, found.weapon.name), `, but no transfer's claims cite it (with these filters); the network is unchanged.`);
      return;
    }
    state.item = found.weapon.name;
    state.focus = null;
    await loadNetwork();
    return;
  }
  if (found.place) {
    const p = found.place;
    fill(out, `“${name}” is the place `, h('strong', {}, p.name), ` (${p.kind ?? 'place'})${also(p.name, p.aliases)}: the map shows it.`);
    fill(byId('map-title'), `Map: ${p.name}`);
    const shown = network.visible(state.focus?.id ?? null);
    await drawMap(byId('map-body'), shown, p.latitude === null || p.longitude === null ? [] : [{ name: p.name, latitude: p.latitude, longitude: p.longitude, inQuote: true }], `Map of ${p.name}`);
    byId('map').scrollIntoView({ block: 'nearest' });
    return;
  }
  const suggestions = [...new Set(['actor', 'weapon', 'place'].flatMap((f) => suggestionsOf(answer.errors, f)))];
  fill(
    out,
    h('span', { class: 'error' }, `No actor, weapon or place is called “${name}”.`),
    suggestions.length ? ' Did you mean: ' : ' Try a German or English name, e.g. Nordkorea, Iran or KN-23.',
    ...suggestions.flatMap((s, i) => [i ? ', ' : '', h('button', { type: 'button', class: 'link', onclick: () => void runSearch(s) }, s)]),
  );
}

function runSearch(text: string): Promise<void> {
  byId<HTMLInputElement>('search-input').value = text;
  return search(text).catch(failed);
}

function buildFilters(): void {
  fill(byId<HTMLSelectElement>('category'), h('option', { value: '' }, 'All categories'), ...CATEGORIES.map((c) => h('option', { value: c }, words(c))));
  fill(
    byId('status-options'),
    ...STATUSES.map((s: Status) =>
      h(
        'label',
        { class: 'status-option' },
        h('input', { type: 'checkbox', name: `status-${s}`, checked: true }),
        h('span', { class: `swatch line-${LOOK[s].line} arrow-${LOOK[s].arrow} status-${s.toLowerCase()}`, 'aria-hidden': 'true' }),
        h('span', { class: 'status-name' }, LOOK[s].label),
        h('span', { class: 'status-meaning' }, LOOK[s].meaning),
      ),
    ),
  );
  const form = byId<HTMLFormElement>('filters');
  form.addEventListener('change', () => void loadNetwork().catch(failed));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void loadNetwork().catch(failed);
  });
  byId('show-all').addEventListener('click', () => {
    state.item = null;
    fill(byId('resolution'), '');
    void loadNetwork()
      .then(() => focusActor(null))
      .catch(failed);
  });
}

byId<HTMLFormElement>('search').addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch(byId<HTMLInputElement>('search-input').value);
});

buildFilters();
evidence.empty('Search an actor, or click one in the network; then click a transfer to see the claims behind it.');
drawTimeline(byId('timeline-body'), [], 'Timeline');
void loadNetwork()
  .then(() => {
    const query = new URLSearchParams(location.search).get('q');
    return query ? runSearch(query) : undefined;
  })
  .then(() => document.body.setAttribute('data-ready', 'true'))
  .catch(failed);
