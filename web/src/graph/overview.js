// The overview of a large view zoomed out (level-of-detail.js): its nodes drawn as small squares in their label's
// colour on a plain canvas under Cytoscape's, from compact arrays of positions, while Cytoscape leaves them out
// (held outside it, or class "lod-dot", display none) and draws only the stand-in edges and what is selected or pinned. Cytoscape's
// per-node work (textures, hit boxes, z-order) is what made the first paint of 5,000 nodes take seconds; this
// canvas draws them in a few milliseconds per frame. A tap is resolved from the same arrays (nearest node centre).
import { LABEL_COLOURS } from './style.js';

// The squares stand for the usual node size (style.js), never smaller than this many screen pixels.
const NODE_UNITS = 26;
const MIN_SQUARE_PX = 2;
// A tap this close to a square (screen pixels) picks its node.
const TAP_REACH_PX = 6;
const OTHER_COLOUR = '#718096';

export class Overview {
  constructor(container) {
    this.container = container;
    this.canvas = null;
    this.points = null; // { ids, xs, ys, groups: [{ colour, indices }] } while shown
    this.pending = 0;
    this.cy = null;
  }

  /** Draws these nodes ([id, x, y, label] each, model units) until hide(); the view's viewport moves them. */
  show(cy, points) {
    this.listen(cy);
    const ids = points.map(([id]) => id);
    const xs = Float32Array.from(points, ([, x]) => x);
    const ys = Float32Array.from(points, ([, , y]) => y);
    const byColour = new Map();
    points.forEach(([, , , label], i) => {
      const colour = LABEL_COLOURS[label] ?? OTHER_COLOUR;
      if (!byColour.has(colour)) byColour.set(colour, []);
      byColour.get(colour).push(i);
    });
    this.points = { ids, xs, ys, groups: [...byColour].map(([colour, indices]) => ({ colour, indices: Int32Array.from(indices) })) };
    this.schedule();
  }

  hide() {
    if (!this.points) return;
    this.points = null;
    cancelAnimationFrame(this.pending);
    this.pending = 0;
    if (this.canvas) this.canvas.getContext('2d').clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  get shown() {
    return this.points !== null;
  }

  /** How many nodes the overview draws now. */
  get count() {
    return this.points?.ids.length ?? 0;
  }

  /** The id of the node whose square is nearest a point (model units), within reach on screen; else null. */
  nodeAt({ x, y }) {
    if (!this.points) return null;
    const zoom = this.cy.zoom();
    const reach = (Math.max(MIN_SQUARE_PX, NODE_UNITS * zoom) / 2 + TAP_REACH_PX) / zoom;
    const { ids, xs, ys } = this.points;
    let best = null;
    let bestDistance = reach * reach;
    for (let i = 0; i < ids.length; i++) {
      const distance = (xs[i] - x) ** 2 + (ys[i] - y) ** 2;
      if (distance <= bestDistance) [best, bestDistance] = [ids[i], distance];
    }
    return best;
  }

  /** Redraws with the viewport once per animation frame (Cytoscape emits "viewport" for every step of a gesture). */
  listen(cy) {
    if (this.cy === cy) return;
    this.cy = cy;
    cy.on('viewport resize', () => this.schedule());
  }

  /** One draw in the next animation frame, however often it is asked for before (a first frame fits and builds twice). */
  schedule() {
    if (this.points && !this.pending) this.pending = requestAnimationFrame(() => { this.pending = 0; this.draw(); });
  }

  /** The canvas under Cytoscape's: first in the container, so Cytoscape's own layer (added after) paints above it. */
  surface() {
    if (!this.canvas) {
      this.canvas = document.createElement('canvas');
      this.canvas.className = 'graph-overview';
      this.container.prepend(this.canvas);
    }
    // One canvas pixel per CSS pixel whatever the screen (no CSS size: the canvas's own size is its layout size).
    const [width, height] = [this.container.clientWidth, this.container.clientHeight];
    if (this.canvas.width !== width || this.canvas.height !== height) [this.canvas.width, this.canvas.height] = [width, height];
    return this.canvas.getContext('2d');
  }

  draw() {
    if (!this.points) return;
    const context = this.surface();
    const { width, height } = this.canvas;
    context.clearRect(0, 0, width, height);
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const side = Math.max(MIN_SQUARE_PX, NODE_UNITS * zoom);
    const { xs, ys } = this.points;
    for (const { colour, indices } of this.points.groups) {
      context.fillStyle = colour;
      for (const i of indices) {
        const x = xs[i] * zoom + pan.x - side / 2;
        const y = ys[i] * zoom + pan.y - side / 2;
        if (x > -side && y > -side && x < width && y < height) context.fillRect(x, y, side, side);
      }
    }
  }
}
