// Level of detail for large views zoomed out: the real edges are folded away and one edge per pair of grid cells
// stands for all the edges between them (its width grows with their count); a cell holding edges between its own nodes
// is shaded, darker for more, and labelled with their number. Zoomed in again, the real edges return.
// The stand-ins (class "lod") are drawing only: counts, links, exports and filters read the real elements.
// Meanwhile the nodes themselves are drawn by the overview canvas (overview.js), not by Cytoscape, and a view that
// arrives zoomed out is held outside Cytoscape (held-view.js) until parts of it must be drawn one by one. Zoomed in,
// the overview keeps drawing the nodes still held, so a pan never shows empty canvas where the view has nodes.
import { Overview } from './overview.js';
import { HeldView } from './held-view.js';
import { positionBox } from './viewport-fit.js';
import { inBatch } from './batch.js';

// Below this zoom a large view draws aggregated edges (a 26-unit node is then under 12 px on screen).
export const LOD_ZOOM = 0.45;
// Grid cells measure this many screen pixels at the zoom the aggregation was made for.
const CELL_PX = 120;
const EXPAND_PADDING = 48;
// Stand-in ids live under this prefix; a view whose own ids use it is never aggregated (cy.add would clash).
const LOD_PREFIX = 'lod:';
// Zoomed in, held nodes this far outside the viewport (in viewport sizes) go into Cytoscape too, so a short pan finds
// them drawn. Small: every edge at them comes too, with its far end (in a dense view most of the view, benchmark).
const REVEAL_MARGIN = 0.1;
// Zoomed in, held nodes go into Cytoscape a slice per animation frame (each with its edges and their far ends): the
// dense middle of a 5k/20k view brings thousands of elements, which in one step blocked the page for seconds. The
// first slice is small (the nodes nearest the centre, at once); each next one twice as large up to the cap, since every
// slice costs Cytoscape a redraw of all it holds (benchmark: 30 nodes a slice took 14 redraws of several seconds).
const FIRST_SLICE_NODES = 30;
const MAX_SLICE_NODES = 240;

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
    // Nodes and edges kept out of Cytoscape (hold), drawn by the overview and the stand-ins while zoomed out.
    this.held = new HeldView();
    this.revealFrame = 0; // the animation frame that reveals the next slice, 0 when none is due
    this.sliceNodes = FIRST_SLICE_NODES;
  }

  get cy() {
    return this.controller.cy;
  }

  get active() {
    return this.builtAt !== null;
  }

  /** What is drawn instead of the real elements now: stand-in lines, the edges they stand for, edges inside cells. */
  summary() {
    const aggregates = this.cy.edges('.lod-aggregate');
    const cells = this.cy.nodes('.lod-cell');
    return { active: this.active, aggregates: aggregates.length,
      folded: this.cy.edges('.lod-folded').length + (this.active ? this.heldCount : 0),
      between: aggregates.reduce((sum, e) => sum + e.data('count'), 0), cells: cells.length,
      inside: cells.reduce((sum, n) => sum + n.data('inside'), 0), overview: this.overview.count,
      heldNodes: this.heldNodeCount, heldEdges: this.heldCount };
  }

  /**
   * Whether a view arriving (controller.show, an undo) will be aggregated at the zoom it is drawn at: then it is held
   * here, outside Cytoscape, nodes and edges, until something needs them one by one (take, release), so Cytoscape
   * computes no style for 25,000 elements it would not draw. Not with filters set (they read Cytoscape's elements),
   * and only for elements Cytoscape would take as they are: held elements skip its checks, so a view with duplicate or
   * non-string ids or an edge whose end is not in the view takes the general path (and gets Cytoscape's errors).
   */
  foldsOnArrival(large, elements, zoom, filtering) {
    if (!this.enabled || filtering || !large || zoom >= LOD_ZOOM) return false;
    const nodeIds = new Set();
    for (const { data, position } of elements.nodes ?? []) {
      if (typeof data.id !== 'string' || data.id.startsWith(LOD_PREFIX) || nodeIds.has(data.id) || !position) return false;
      nodeIds.add(data.id);
    }
    // Ids of nodes and edges share one space in Cytoscape.
    const ids = new Set(nodeIds);
    for (const { data } of elements.edges ?? []) {
      const { id, source, target } = data;
      if (typeof id !== 'string' || id.startsWith(LOD_PREFIX) || ids.has(id) || !nodeIds.has(source) || !nodeIds.has(target)) return false;
      ids.add(id);
    }
    return nodeIds.size > 0;
  }

  /**
   * Keeps a whole view (checked by foldsOnArrival) out of Cytoscape; sizeClasses are the view's own (element-classes.js).
   * What the user marked (an undone view's selection, hidden or pinned nodes) goes into Cytoscape, which draws it.
   */
  hold(elements, sizeClasses) {
    this.held.hold(elements, sizeClasses);
    const marked = (e) => e.selected || e.locked || /(^| )(hidden|pinned)( |$)/.test(e.classes ?? '');
    const ids = [...(elements.nodes ?? []), ...(elements.edges ?? [])].filter(marked).map((e) => e.data.id);
    if (ids.length > 0) this.take(ids, [], { edges: true });
  }

  /** The held edges' and nodes' JSON, dressed as Cytoscape would hold them. */
  edgeJsons() {
    return this.held.edgeJsons();
  }

  nodeJsons() {
    return this.held.nodeJsons();
  }

  /** Whether a node or an edge of the view is held here. */
  holds(id) {
    return this.held.has(id);
  }

  get heldCount() {
    return this.held.edges.size;
  }

  get heldNodeCount() {
    return this.held.nodes.size;
  }

  /** Every class some held edge has (gathered once, when they were held). */
  classesInUse() {
    return this.held.edgeClasses;
  }

  /** Where a node of the view is, held or in Cytoscape. */
  positionOf(id) {
    return this.held.positionOf(id) ?? this.cy.getElementById(id).position();
  }

  /** Positions of the held nodes: [id, { x, y }] each. */
  heldPositions() {
    return this.held.points().map(([id, x, y]) => [id, { x, y }]);
  }

  /** The held nodes' positions, without ids (fitting). */
  heldNodePositions() {
    return this.held.positions();
  }

  heldNodeIds() {
    return [...this.held.nodes.keys()];
  }

  /** Moves a held node (a link's positions, Back's snapshot); false when it is not held. */
  placeHeld(id, position) {
    return this.held.place(id, position);
  }

  /** The held view as the API sent it (no captions or size classes), for the undo history. */
  heldJsons() {
    return { nodes: [...this.held.nodes.values()], edges: [...this.held.edges.values()] };
  }

  /** Whether held nodes near the viewport are still going into Cytoscape, a slice per animation frame. */
  get revealing() {
    return this.revealFrame !== 0;
  }

  /** Whether the view is large: held nodes, or nodes of the size class in Cytoscape. */
  large() {
    return this.held.nodes.size > 0 || this.cy.nodes('.large').nonempty();
  }

  /** Folds or restores edges for the current zoom; rebuilt when the zoom has changed twofold since. */
  update() {
    if (!this.wanted()) return this.unfoldAll();
    if (this.active && Math.abs(Math.log2(this.cy.zoom() / this.builtAt)) < 1) return undefined;
    return this.refresh();
  }

  /** Whether the view is large, zoomed out below LOD_ZOOM and free of ids that would clash with stand-ins. */
  wanted() {
    return this.enabled && this.large() && this.cy.zoom() < LOD_ZOOM && this.cy.elements(`[id ^= "${LOD_PREFIX}"]`).not('.lod').empty();
  }

  /** Stand-ins made anew (positions or what is shown changed); held elements stay held and dots stay dots. */
  refresh() {
    this.dropStandIns();
    if (this.wanted()) this.build(this.cy.zoom());
    else this.unfoldAll();
  }

  /** Zoomed in: no stand-ins, real edges drawn, held nodes on the overview, what is near the viewport goes into Cytoscape. */
  unfoldAll() {
    const wasActive = this.active;
    this.dropStandIns();
    inBatch(this.cy, () => this.cy.nodes('.lod-dot').removeClass('lod-dot'));
    this.showHeld();
    this.revealNear();
    if (wasActive) this.controller.emit('lod', this.summary());
  }

  /** Zoomed in, the overview draws the nodes still held (under Cytoscape's layer); nothing when none is held. */
  showHeld() {
    if (this.active) return;
    if (this.held.nodes.size > 0) this.overview.show(this.cy, this.held.points());
    else this.overview.hide();
  }

  /**
   * Zoomed in past LOD_ZOOM: the held nodes in the viewport (grown by REVEAL_MARGIN on each side) go into Cytoscape,
   * with their held edges and those edges' other ends, so every edge at a node drawn is drawn: a slice per animation
   * frame, nearest the viewport's centre first, the box taken anew each frame (the user may pan meanwhile).
   */
  revealNear() {
    if (this.active || this.held.empty || this.revealFrame) return;
    this.sliceNodes = FIRST_SLICE_NODES;
    this.revealFrame = requestAnimationFrame(() => this.revealSlice());
  }

  revealSlice() {
    this.revealFrame = 0;
    if (this.active || this.held.empty) return;
    const nodeIds = this.nodesToReveal();
    const slice = nodeIds.slice(0, this.sliceNodes);
    this.sliceNodes = Math.min(MAX_SLICE_NODES, this.sliceNodes * 2);
    this.take(slice, this.held.edgeIdsAt(slice));
    if (nodeIds.length > slice.length) this.revealFrame = requestAnimationFrame(() => this.revealSlice());
    else this.controller.emit('lod', this.summary());
  }

  /** Nodes near the viewport that are held or still have held edges, nearest its centre first. */
  nodesToReveal() {
    const { x1, y1, x2, y2, w, h } = this.cy.extent();
    const box = { x1: x1 - w * REVEAL_MARGIN, y1: y1 - h * REVEAL_MARGIN, x2: x2 + w * REVEAL_MARGIN, y2: y2 + h * REVEAL_MARGIN };
    const inside = ({ x, y }) => x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2;
    // Nodes already in Cytoscape (ends of edges taken before) may still have edges held.
    const withHeldEdges = this.controller.realNodes().filter((n) => inside(n.position()) && this.held.edgeIdsAt([n.id()]).length > 0);
    const ids = [...this.held.nodeIdsIn(box), ...withHeldEdges.map((n) => n.id())];
    const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
    const distance = new Map(ids.map((id) => { const p = this.positionOf(id); return [id, (p.x - cx) ** 2 + (p.y - cy) ** 2]; }));
    return ids.sort((a, b) => distance.get(a) - distance.get(b));
  }

  /**
   * Puts held elements into Cytoscape: these nodes and edges (ids of either) and both ends of each edge. While zoomed
   * out they arrive folded (edges) and as dots (nodes), so the stand-ins and the overview stay right as they are.
   * With edges = true the held edges at the nodes come too (hiding a node hides its edges). Returns what was added.
   */
  take(ids, edgeIds = [], { edges = false } = {}) {
    const nodeIds = ids.filter((id) => this.held.nodes.has(id));
    const wantedEdges = [...ids.filter((id) => this.held.edges.has(id)), ...edgeIds, ...(edges ? this.held.edgeIdsAt(ids) : [])];
    const taken = this.held.take(nodeIds, wantedEdges);
    if (taken.nodes.length === 0 && taken.edges.length === 0) return this.cy.collection();
    const added = inBatch(this.cy, () => {
      const nodes = this.cy.add(taken.nodes);
      this.controller.dressAdded(nodes);
      if (this.active) nodes.addClass('lod-dot');
      const addedEdges = this.cy.add(taken.edges);
      if (this.active) addedEdges.addClass('lod-folded');
      return nodes.union(addedEdges);
    });
    // Zoomed in, what went into Cytoscape is drawn by it: the overview keeps only what is still held.
    if (taken.nodes.length > 0) this.showHeld();
    return added;
  }

  build(zoom) {
    const shown = (e) => !e.hasClass('hidden') && !e.hasClass('filtered');
    // A selected edge stays drawn: the details panel describes it.
    const folded = this.cy.edges().filter((e) => shown(e) && !e.selected());
    const cellSize = CELL_PX / zoom;
    const at = (id) => this.positionOf(id);
    const ends = folded.map((e) => ({ id: e.id(), source: e.source().position(), target: e.target().position() }));
    for (const { data } of this.held.edges.values()) ends.push({ id: data.id, source: at(data.source), target: at(data.target) });
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
      // Nodes that arrived as dots but are hidden or filtered are not drawn at all.
      this.cy.nodes('.lod-dot').difference(dots).removeClass('lod-dot');
      folded.addClass('lod-folded');
      dots.addClass('lod-dot');
      // A selected edge is drawn, so are its ends (Cytoscape hides an edge whose end is not displayed).
      this.cy.edges(':selected').connectedNodes().removeClass('lod-dot');
      this.cy.add([...anchors.values(), ...stand]);
    });
    this.overview.show(this.cy, [...this.held.points(), ...dots.map((n) => [n.id(), n.position('x'), n.position('y'), n.data('label')])]);
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

  /** Back to a plain Cytoscape view: every held element goes into Cytoscape, dots become nodes again. */
  release() {
    if (!this.active && this.held.empty) return;
    const { nodes, edges } = this.held.takeAll();
    this.stopRevealing();
    this.dropStandIns();
    this.overview.hide();
    inBatch(this.cy, () => {
      this.cy.nodes('.lod-dot').removeClass('lod-dot');
      this.controller.dressAdded(this.cy.add(nodes));
      // Edges of nodes removed meanwhile (an undo) have no ends left to join.
      this.cy.add(edges.filter((e) => this.cy.getElementById(e.data.source).nonempty() && this.cy.getElementById(e.data.target).nonempty()));
    });
    this.controller.emit('lod', this.summary());
  }

  /** Forgets everything without adding the held elements (the view is about to be replaced). */
  discard() {
    this.held.clear();
    this.stopRevealing();
    this.dropStandIns();
    this.overview.hide();
  }

  stopRevealing() {
    cancelAnimationFrame(this.revealFrame);
    this.revealFrame = 0;
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
    this.take([id]);
    inBatch(this.cy, () => {
      this.cy.$(':selected').unselect();
      this.cy.getElementById(id).select();
    });
    return true;
  }

  /**
   * A tap on a stand-in zooms in on the nodes its edges join: fitted to them, and at least as close as the zoom
   * where the real edges are drawn again (update() then puts what is near into Cytoscape).
   */
  expand(aggregate) {
    const ends = [];
    for (const id of aggregate.data('members')) {
      const edge = this.held.edges.get(id)?.data ?? this.cy.getElementById(id).data();
      if (edge) ends.push(this.positionOf(edge.source), this.positionOf(edge.target));
    }
    if (ends.length === 0) return;
    const box = positionBox(ends);
    const fitted = Math.min((this.cy.width() - 2 * EXPAND_PADDING) / Math.max(box.w, 1), (this.cy.height() - 2 * EXPAND_PADDING) / Math.max(box.h, 1));
    const zoom = Math.min(this.cy.maxZoom(), Math.max(fitted, LOD_ZOOM * 1.1));
    const pan = { x: this.cy.width() / 2 - zoom * (box.x1 + box.x2) / 2, y: this.cy.height() / 2 - zoom * (box.y1 + box.y2) / 2 };
    this.cy.animate({ zoom, pan, duration: 250, complete: () => this.update() });
  }
}
