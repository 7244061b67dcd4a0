// Level of detail for large views zoomed out: the real edges are folded away and one edge per pair of grid cells
// stands for all the edges between them (its width grows with their count); a cell holding edges between its own nodes
// is shaded, darker for more, and labelled with their number. Zoomed in again, the real edges return.
// The stand-ins (class "lod") are drawing only: counts, links, exports and filters read the real elements.
// Meanwhile the nodes themselves are drawn by the overview canvas (overview.js), not by Cytoscape.
import { Overview } from './overview.js';

// Below this zoom a large view draws aggregated edges (a 26-unit node is then under 12 px on screen).
export const LOD_ZOOM = 0.45;
// Grid cells measure this many screen pixels at the zoom the aggregation was made for.
const CELL_PX = 120;
const EXPAND_PADDING = 48;
// Stand-in ids live under this prefix; a view whose own ids use it is never aggregated (cy.add would clash).
const LOD_PREFIX = 'lod:';

/**
 * Groups edges by the grid cells of their ends: `between` one group per pair of cells, `inside` the number of edges
 * with both ends in one cell, by cell (every edge is in exactly one of them).
 */
export function aggregateByCell(edges, cellSize) {
  const cellOf = (p) => [Math.floor(p.x / cellSize), Math.floor(p.y / cellSize)];
  const between = new Map();
  const inside = new Map();
  for (const edge of edges) {
    let [a, b] = [cellOf(edge.source), cellOf(edge.target)];
    if (a[0] === b[0] && a[1] === b[1]) {
      const cell = inside.get(`${a[0]},${a[1]}`) ?? { cell: a, count: 0 };
      cell.count++;
      inside.set(`${a[0]},${a[1]}`, cell);
      continue;
    }
    if (a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])) [a, b] = [b, a];
    const key = `${a[0]},${a[1]}|${b[0]},${b[1]}`;
    const group = between.get(key) ?? { key, from: a, to: b, members: [] };
    group.members.push(edge.id);
    between.set(key, group);
  }
  return { between: [...between.values()], inside: [...inside.values()] };
}

export class LevelOfDetail {
  constructor(controller) {
    this.controller = controller;
    this.builtAt = null; // the zoom the stand-ins were made for, null when the real edges are drawn
    // Off: every edge is drawn at every zoom (the rendering benchmark measures that too).
    this.enabled = true;
    this.overview = new Overview(controller.container);
    this.held = null; // edges kept out of Cytoscape (hold), null when none are
  }

  get cy() {
    return this.controller.cy;
  }

  get active() {
    return this.builtAt !== null;
  }

  /** What is drawn instead of the real edges now: stand-in lines, the edges they stand for, edges inside cells. */
  summary() {
    const aggregates = this.cy.edges('.lod-aggregate');
    const cells = this.cy.nodes('.lod-cell');
    return { active: this.active, aggregates: aggregates.length, folded: this.cy.edges('.lod-folded').length + this.heldEdges.length,
      between: aggregates.reduce((sum, e) => sum + e.data('count'), 0), cells: cells.length,
      inside: cells.reduce((sum, n) => sum + n.data('inside'), 0), overview: this.overview.count };
  }

  /**
   * Whether a view arriving (controller.show) will be aggregated at the zoom it is fitted at: then its nodes arrive as
   * overview dots and its edges are held here, outside Cytoscape, until something needs them one by one (clear()), so
   * Cytoscape computes no style for 20,000 edges it would not draw. Not with filters set (they read Cytoscape's edges).
   */
  foldsOnArrival(sizeClasses, elements, fittedZoom, filtering) {
    const ownIds = (list) => (list ?? []).some((e) => String(e.data.id).startsWith(LOD_PREFIX));
    return this.enabled && !filtering && sizeClasses.node === 'large' && fittedZoom < LOD_ZOOM && !ownIds(elements.nodes) && !ownIds(elements.edges);
  }

  /** Keeps edges (Cytoscape JSON) out of Cytoscape while zoomed out; clear() adds them. */
  hold(edges) {
    this.held = edges;
  }

  /** The held edges' JSON (none when every edge is in Cytoscape). */
  get heldEdges() {
    return this.held ?? [];
  }

  /** Folds or restores edges for the current zoom; rebuilt when the zoom has changed twofold since. */
  update() {
    const large = this.enabled && this.cy.nodes('.large').nonempty();
    const zoom = this.cy.zoom();
    const wanted = large && zoom < LOD_ZOOM && this.cy.elements(`[id ^= "${LOD_PREFIX}"]`).not('.lod').empty();
    if (!wanted) return this.clear();
    if (this.active && Math.abs(Math.log2(zoom / this.builtAt)) < 1) return undefined;
    // Made anew for this zoom; held edges stay aside and dots stay dots.
    this.clear({ rebuild: true });
    return this.build(zoom);
  }

  build(zoom) {
    const shown = (e) => !e.hasClass('hidden') && !e.hasClass('filtered');
    // A selected edge stays drawn: the details panel describes it.
    const folded = this.cy.edges().filter((e) => shown(e) && !e.selected());
    const cellSize = CELL_PX / zoom;
    const at = (id) => this.cy.getElementById(id).position();
    const ends = [...folded.map((e) => ({ id: e.id(), source: e.source().position(), target: e.target().position() })),
      ...this.heldEdges.map((e) => ({ id: e.data.id, source: at(e.data.source), target: at(e.data.target) }))];
    const { between, inside } = aggregateByCell(ends, cellSize);
    const anchors = new Map();
    const anchor = ([i, j]) => {
      const id = `${LOD_PREFIX}cell:${i}:${j}`;
      if (!anchors.has(id)) anchors.set(id, { group: 'nodes', data: { id }, position: { x: (i + 0.5) * cellSize, y: (j + 0.5) * cellSize },
        classes: 'lod lod-anchor', selectable: false, grabbable: false });
      return anchors.get(id);
    };
    // A cell's own edges are a few pixels long at this zoom: the cell is shaded and says how many there are.
    inside.forEach(({ cell, count }) => {
      const node = anchor(cell);
      node.classes = 'lod lod-anchor lod-cell';
      node.data = { ...node.data, inside: count, size: cellSize * 0.92, font: cellSize * 0.12 };
    });
    const stand = between.map((g) => ({ group: 'edges', classes: 'lod lod-aggregate', selectable: false,
      data: { id: `${LOD_PREFIX}edge:${g.key}`, source: anchor(g.from).data.id, target: anchor(g.to).data.id, count: g.members.length, members: g.members } }));
    // Nodes go to the overview canvas; Cytoscape still draws those selected or pinned (style.js, node.lod-dot).
    const dots = this.controller.realNodes().filter(shown);
    this.cy.batch(() => {
      // Nodes that arrived as dots (controller.show) but are hidden or filtered are not drawn at all.
      this.cy.nodes('.lod-dot').difference(dots).removeClass('lod-dot');
      folded.addClass('lod-folded');
      dots.addClass('lod-dot');
      this.cy.add([...anchors.values(), ...stand]);
    });
    this.overview.show(this.cy, dots);
    this.builtAt = zoom;
    this.controller.emit('lod', this.summary());
  }

  /** Back to the real edges only (rebuild: only the stand-ins go, before build() makes them for another zoom). */
  clear({ rebuild = false } = {}) {
    if (!this.active && this.held === null) return;
    const held = rebuild ? [] : this.heldEdges;
    if (!rebuild) this.held = null;
    this.cy.batch(() => {
      this.cy.elements('.lod').remove();
      this.cy.edges('.lod-folded').removeClass('lod-folded');
      if (!rebuild) this.cy.nodes('.lod-dot').removeClass('lod-dot');
      // Edges of nodes removed meanwhile (an undo) have no ends left to join.
      this.cy.add(held.filter((e) => this.cy.getElementById(e.data.source).nonempty() && this.cy.getElementById(e.data.target).nonempty()));
    });
    this.overview.hide();
    this.builtAt = null;
    if (!rebuild) this.controller.emit('lod', this.summary());
  }

  /** Draws one folded edge again (a selected edge must be seen) without rebuilding the stand-ins. */
  unfold(edge) {
    edge.removeClass('lod-folded');
  }

  /** A tap on the overview's empty canvas selects the node drawn nearest the pointer (by position, not pixels). */
  tapOverview(position) {
    const id = this.overview.nodeAt(position);
    if (!id) return false;
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      this.cy.getElementById(id).select();
    });
    return true;
  }

  /**
   * A tap on a stand-in zooms in on the nodes its edges join: fitted to them, and at least as close as the zoom
   * where the real edges are drawn again.
   */
  expand(aggregate) {
    const memberIds = aggregate.data('members');
    // Zoomed in, the real edges are drawn one by one: held ones go into Cytoscape now.
    this.clear();
    const members = this.cy.collection(memberIds.map((id) => this.cy.getElementById(id)));
    const ends = members.connectedNodes();
    if (ends.empty()) return;
    const box = ends.boundingBox({ includeLabels: false });
    const fitted = Math.min((this.cy.width() - 2 * EXPAND_PADDING) / Math.max(box.w, 1), (this.cy.height() - 2 * EXPAND_PADDING) / Math.max(box.h, 1));
    const zoom = Math.min(this.cy.maxZoom(), Math.max(fitted, LOD_ZOOM * 1.1));
    this.cy.animate({ zoom, center: { eles: ends }, duration: 250, complete: () => this.update() });
  }
}
