// Creates the Cytoscape instance and forwards what the user does on it to the controller. The renderer and its
// gesture options (renderer-choice.js) are fixed when an instance is made: the controller makes a new instance when
// a view needs others.
import cytoscape from 'cytoscape';
import { createStylesheet } from './style.js';
import { inBatch } from './batch.js';
// Labels are restyled once a zoom gesture pauses: at least this long, and at least three of the gesture's own steps
// (a slow frame rate must not read as a pause, or every frame of a zoom would restyle every label).
const RESTYLE_AFTER_MS = 120;
const RESTYLE_AFTER_STEPS = 3;

/** renderer: { webgl, textureOnViewport, hideEdgesOnViewport } from rendererFor. */
export function createInstance(container, controller, renderer) {
  const cy = cytoscape({
    container,
    style: createStylesheet(() => controller.cy?.zoom() ?? 1),
    wheelSensitivity: 0.3,
    minZoom: 0.02,
    maxZoom: 4,
    // While the user pans or zooms a crowded canvas view a bitmap of it moves instead of every element being redrawn;
    // a large view also leaves its edges out while the viewport moves (out of that bitmap too).
    textureOnViewport: renderer.textureOnViewport,
    hideEdgesOnViewport: renderer.hideEdgesOnViewport,
    renderer: { name: 'canvas', webgl: renderer.webgl },
    // A large view draws one canvas pixel per CSS pixel: a 2x backing store is four times the raster work.
    pixelRatio: renderer.pixelRatio,
  });
  noPickingWhileViewportMoves(cy.renderer());
  // Restyling every label costs a full style pass (and re-measures every label): once a zoom gesture pauses, not on
  // every frame of it.
  let restyle = 0;
  let lastZoom = 0;
  let step = 0;
  cy.on('zoom', () => {
    const now = performance.now();
    step = lastZoom ? Math.min(1000, now - lastZoom) : 0;
    lastZoom = now;
    clearTimeout(restyle);
    restyle = setTimeout(() => controller.restyleLabels(), Math.max(RESTYLE_AFTER_MS, RESTYLE_AFTER_STEPS * step));
  });
  // Zoomed in on a large view held outside Cytoscape, what a pan brings near goes in once the pan pauses.
  let reveal = 0;
  cy.on('pan', () => {
    clearTimeout(reveal);
    reveal = setTimeout(() => controller.lod.revealNear(), RESTYLE_AFTER_MS);
  });
  cy.on('dragpan scrollzoom pinchzoom', () => { controller.autoFitted = false; });
  cy.on('select', 'node, edge', (event) => controller.emit('select', controller.describe(event.target)));
  cy.on('unselect', () => {
    if (cy.$(':selected').empty()) controller.emit('unselect', {});
  });
  cy.on('dbltap', 'node', (event) => controller.emit('expand', { id: event.target.id() }));
  // An aggregated edge (level-of-detail.js) is not a relationship to describe: a tap zooms in to the real ones.
  cy.on('tap', 'edge.lod-aggregate', (event) => controller.lod.expand(event.target));
  // Zoomed out, a large view's nodes are drawn on the overview canvas: a tap on Cytoscape's empty background there
  // picks the node by its position. After the mouse-up handler is done: it unselects everything after the tap event.
  cy.on('tap', (event) => { if (event.target === cy) queueMicrotask(() => controller.lod.tapOverview(event.position)); });
  // A node the user drags keeps its place in the link (the rest comes from the layout).
  cy.on('dragfree', 'node', (event) => {
    controller.moved.set(event.target.id(), { ...event.target.position() });
    controller.emit('moved', { id: event.target.id() });
  });
  // Hovering a node dims everything but its neighbourhood, as in Bloom (not in large views: too many elements; by the
  // view's size, not Cytoscape's, which holds only part of a held view).
  cy.on('mouseover', 'node', (event) => {
    if (!controller.lod.large()) inBatch(cy, () => cy.elements().difference(event.target.closedNeighborhood()).addClass('dimmed'));
  });
  cy.on('mouseout', 'node', () => {
    if (!controller.lod.large()) inBatch(cy, () => cy.elements().removeClass('dimmed'));
  });
  return cy;
}

/**
 * Nothing is under the pointer during a wheel zoom, a pinch or a swipe pan, nor at the mouse up ending a drag pan:
 * Cytoscape would look for the element there, which in WebGL renders a picking buffer and reads it back (readPixels).
 * Cytoscape itself already skips that for mouse moves of a drag pan, and a press picks through findNearestElements
 * (plural), untouched here. This wraps a renderer method that is not public API and reads renderer state (hoverData,
 * pinching, swipePanning, data.wheelZooming) as cytoscape 3.x names it (package-lock.json): when the method is
 * missing the wrap is skipped; when the state is renamed, picking is simply never skipped.
 */
function noPickingWhileViewportMoves(renderer) {
  const find = renderer.findNearestElement;
  if (typeof find !== 'function') return;
  renderer.findNearestElement = function findUnlessMoving(...args) {
    // A release on the element pressed during a wheel zoom is still a tap on it.
    const moving = this.hoverData?.dragging || this.pinching || this.swipePanning || (this.data?.wheelZooming && !this.hoverData?.down);
    return moving ? null : find.apply(this, args);
  };
}
