// Level of detail for large views zoomed out: the real edges are folded away and one edge per pair of grid cells
// stands for all the edges between them (its width grows with their count). Zoomed in again, the real edges return.
// The stand-ins (class "lod") are drawing only: counts, links, exports and filters read the real elements.

// Below this zoom a large view draws aggregated edges (a 26-unit node is then under 12 px on screen).
export const LOD_ZOOM = 0.45;
// Grid cells measure this many screen pixels at the zoom the aggregation was made for.
const CELL_PX = 120;
const EXPAND_PADDING = 48;

/** Groups edges by the grid cells of their ends; edges inside one cell are left out (a few pixels long there). */
export function aggregateByCell(edges, cellSize) {
  const cellOf = (p) => [Math.floor(p.x / cellSize), Math.floor(p.y / cellSize)];
  const groups = new Map();
  for (const edge of edges) {
    let [a, b] = [cellOf(edge.source), cellOf(edge.target)];
    if (a[0] === b[0] && a[1] === b[1]) continue;
    if (a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])) [a, b] = [b, a];
    const key = `${a[0]},${a[1]}|${b[0]},${b[1]}`;
    const group = groups.get(key) ?? { key, from: a, to: b, members: [] };
    group.members.push(edge.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export class LevelOfDetail {
  constructor(controller) {
    this.controller = controller;
    this.builtAt = null; // the zoom the stand-ins were made for, null when the real edges are drawn
  }

  get cy() {
    return this.controller.cy;
  }

  get active() {
    return this.builtAt !== null;
  }

  /** Folds or restores edges for the current zoom; rebuilt when the zoom has changed twofold since. */
  update() {
    const large = this.cy.nodes('.large').nonempty();
    const zoom = this.cy.zoom();
    const wanted = large && zoom < LOD_ZOOM;
    if (!wanted) return this.clear();
    if (this.active && Math.abs(Math.log2(zoom / this.builtAt)) < 1) return undefined;
    this.clear();
    return this.build(zoom);
  }

  build(zoom) {
    const shown = (e) => !e.hasClass('hidden') && !e.hasClass('filtered');
    // A selected edge stays drawn: the details panel describes it.
    const folded = this.cy.edges().filter((e) => shown(e) && !e.selected());
    const cellSize = CELL_PX / zoom;
    const groups = aggregateByCell(folded.map((e) => ({ id: e.id(), source: e.source().position(), target: e.target().position() })), cellSize);
    const anchors = new Map();
    const anchor = ([i, j]) => {
      const id = `lod:cell:${i}:${j}`;
      if (!anchors.has(id)) anchors.set(id, { group: 'nodes', data: { id }, position: { x: (i + 0.5) * cellSize, y: (j + 0.5) * cellSize },
        classes: 'lod lod-anchor', selectable: false, grabbable: false });
      return id;
    };
    const stand = groups.map((g) => ({ group: 'edges', classes: 'lod lod-aggregate', selectable: false,
      data: { id: `lod:edge:${g.key}`, source: anchor(g.from), target: anchor(g.to), count: g.members.length, members: g.members } }));
    this.cy.batch(() => {
      folded.addClass('lod-folded');
      this.cy.add([...anchors.values(), ...stand]);
    });
    this.builtAt = zoom;
  }

  /** Back to the real edges only. */
  clear() {
    if (!this.active) return;
    this.cy.batch(() => {
      this.cy.elements('.lod').remove();
      this.cy.edges('.lod-folded').removeClass('lod-folded');
    });
    this.builtAt = null;
  }

  /**
   * A tap on a stand-in zooms in on the nodes its edges join: fitted to them, and at least as close as the zoom
   * where the real edges are drawn again.
   */
  expand(aggregate) {
    const members = this.cy.collection(aggregate.data('members').map((id) => this.cy.getElementById(id)));
    const ends = members.connectedNodes();
    if (ends.empty()) return;
    const box = ends.boundingBox({ includeLabels: false });
    const fitted = Math.min((this.cy.width() - 2 * EXPAND_PADDING) / Math.max(box.w, 1), (this.cy.height() - 2 * EXPAND_PADDING) / Math.max(box.h, 1));
    const zoom = Math.min(this.cy.maxZoom(), Math.max(fitted, LOD_ZOOM * 1.1));
    this.cy.animate({ zoom, center: { eles: ends }, duration: 250, complete: () => this.update() });
  }
}
