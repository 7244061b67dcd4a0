// Fitting a view to the canvas, mixed into GraphController (controller.js): by node positions for large views, by
// bounding boxes with labels for the rest.
import { BACKGROUND_LAYOUT_NODES } from './background-layout.js';

// Labels hang below node boxes: leave room for them at the edges of the canvas.
const FIT_PADDING = 48;
// A view of a few nodes is not blown up until its labels are huge and its arrows crowd the labels.
const MAX_FIT_ZOOM = 1.15;
// Half the largest node shape (style.js): a box of node centres grown by this holds the shapes.
const LARGEST_NODE_HALF = 30;

/** The box around points (node centres), grown to hold node shapes: no styles or labels are computed for it. */
export function positionBox(points) {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  points.forEach(({ x, y }) => {
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  });
  [x1, y1, x2, y2] = [x1 - LARGEST_NODE_HALF, y1 - LARGEST_NODE_HALF, x2 + LARGEST_NODE_HALF, y2 + LARGEST_NODE_HALF];
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

export const viewportFit = {
  /** Fits the visible elements, labels included, with padding; never zooms past MAX_FIT_ZOOM. */
  fit() {
    const shown = (e) => !e.hasClass('hidden') && !e.hasClass('filtered');
    // Stand-ins never count: their cell anchors lie beyond the nodes. Nodes held out of Cytoscape do.
    const nodes = this.realNodes().filter(shown);
    const large = nodes.length + this.lod.heldNodeCount > BACKGROUND_LAYOUT_NODES;
    // A large view is fitted by its nodes: edge geometry and wrapped labels of hundreds of elements cost seconds.
    const visible = large ? nodes : nodes.union(this.realEdges().filter(shown));
    if (visible.empty() && this.lod.heldNodeCount === 0) return;
    this.cy.resize();
    // Label sizes depend on the zoom (style.js): fit, let labels take their size at that zoom, fit again.
    this.fitBox(visible, large);
    this.restyleLabels();
    if (!large) {
      this.fitBox(visible, large);
      // The second fit may zoom out a little: labels are sized again so they never render below READABLE_PX.
      this.restyleLabels();
    }
    this.autoFitted = true;
  },

  fitBox(visible, large) {
    // Views that large are fitted by their node positions: their labels are hidden at the zoom that fits them anyway,
    // and Cytoscape's bounding boxes would compute every element's style and label size first (seconds at 5,000 nodes).
    const box = large ? positionBox([...visible.nodes().map((n) => n.position()), ...this.lod.heldNodePositions()])
      : visible.boundingBox({ includeLabels: true, includeOverlays: false });
    const zoom = this.fittedZoom(box);
    const pan = { x: this.cy.width() / 2 - zoom * (box.x1 + box.x2) / 2, y: this.cy.height() / 2 - zoom * (box.y1 + box.y2) / 2 };
    this.cy.viewport({ zoom, pan });
  },

  /** The zoom at which a box (model units) fits the canvas with padding. */
  fittedZoom(box) {
    const room = (size) => Math.max(1, size - 2 * FIT_PADDING);
    return Math.max(this.cy.minZoom(), Math.min(MAX_FIT_ZOOM, room(this.cy.width()) / Math.max(box.w, 1), room(this.cy.height()) / Math.max(box.h, 1)));
  },
};
