// Level of detail for large views zoomed out: the real edges are folded away and one edge per pair of grid cells
// stands for all the edges between them (its width grows with their count); a cell holding edges between its own nodes
// is shaded, darker for more, and labelled with their number. Zoomed in again, the real edges return.
// The stand-ins (class "lod") are drawing only: counts, links, exports and filters read the real elements.
// Meanwhile the nodes themselves are drawn by the overview canvas (overview.js), not by Cytoscape.
import { Overview } from './overview.js';
import { inBatch } from './batch.js';

// Below this zoom a large view draws aggregated edges (a 26-unit node is then under 12 px on screen).
export const LOD_ZOOM = 0.45;
// Grid cells measure this many screen pixels at the zoom the aggregation was made for.
const CELL_PX = 120;
const EXPAND_PADDING = 48;
// Stand-in ids live under this prefix; a view whose own ids use it is never aggregated (cy.add would clash).
const LOD_PREFIX = 'lod:';

/** An element's classes without those saying how the level of detail draws it at this zoom (not part of the view). */
export function withoutLodClasses(classes) {
  return (classes ?? '').split(' ').filter((name) => name && !name.startsWith('lod-')).join(' ');
}

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
    this.held = null; // edges kept out of Cytoscape (hold), by id, null when none are
    this.heldClasses = new Set();
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
    return { active: this.active, aggregates: aggregates.length, folded: this.cy.edges('.lod-folded').length + this.heldCount,
      between: aggregates.reduce((sum, e) => sum + e.data('count'), 0), cells: cells.length,
      inside: cells.reduce((sum, n) => sum + n.data('inside'), 0), overview: this.overview.count };
  }

  /**
   * Whether a view arriving (controller.show) will be aggregated at the zoom it is fitted at: then its nodes arrive as
   * overview dots and its edges are held here, outside Cytoscape, until something needs them one by one (release()), so
   * Cytoscape computes no style for 20,000 edges it would not draw. Not with filters set (they read Cytoscape's edges),
   * and only for edges Cytoscape would take as they are: held edges skip its checks, so a view with duplicate or
   * non-string edge ids or an edge whose end is not in the view takes the general path (and gets Cytoscape's errors).
   */
  foldsOnArrival(sizeClasses, elements, fittedZoom, filtering) {
    if (!this.enabled || filtering || sizeClasses.node !== 'large' || fittedZoom >= LOD_ZOOM) return false;
    const nodeIds = new Set();
    for (const { data } of elements.nodes ?? []) {
      if (String(data.id).startsWith(LOD_PREFIX)) return false;
      nodeIds.add(data.id);
    }
    // Ids of nodes and edges share one space in Cytoscape.
    const ids = new Set(nodeIds);
    for (const { data } of elements.edges ?? []) {
      const { id, source, target } = data;
      if (typeof id !== 'string' || id.startsWith(LOD_PREFIX) || ids.has(id) || !nodeIds.has(source) || !nodeIds.has(target)) return false;
      ids.add(id);
    }
    return true;
  }

  /** Keeps edges (Cytoscape JSON, checked by foldsOnArrival) out of Cytoscape while zoomed out; release() adds them. */
  hold(edges) {
    this.held = new Map(edges.map((e) => [e.data.id, e]));
    this.heldClasses = new Set(edges.flatMap((e) => (e.classes ?? '').split(' ').filter(Boolean)));
  }

  /** The held edges' JSON (none when every edge is in Cytoscape). */
  edgeJsons() {
    return this.held ? [...this.held.values()] : [];
  }

  hasEdge(id) {
    return this.held?.has(id) ?? false;
  }

  get heldCount() {
    return this.held?.size ?? 0;
  }

  /** Every class some held edge has (gathered once, when they were held). */
  classesInUse() {
    return this.held ? this.heldClasses : new Set();
  }

  /** Folds or restores edges for the current zoom; rebuilt when the zoom has changed twofold since. */
  update() {
    if (!this.wanted()) return this.release();
    if (this.active && Math.abs(Math.log2(this.cy.zoom() / this.builtAt)) < 1) return undefined;
    return this.refresh();
  }

  /** Whether the view is large, zoomed out below LOD_ZOOM and free of ids that would clash with stand-ins. */
  wanted() {
    const large = this.enabled && this.cy.nodes('.large').nonempty();
    return large && this.cy.zoom() < LOD_ZOOM && this.cy.elements(`[id ^= "${LOD_PREFIX}"]`).not('.lod').empty();
  }

  /** Stand-ins made anew (positions or what is shown changed); held edges stay held and dots stay dots. */
  refresh() {
    this.dropStandIns();
    if (this.wanted()) this.build(this.cy.zoom());
    else this.release();
  }

  build(zoom) {
    const shown = (e) => !e.hasClass('hidden') && !e.hasClass('filtered');
    // A selected edge stays drawn: the details panel describes it.
    const folded = this.cy.edges().filter((e) => shown(e) && !e.selected());
    const cellSize = CELL_PX / zoom;
    const at = (id) => this.cy.getElementById(id).position();
    const ends = [...folded.map((e) => ({ id: e.id(), source: e.source().position(), target: e.target().position() })),
      ...this.edgeJsons().map((e) => ({ id: e.data.id, source: at(e.data.source), target: at(e.data.target) }))];
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
    inBatch(this.cy, () => {
      // Nodes that arrived as dots (controller.show) but are hidden or filtered are not drawn at all.
      this.cy.nodes('.lod-dot').difference(dots).removeClass('lod-dot');
      folded.addClass('lod-folded');
      dots.addClass('lod-dot');
      // A selected edge is drawn, so are its ends (Cytoscape hides an edge whose end is not displayed).
      this.cy.edges(':selected').connectedNodes().removeClass('lod-dot');
      this.cy.add([...anchors.values(), ...stand]);
    });
    this.overview.show(this.cy, dots);
    this.builtAt = zoom;
    this.controller.emit('lod', this.summary());
  }

  dropStandIns() {
    if (!this.active) return;
    inBatch(this.cy, () => {
      this.cy.elements('.lod').remove();
      this.cy.edges('.lod-folded').removeClass('lod-folded');
    });
    this.overview.hide();
    this.builtAt = null;
  }

  /** Back to the real edges only: held edges go into Cytoscape, dots become nodes again. */
  release() {
    if (!this.active && this.held === null) return;
    const held = this.edgeJsons();
    this.held = null;
    this.dropStandIns();
    inBatch(this.cy, () => {
      this.cy.nodes('.lod-dot').removeClass('lod-dot');
      // Edges of nodes removed meanwhile (an undo) have no ends left to join.
      this.cy.add(held.filter((e) => this.cy.getElementById(e.data.source).nonempty() && this.cy.getElementById(e.data.target).nonempty()));
    });
    this.controller.emit('lod', this.summary());
  }

  /** Forgets everything without adding the held edges (the view is about to be replaced). */
  discard() {
    this.held = null;
    this.dropStandIns();
  }

  /** Draws one folded edge again (a selected edge must be seen) without rebuilding the stand-ins. */
  unfold(edge) {
    edge.removeClass('lod-folded');
    edge.connectedNodes().removeClass('lod-dot');
  }

  /** A tap on the overview's empty canvas selects the node drawn nearest the pointer (by position, not pixels). */
  tapOverview(position) {
    const id = this.overview.nodeAt(position);
    if (!id) return false;
    inBatch(this.cy, () => {
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
    this.release();
    const members = this.cy.collection(memberIds.map((id) => this.cy.getElementById(id)));
    const ends = members.connectedNodes();
    if (ends.empty()) return;
    const box = ends.boundingBox({ includeLabels: false });
    const fitted = Math.min((this.cy.width() - 2 * EXPAND_PADDING) / Math.max(box.w, 1), (this.cy.height() - 2 * EXPAND_PADDING) / Math.max(box.h, 1));
    const zoom = Math.min(this.cy.maxZoom(), Math.max(fitted, LOD_ZOOM * 1.1));
    this.cy.animate({ zoom, center: { eles: ends }, duration: 250, complete: () => this.update() });
  }
}
