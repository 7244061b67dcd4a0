// Creates the Cytoscape instance and forwards what the user does on it to the controller. Large views get
// Cytoscape's WebGL renderer (3.31+) where the browser has WebGL2; Cytoscape's renderer is fixed when an instance is
// made, so the controller makes a new instance the first time a view is that large (and keeps it).
import cytoscape from 'cytoscape';
import { createStylesheet } from './style.js';

// From this many nodes a view is drawn by WebGL (when available) and hovering no longer dims the rest.
export const LARGE_VIEW_NODES = 1500;
// Labels are restyled once a zoom gesture pauses: at least this long, and at least three of the gesture's own steps
// (a slow frame rate must not read as a pause, or every frame of a zoom would restyle every label).
const RESTYLE_AFTER_MS = 120;
const RESTYLE_AFTER_STEPS = 3;

export function webglAvailable() {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl2'));
  } catch {
    return false; // a browser that refuses the context has no WebGL for us either
  }
}

export function createInstance(container, controller, { webgl = false } = {}) {
  const cy = cytoscape({
    container,
    style: createStylesheet(() => controller.cy?.zoom() ?? 1),
    wheelSensitivity: 0.3,
    minZoom: 0.02,
    maxZoom: 4,
    // While the user pans or zooms a large canvas view, a bitmap of it moves instead of every element being redrawn
    // (GraphController turns it on per view).
    renderer: { name: 'canvas', webgl },
  });
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
  cy.on('dragpan scrollzoom pinchzoom', () => { controller.autoFitted = false; });
  cy.on('select', 'node, edge', (event) => controller.emit('select', controller.describe(event.target)));
  cy.on('unselect', () => {
    if (cy.$(':selected').empty()) controller.emit('unselect', {});
  });
  cy.on('dbltap', 'node', (event) => controller.emit('expand', { id: event.target.id() }));
  // A node the user drags keeps its place in the link (the rest comes from the layout).
  cy.on('dragfree', 'node', (event) => {
    controller.moved.set(event.target.id(), { ...event.target.position() });
    controller.emit('moved', { id: event.target.id() });
  });
  // Hovering a node dims everything but its neighbourhood, as in Bloom (not in large views: too many elements).
  cy.on('mouseover', 'node', (event) => {
    if (cy.nodes().length < LARGE_VIEW_NODES) cy.batch(() => cy.elements().difference(event.target.closedNeighborhood()).addClass('dimmed'));
  });
  cy.on('mouseout', 'node', () => {
    if (cy.nodes().length < LARGE_VIEW_NODES) cy.batch(() => cy.elements().removeClass('dimmed'));
  });
  return cy;
}
