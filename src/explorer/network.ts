/** The network: actors as nodes, transfers as directed edges supplier → recipient (cytoscape). */
import cytoscape, { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { TransferSummary } from './api';
import { LOOK, words } from './status';

export interface NetworkEvents {
  actor(id: string, name: string): void;
  transfer(transfer: TransferSummary): void;
  background(): void;
}

/** Edge width by corroboration: distinct articles, 1 → 2 px, 6 or more → 10 px. */
const width = (articles: number) => 2 + (Math.min(articles, 6) - 1) * 1.6;

export class Network {
  readonly cy: Core;
  private transfers = new Map<string, TransferSummary>();

  constructor(container: HTMLElement, events: NetworkEvents) {
    this.cy = cytoscape({
      container,
      minZoom: 0.3,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(name)',
            'background-color': '#24292f',
            width: 'data(size)',
            height: 'data(size)',
            color: '#1f2328',
            'font-size': 13,
            'font-weight': 600,
            'text-valign': 'bottom',
            'text-margin-y': 5,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '2px',
            'border-width': 2,
            'border-color': '#ffffff',
          },
        },
        { selector: 'node.focus', style: { 'background-color': '#0550ae', 'border-color': '#0550ae', 'border-width': 4 } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'data(arrow)' as never,
            'line-style': 'data(line)' as never,
            'arrow-scale': 1.1,
            // A second arrow halfway: with many edges between two actors the ends crowd together.
            'mid-target-arrow-shape': 'triangle',
            'mid-target-arrow-color': 'data(colour)',
            'curve-style': 'bezier',
            // Several transfers between one pair (one per category) fan out instead of overlapping.
            'control-point-step-size': 34,
            label: 'data(category)',
            'font-size': 11,
            color: '#1f2328',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.9,
            'text-background-padding': '1px',
          },
        },
        { selector: 'edge.disputed', style: { 'underlay-color': '#cf222e', 'underlay-opacity': 0.18, 'underlay-padding': 5 } as never },
        { selector: 'edge:selected, edge.selected', style: { 'overlay-color': '#0969da', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
        { selector: '.faded', style: { opacity: 0.12 } },
      ],
    });
    this.cy.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      events.actor(node.id(), node.data('name'));
    });
    this.cy.on('tap', 'edge', (event) => {
      const transfer = this.transfers.get((event.target as EdgeSingular).id());
      if (transfer) events.transfer(transfer);
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.background();
    });
  }

  show(transfers: TransferSummary[]): void {
    this.transfers = new Map(transfers.map((t) => [t.id, t]));
    const actors = new Map<string, { name: string; degree: number }>();
    for (const t of transfers) {
      for (const a of [t.supplier, t.recipient]) {
        const known = actors.get(a.id) ?? { name: a.name, degree: 0 };
        known.degree += 1;
        actors.set(a.id, known);
      }
    }
    this.cy.elements().remove();
    this.cy.add([
      ...[...actors].map(([id, a]) => ({ group: 'nodes' as const, data: { id, name: a.name, size: 18 + Math.min(a.degree, 12) * 3 } })),
      ...transfers.map((t) => ({
        group: 'edges' as const,
        classes: t.disputed ? 'disputed' : '',
        data: {
          id: t.id,
          source: t.supplier.id,
          target: t.recipient.id,
          category: words(t.category),
          status: t.status,
          colour: LOOK[t.status].colour,
          line: LOOK[t.status].line,
          arrow: LOOK[t.status].arrow,
          width: width(t.articleCount),
        },
      })),
    ]);
    // A few actors sit on a circle, most connected first; more are laid out by force, with one
    // edge per pair of actors: a dozen transfers between two would pull them together like a dozen springs.
    const nodes = this.cy.nodes();
    if (nodes.length <= 8) {
      nodes
        .layout({ name: 'circle', radius: Math.max(170, nodes.length * 45), sort: (a: NodeSingular, b: NodeSingular) => b.degree(false) - a.degree(false), startAngle: Math.PI, animate: false } as never)
        .run();
    } else {
      const pairs = new Set<string>();
      const oneEdgePerPair = this.cy.edges().filter((edge) => {
        const pair = [edge.source().id(), edge.target().id()].sort().join(' ');
        return pairs.has(pair) ? false : (pairs.add(pair), true);
      });
      nodes
        .union(oneEdgePerPair)
        .layout({ name: 'cose', animate: false, randomize: false, gravity: 0.3, nodeRepulsion: () => 400000, idealEdgeLength: () => 200, padding: 30 } as never)
        .run();
    }
    this.fit(this.cy.elements());
  }

  /** Fits the elements into view, but not much closer than life size: two actors should not fill the frame. */
  private fit(elements: cytoscape.Collection): void {
    this.cy.fit(elements, 40);
    if (this.cy.zoom() > 1.2) {
      this.cy.zoom(1.2);
      this.cy.center(elements);
    }
  }

  /** Fades everything but the actor and its neighbours, and zooms to them; null shows all. */
  focus(actorId: string | null): void {
    this.cy.elements().removeClass('faded focus');
    if (actorId === null || this.cy.getElementById(actorId).empty()) {
      this.fit(this.cy.elements());
      return;
    }
    const node = this.cy.getElementById(actorId);
    const neighbourhood = node.closedNeighborhood();
    this.cy.elements().difference(neighbourhood).addClass('faded');
    node.addClass('focus');
    this.fit(neighbourhood);
  }

  select(transferId: string | null): void {
    this.cy.edges().removeClass('selected');
    if (transferId) this.cy.getElementById(transferId).addClass('selected');
  }

  /** Transfers touching the focused actor, or all. */
  visible(actorId: string | null): TransferSummary[] {
    const all = [...this.transfers.values()];
    return actorId === null ? all : all.filter((t) => t.supplier.id === actorId || t.recipient.id === actorId);
  }
}
