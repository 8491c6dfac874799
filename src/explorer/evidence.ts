/** Evidence: a transfer's claims, the quote with actors and items marked, and who says so where. */
import { ARTICLE_TEXT, Claim, data, EVIDENCE, TransferEvidence, TransferSummary } from './api';
import { fill, h, statusBadge } from './dom';
import { LOOK, words } from './status';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The quote as text and <mark>s: every alias of the parties and items the text contains. */
export function highlighted(quote: string, names: Array<{ text: string; kind: 'actor' | 'item' }>): Node[] {
  const usable = names.filter((n) => n.text.trim().length >= 2).sort((a, b) => b.text.length - a.text.length);
  if (usable.length === 0) return [document.createTextNode(quote)];
  const kindOf = new Map(usable.map((n) => [n.text.toLocaleLowerCase(), n.kind]));
  // Whole words, or the start of an inflected one ("Nordkoreas"); longest alias first.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${usable.map((n) => escape(n.text)).join('|')})`, 'giu');
  const nodes: Node[] = [];
  let last = 0;
  for (const match of quote.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) nodes.push(document.createTextNode(quote.slice(last, start)));
    const kind = kindOf.get(match[0].toLocaleLowerCase()) ?? 'actor';
    nodes.push(h('mark', { class: `mark-${kind}`, title: kind === 'actor' ? 'actor' : 'item' }, match[0]));
    last = start + match[0].length;
  }
  if (last < quote.length) nodes.push(document.createTextNode(quote.slice(last)));
  return nodes;
}

function quantity(claim: Claim): string | null {
  const q = claim.quantity;
  if (!q || (q.value === null && !q.approx)) return null;
  return [q.approx && q.approx !== 'exact' ? q.approx : null, q.value, q.unit].filter((x) => x !== null && x !== '').join(' ');
}

function source(claim: Claim): string {
  const by = claim.saidBy;
  if (by) return [by.name, by.role, by.affiliation?.name].filter(Boolean).join(', ');
  return claim.attribution ?? 'the article itself';
}

export class Evidence {
  /** The transfer asked for last: an answer for an earlier click is dropped. */
  private wanted: string | null = null;

  constructor(
    private readonly panel: HTMLElement,
    private readonly dialog: HTMLDialogElement,
    private readonly onLoaded: (evidence: TransferEvidence) => void,
  ) {}

  empty(message: string): void {
    this.wanted = null;
    fill(this.panel, h('p', { class: 'hint' }, message));
  }

  async show(transfer: TransferSummary): Promise<void> {
    this.wanted = transfer.id;
    fill(this.panel, h('p', { class: 'hint' }, `Loading the claims of ${transfer.supplier.name} → ${transfer.recipient.name} · ${words(transfer.category)} …`));
    const answer = await data<{ transfers: { edges: Array<{ node: TransferEvidence }> } }>(EVIDENCE, {
      supplier: transfer.supplier.name,
      recipient: transfer.recipient.name,
      category: [transfer.category],
    });
    if (this.wanted !== transfer.id) return;
    const evidence = answer.transfers.edges[0]?.node;
    if (!evidence) {
      this.empty('This transfer is no longer in the graph.');
      return;
    }
    this.render(evidence);
    this.onLoaded(evidence);
  }

  private render(t: TransferEvidence): void {
    const names = [
      ...[t.supplier, t.recipient].flatMap((a) => [a.name, ...a.aliases]).map((text) => ({ text, kind: 'actor' as const })),
      ...t.items.flatMap((i) => [i.name, ...i.aliases]).map((text) => ({ text, kind: 'item' as const })),
    ];
    const look = LOOK[t.status];
    const stated = t.statuses.length > 1 ? `Reports state: ${t.statuses.map((s) => LOOK[s].label).join(', ')}.` : null;
    fill(
      this.panel,
      h(
        'header',
        { class: 'evidence-head' },
        h('h3', {}, `${t.supplier.name} → ${t.recipient.name}`, h('span', { class: 'category' }, ` · ${words(t.category)}`)),
        h('p', {}, statusBadge(t.status, look.label), ` ${look.meaning}. `, `${t.claimCount} claim${t.claimCount === 1 ? '' : 's'} in ${t.articleCount} article${t.articleCount === 1 ? '' : 's'} from ${t.outletCount} outlet${t.outletCount === 1 ? '' : 's'}.`),
        t.disputed ? h('p', { class: 'alert alert-denied', role: 'note' }, 'Disputed: a party denies what another report says.') : null,
        t.status === 'HALTED' ? h('p', { class: 'alert alert-halted', role: 'note' }, 'Halted: a stop, suspension or block is reported after the last delivery or promise.') : null,
        stated ? h('p', { class: 'meta' }, stated) : null,
        t.items.length ? h('p', { class: 'items' }, 'Items: ', ...t.items.map((i) => h('span', { class: 'chip' }, i.name))) : null,
      ),
      h('ol', { class: 'claims', 'aria-label': 'Claims' }, ...t.claims.map((c) => this.claim(c, names))),
      t.claimCount > t.claims.length ? h('p', { class: 'meta' }, `The first ${t.claims.length} of ${t.claimCount} claims, in order of publication.`) : null,
    );
  }

  private claim(c: Claim, names: Array<{ text: string; kind: 'actor' | 'item' }>): HTMLElement {
    const look = LOOK[c.status];
    const a = c.article;
    const details = [a.outlet ?? 'unknown outlet', a.publishedAt ?? 'undated', c.when ? `states ${c.when}` : null, quantity(c)].filter(Boolean).join(' · ');
    return h(
      'li',
      { class: `claim status-${c.status.toLowerCase()}`, 'data-article': a.id, 'data-claim': c.id },
      h('p', { class: 'claim-head' }, statusBadge(c.status, look.label), ' ', h('span', { class: 'said-by' }, `says ${source(c)}`)),
      h('blockquote', { class: 'quote' }, ...highlighted(c.quote, names)),
      h(
        'p',
        { class: 'meta' },
        h('cite', {}, a.title ?? '(untitled article)'),
        ` — ${details} `,
        h('button', { type: 'button', class: 'link', onclick: () => void this.inContext(c) }, 'Show in article'),
        a.url ? h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, ' Source ↗') : null,
      ),
    );
  }

  /** The article's text with the claim's sentence marked at its offsets. */
  private async inContext(c: Claim): Promise<void> {
    const { article } = await data<{ article: { title: string | null; outlet: string | null; publishedAt: string | null; text: string } }>(ARTICLE_TEXT, { id: c.article.id });
    const text = article.text;
    fill(
      this.dialog,
      h(
        'form',
        { method: 'dialog', class: 'article-view' },
        h('h3', {}, article.title ?? '(untitled article)'),
        h('p', { class: 'meta' }, [article.outlet, article.publishedAt].filter(Boolean).join(' · ')),
        h('div', { class: 'article-text' }, text.slice(0, c.start), h('mark', { class: 'mark-claim' }, text.slice(c.start, c.end)), text.slice(c.end)),
        h('button', { class: 'primary', value: 'close' }, 'Close'),
      ),
    );
    this.dialog.showModal();
    this.dialog.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }
}
