/** The headline question as a picture: what went each way between two actors, with items. */
import { data, EXCHANGE, ExchangeSection, ExchangeTransfer } from './api';
import { byId, fill, h, statusBadge } from './dom';
import { LOOK, words } from './status';

type Exchange = { from: { name: string }; to: { name: string } } & Record<ExchangeSection, ExchangeTransfer[]>;

/** One transfer: category, status, corroboration and items; with its parties where the column does not say them. */
function card(t: ExchangeTransfer, parties = false): HTMLElement {
  return h(
    'li',
    { class: `exchange-card status-${t.status.toLowerCase()}` },
    h('p', {}, parties ? `${t.supplier.name} → ${t.recipient.name}: ` : null, h('strong', {}, words(t.category)), ' ', statusBadge(t.status, LOOK[t.status].label), h('span', { class: 'meta' }, ` ${t.articleCount} article${t.articleCount === 1 ? '' : 's'}`)),
    t.items.length ? h('p', { class: 'items' }, ...t.items.map((i) => h('span', { class: 'chip' }, i.name))) : h('p', { class: 'meta' }, 'no item named'),
  );
}

function column(title: string, className: string, groups: Array<[string, ExchangeTransfer[]]>): HTMLElement {
  const shown = groups.filter(([, list]) => list.length > 0);
  return h(
    'section',
    { class: `exchange-side ${className}`, 'aria-label': title },
    h('h3', {}, title),
    ...(shown.length === 0
      ? [h('p', { class: 'meta' }, 'Nothing reported.')]
      : shown.flatMap(([label, list]) => [h('h4', {}, label), h('ul', { class: 'exchange-list' }, ...list.map((t) => card(t)))])),
  );
}

export class ExchangeView {
  private readonly from = byId<HTMLSelectElement>('exchange-from');
  private readonly to = byId<HTMLSelectElement>('exchange-to');
  private readonly result = byId('exchange-result');

  constructor() {
    byId<HTMLFormElement>('exchange-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.show(this.from.value, this.to.value);
    });
    byId('exchange-swap').addEventListener('click', () => void this.show(this.to.value, this.from.value));
  }

  /** The actors one may pick, by name. */
  setActors(names: string[]): void {
    const keep = [this.from.value, this.to.value];
    for (const [select, value] of [[this.from, keep[0]], [this.to, keep[1]]] as const) {
      fill(select, ...names.map((n) => h('option', { value: n }, n)));
      if (names.includes(value)) select.value = value;
    }
  }

  async show(from: string, to: string): Promise<void> {
    if (!from || !to) return;
    this.from.value = from;
    this.to.value = to;
    if (from === to) {
      fill(this.result, h('p', { class: 'hint' }, 'Pick two different actors.'));
      return;
    }
    const { exchange: x } = await data<{ exchange: Exchange }>(EXCHANGE, { from, to });
    const apart = [...x.unconfirmed, ...x.denied, ...x.halted];
    fill(
      this.result,
      h(
        'div',
        { class: 'exchange-sides' },
        column(`${x.from.name} → ${x.to.name}`, 'side-sent', [
          ['Sent', x.sent],
          ['Expected to send', x.expectedToSend],
        ]),
        h('div', { class: 'exchange-arrow', 'aria-hidden': 'true' }, '⇄'),
        column(`${x.to.name} → ${x.from.name}`, 'side-return', [
          ['Received in return', x.receivedInReturn],
          ['Expected in return', x.expectedInReturn],
        ]),
      ),
      apart.length
        ? h(
            'section',
            { class: 'exchange-apart', 'aria-label': 'Unconfirmed, denied or halted' },
            h('h4', {}, 'Unconfirmed, denied or halted (either way)'),
            h('ul', { class: 'exchange-list' }, ...apart.map((t) => card(t, true))),
          )
        : null,
    );
  }
}
