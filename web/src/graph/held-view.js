// The part of a large view that Cytoscape does not hold (level-of-detail.js): its nodes and edges as the API sent them,
// by id, with each node's position. Cytoscape computes a style, a bounding box and a z-order for every element it
// holds, so a 5,000-node view zoomed out keeps them here, drawn by the overview canvas (overview.js) and counted by the
// stand-ins, and only what must be drawn one by one goes into Cytoscape (take / takeAll). An element is either here or
// in Cytoscape, never in both. Captions and style classes are set only when an element leaves (dressed).
import { withCaption } from './captions.js';
import { joinClasses, responsibilityRole, sourceClass, withClasses } from './element-classes.js';

export class HeldView {
  constructor() {
    this.clear();
  }

  clear() {
    this.nodes = new Map();
    this.edges = new Map();
    this.sizeClasses = {};
    this.edgeClasses = new Set();
    this.edgesByNode = null;
  }

  /** Holds a whole view's JSON (checked by LevelOfDetail.foldsOnArrival); sizeClasses are added as elements leave. */
  hold({ nodes = [], edges = [] }, sizeClasses) {
    this.clear();
    this.sizeClasses = sizeClasses;
    for (const node of nodes) this.nodes.set(node.data.id, node);
    // The classes the held edges will have, for the legend, without dressing 20,000 edges for it.
    const classes = new Set(String(sizeClasses.edge ?? '').split(' ').filter(Boolean));
    for (const edge of edges) {
      this.edges.set(edge.data.id, edge);
      for (const name of String(edge.classes ?? '').split(' ')) if (name) classes.add(name);
      const role = responsibilityRole(edge);
      if (role) classes.add(role);
      const source = sourceClass(edge);
      if (source) classes.add(source);
    }
    this.edgeClasses = classes;
  }

  get empty() {
    return this.nodes.size === 0 && this.edges.size === 0;
  }

  has(id) {
    return this.nodes.has(id) || this.edges.has(id);
  }

  /** A held node's position (model units), or undefined when the node is not held. */
  positionOf(id) {
    return this.nodes.get(id)?.position;
  }

  /** Moves a held node; false when it is not held here or the position is no finite point. */
  place(id, position) {
    const node = this.nodes.get(id);
    if (!node || !Number.isFinite(position.x) || !Number.isFinite(position.y)) return false;
    this.nodes.set(id, { ...node, position: { x: position.x, y: position.y } });
    return true;
  }

  /** The ids of held nodes whose centres lie in a box (model units). */
  nodeIdsIn({ x1, y1, x2, y2 }) {
    const ids = [];
    for (const [id, { position }] of this.nodes) if (position.x >= x1 && position.x <= x2 && position.y >= y1 && position.y <= y2) ids.push(id);
    return ids;
  }

  /** The held edges at these nodes (an index made the first time it is asked for). */
  edgeIdsAt(nodeIds) {
    if (!this.edgesByNode) {
      this.edgesByNode = new Map();
      const at = (id, edgeId) => (this.edgesByNode.get(id) ?? this.edgesByNode.set(id, []).get(id)).push(edgeId);
      for (const [id, { data }] of this.edges) {
        at(data.source, id);
        at(data.target, id);
      }
    }
    const ids = new Set();
    for (const nodeId of nodeIds) for (const id of this.edgesByNode.get(nodeId) ?? []) if (this.edges.has(id)) ids.add(id);
    return [...ids];
  }

  /**
   * Takes elements out, dressed for Cytoscape: these nodes, these edges and both ends of each edge (held ones).
   * Returns { nodes, edges } as Cytoscape JSON.
   */
  take(nodeIds, edgeIds = []) {
    const edges = edgeIds.map((id) => this.edges.get(id)).filter(Boolean);
    const wanted = new Set(nodeIds);
    edges.forEach(({ data }) => wanted.add(data.source).add(data.target));
    const nodes = [...wanted].map((id) => this.nodes.get(id)).filter(Boolean);
    nodes.forEach(({ data }) => this.nodes.delete(data.id));
    edges.forEach(({ data }) => this.edges.delete(data.id));
    return { nodes: nodes.map((n) => this.dressNode(n)), edges: edges.map((e) => this.dressEdge(e)) };
  }

  /** Takes everything out, dressed for Cytoscape. */
  takeAll() {
    const taken = { nodes: this.nodeJsons(), edges: this.edgeJsons() };
    this.clear();
    return taken;
  }

  /** Every held node as Cytoscape JSON (the view's own classes, no level-of-detail ones). */
  nodeJsons() {
    return [...this.nodes.values()].map((n) => this.dressNode(n));
  }

  edgeJsons() {
    return [...this.edges.values()].map((e) => this.dressEdge(e));
  }

  /** Held nodes for the overview canvas: [id, x, y, label] each (a plain loop: a generator cost 5 % of a first frame). */
  points() {
    const points = new Array(this.nodes.size);
    let i = 0;
    for (const { data, position } of this.nodes.values()) points[i++] = [data.id, position.x, position.y, data.label];
    return points;
  }

  /** The held nodes' positions (model units). */
  positions() {
    const positions = new Array(this.nodes.size);
    let i = 0;
    for (const { position } of this.nodes.values()) positions[i++] = position;
    return positions;
  }

  dressNode(node) {
    const dressed = withCaption(node);
    return { ...dressed, classes: joinClasses(dressed.classes, this.sizeClasses.node) };
  }

  dressEdge(edge) {
    const dressed = withClasses(edge);
    return { ...dressed, classes: joinClasses(dressed.classes, this.sizeClasses.edge) };
  }
}
