// What a view holds and what the user did to it, mixed into GraphController (controller.js): counts, the link's view
// state, positions for Back, the JSON export. All read the real elements (and held ones), never stand-ins.
import { withoutLodClasses } from './level-of-detail.js';
import { inBatch } from './batch.js';

export const viewStateMethods = {
  /** Counted from the classes this controller sets, so the count is current the moment a change is made. */
  counts() {
    const shown = (e) => !e.hasClass('hidden') && !e.hasClass('filtered');
    const nodes = this.realNodes();
    const edges = this.realEdges();
    // Elements held aside by the level of detail are neither hidden nor filtered (lod.foldsOnArrival).
    const [heldNodes, heldEdges] = [this.lod.heldNodeCount, this.lod.heldCount];
    return { nodes: nodes.filter(shown).length + heldNodes, edges: edges.filter(shown).length + heldEdges, totalNodes: nodes.length + heldNodes,
      total: nodes.length + edges.length + heldNodes + heldEdges };
  },

  /** What the user did on top of the drawn view, for the link: expansions, hidden and pinned nodes, moved nodes. */
  viewState() {
    const ids = (nodes) => nodes.map((n) => n.id());
    const positions = Object.fromEntries([...this.moved].filter(([id]) => this.cy.getElementById(id).nonempty() || this.lod.holds(id)));
    return { expand: [...this.expansions], hide: ids(this.cy.nodes('.hidden')), pin: ids(this.cy.nodes('.pinned')), positions };
  },

  /** Re-applies hidden, pinned and moved nodes from a link (expansions are replayed by the page through the API). */
  applyViewState({ hide = [], pin = [], positions = {} }) {
    // Hidden nodes go into Cytoscape with their held edges (hidden with them), as hideSelected does; pinned nodes are
    // drawn by it; moved nodes need stand-ins made anew.
    this.lod.take(hide, [], { edges: true });
    this.lod.take(pin);
    const existing = (ids) => this.cy.collection(ids.map((id) => this.cy.getElementById(id)).filter((e) => e.nonempty()));
    inBatch(this.cy, () => {
      const hidden = existing(hide);
      hidden.union(hidden.connectedEdges()).addClass('hidden');
      Object.entries(positions).forEach(([id, position]) => {
        const node = this.cy.getElementById(id);
        if (node.nonempty()) node.position(position);
        if (node.nonempty() || this.lod.placeHeld(id, position)) this.moved.set(id, position);
      });
      existing(pin).addClass('pinned').lock();
    });
    if (Object.keys(positions).length > 0) this.lod.refresh();
    else this.lod.update();
    this.emit('change', this.counts());
  },

  /** Every node's position, kept in history.state so Back shows the same picture. */
  positionsSnapshot() {
    return Object.fromEntries([...this.realNodes().map((n) => [n.id(), { ...n.position() }]), ...this.lod.heldPositions()]);
  },

  placeAll(snapshot) {
    inBatch(this.cy, () => this.realNodes().forEach((n) => {
      const position = snapshot[n.id()];
      if (position && !n.locked()) n.position(position);
    }));
    Object.entries(snapshot).forEach(([id, position]) => this.lod.placeHeld(id, position));
    // Stand-ins were made for the positions before.
    this.lod.refresh();
    this.fit();
  },

  exportJson() {
    const shown = (e) => !e.hasClass('hidden') && !e.hasClass('filtered');
    // Folded edges are in the view (only not drawn at this zoom); stand-ins are not.
    const visible = this.realNodes().union(this.realEdges()).filter(shown);
    return { nodes: [...visible.nodes().jsons(), ...this.lod.nodeJsons()].map(({ data, position, classes }) => ({ data, position, classes: withoutLodClasses(classes) })),
      edges: [...visible.edges().jsons(), ...this.lod.edgeJsons()].map(({ data, classes }) => ({ data, classes: withoutLodClasses(classes) })) };
  },

  nodeIds() {
    return [...this.realNodes().map((n) => n.id()), ...this.lod.heldNodeIds()];
  },
};
