// The Cytoscape stylesheet as data. Visual state (selection, hidden, dimmed, pinned…) is expressed with classes
// that the graph controller toggles inside cy.batch(); nothing here reads application state.

export const LABEL_COLOURS = {
  Agency: '#d9822b',
  Measure: '#2b6cb0',
  Innovation: '#0f8a7e',
  Document: '#5b3f99',
  Section: '#7a8699',
  Zone: '#2f855a',
  InnovationBatch: '#c53030',
};

// Label sizes on screen. Between READABLE_ZOOM and the zoom where a label reaches its own size, labels are enlarged
// so they never render below READABLE_PX; further out they shrink with the zoom and disappear below MIN_LABEL_PX
// (a whole-graph overview shows shapes and colours, not 6 px text).
export const MIN_LABEL_PX = 9;
export const READABLE_PX = 11;
export const READABLE_ZOOM = 0.35;

// The zoom from which a large view's labels (13 model units) render at 14 px and are switched on.
export const LARGE_VIEW_LABEL_ZOOM = 14 / 13;

/** A label font size in model units that renders at least READABLE_PX at the current zoom (see above). */
export function labelSize(base, zoom) {
  return zoom >= READABLE_ZOOM ? Math.max(base, READABLE_PX / zoom) : base;
}

const labelStyles = [
  { label: 'Agency', shape: 'round-rectangle', width: 40, height: 26 },
  { label: 'Measure', shape: 'ellipse', width: 26, height: 26 },
  { label: 'Innovation', shape: 'diamond', width: 30, height: 30 },
  { label: 'Document', shape: 'rectangle', width: 46, height: 58 },
  { label: 'Section', shape: 'round-tag', width: 22, height: 22 },
  { label: 'Zone', shape: 'hexagon', width: 48, height: 42 },
  { label: 'InnovationBatch', shape: 'star', width: 44, height: 44 },
].map(({ label, shape, width, height }) => ({
  selector: `node[label = "${label}"]`,
  style: { shape, width, height, 'background-color': LABEL_COLOURS[label] },
}));

const edgeColours = {
  RESPONSIBLE_FOR: '#d9822b',
  APPLIES_IN: '#2f855a',
  PILOTED_IN: '#0f8a7e',
  SIMILAR_TO: '#b83280',
  CITES: '#5b3f99',
  CO_RESPONSIBLE: '#dd6b20',
};

/** The stylesheet; label sizes follow the zoom that getZoom() reports (GraphController restyles when it changes). */
export const createStylesheet = (getZoom) => [
  {
    selector: 'node',
    style: {
      // The name broken into lines by captions.js (Cytoscape's own 'anywhere' wrapping is slow for Chinese).
      label: 'data(caption)',
      'font-family': '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
      'font-size': () => labelSize(13, getZoom()),
      color: '#1a202c',
      'text-wrap': 'wrap',
      'text-max-width': 110,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      // Opaque enough that an edge or arrowhead passing behind a label does not cut through its text.
      'text-background-opacity': 0.9,
      'text-background-padding': 1,
      'border-width': 1,
      'border-color': '#ffffff',
      // Labels scale with zoom; below this rendered size they are hidden rather than drawn unreadably small.
      'min-zoomed-font-size': MIN_LABEL_PX,
    },
  },
  ...labelStyles,
  { selector: 'node[label = "Agency"]', style: { 'font-weight': 'bold', color: '#7b341e', 'font-size': () => labelSize(14, getZoom()) } },
  { selector: 'node[label = "Document"]', style: { 'font-weight': 'bold', 'text-max-width': 140 } },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': '#a0aec0',
      'target-arrow-color': '#a0aec0',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      // A small gap keeps arrowheads off node borders and the labels just below them.
      'target-distance-from-node': 3,
      'curve-style': 'bezier',
      'font-size': () => labelSize(10, getZoom()),
      'min-zoomed-font-size': MIN_LABEL_PX,
      color: '#4a5568',
    },
  },
  ...Object.entries(edgeColours).map(([type, colour]) => ({
    selector: `edge[label = "${type}"]`,
    style: { 'line-color': colour, 'target-arrow-color': colour },
  })),
  { selector: 'edge[label = "SIMILAR_TO"]', style: { 'line-style': 'dashed', width: 2 } },
  { selector: 'edge.virtual', style: { 'target-arrow-shape': 'none', width: 'mapData(props.weight, 1, 20, 1, 4.5)', opacity: 0.55, label: 'data(props.weight)' } },
  // Responsibilities by the role the text states: a stated lead is heavier, a role not stated is dashed (the legend
  // explains each); list order plays no part.
  { selector: 'edge.role-lead', style: { width: 2.2 } },
  { selector: 'edge.role-not-stated', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4], opacity: 0.8 } },
  // Where the text states a fact: body and annex table agree (an outline, like a double line), the body only (plain),
  // the annex table only (a hollow square mid-edge, like a table cell). Independent of the role styles above.
  { selector: 'edge.src-both', style: { 'line-outline-width': 1.5, 'line-outline-color': '#1a202c' } },
  { selector: 'edge.src-table', style: { 'mid-target-arrow-shape': 'square', 'mid-target-arrow-fill': 'hollow', 'mid-target-arrow-color': '#1a202c', 'arrow-scale': 0.9 } },
  // Crowded views (over 250 nodes, GraphController.show): straight edges with their arrowheads but without outlines and
  // mid-edge markers; a bezier edge with those costs about twice as much to draw (rendering benchmark, docs/web.md).
  // The edge panel still says which part states an edge.
  { selector: 'edge.crowded', style: { 'curve-style': 'straight', 'line-outline-width': 0, 'mid-target-arrow-shape': 'none' } },
  // Large views (GraphController.show): straight edges without arrowheads draw many times faster.
  { selector: 'node.large', style: { 'border-width': 0 } },
  { selector: 'edge.large', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', 'mid-target-arrow-shape': 'none', 'line-outline-width': 0 } },
  // English UI: nodes the gazetteer names in English show that name (others keep their Chinese name).
  { selector: 'node.label-en[nameEn]', style: { label: 'data(nameEn)', 'text-overflow-wrap': 'whitespace', 'text-max-width': 150 } },
  // Large views have no labels at all (none measured, none drawn) until zoomed in to LARGE_VIEW_LABEL_ZOOM, where
  // GraphController.labelLargeView switches them on; they then show only at 14 px or more.
  { selector: 'node.large', style: { label: '' } },
  { selector: 'node.large.labelled', style: { label: 'data(caption)', 'min-zoomed-font-size': 14 } },
  { selector: 'node.large.labelled.label-en[nameEn]', style: { label: 'data(nameEn)' } },
  { selector: '.show-edge-label', style: { label: 'data(label)', 'text-rotation': 'autorotate' } },
  // Level of detail (level-of-detail.js): large views zoomed out draw one edge per pair of grid cells, as wide as the
  // edges it stands for are many, between invisible cell anchors; the real edges are folded away meanwhile. Edges
  // inside one cell are counted on a shaded cell, never dropped without a mark.
  { selector: '.lod-folded', style: { display: 'none' } },
  { selector: 'node.lod-anchor', style: { width: 1, height: 1, opacity: 0, label: '', events: 'no', 'border-width': 0 } },
  { selector: 'edge.lod-aggregate', style: { 'curve-style': 'haystack', width: 'mapData(count, 1, 40, 1, 8)', 'line-color': '#4a5568',
    opacity: 0.35, 'target-arrow-shape': 'none', 'mid-target-arrow-shape': 'none', label: '' } },
  // A cell whose nodes have edges among themselves (level-of-detail.js): shaded by their number, which it shows.
  { selector: 'node.lod-cell', style: { shape: 'round-rectangle', width: 'data(size)', height: 'data(size)', 'background-color': '#4a5568',
    'background-opacity': 'mapData(inside, 1, 60, 0.06, 0.3)', opacity: 1, label: 'data(inside)', 'font-size': 'data(font)',
    color: '#2d3748', 'text-valign': 'center', 'text-halign': 'center' } },
  // Zoomed out, a large view's nodes are drawn by the overview canvas (overview.js), except what must stand out.
  { selector: 'node.lod-dot', style: { display: 'none' } },
  { selector: 'node.lod-dot:selected, node.lod-dot.pinned', style: { display: 'element' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ecc94b', 'z-index': 10 } },
  { selector: 'edge:selected', style: { 'line-color': '#ecc94b', 'target-arrow-color': '#ecc94b', width: 3, 'z-index': 10 } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: '.dimmed', style: { opacity: 0.15 } },
  { selector: '.pinned', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#1a202c' } },
  { selector: '.has-more', style: { 'outline-width': 2, 'outline-color': '#718096', 'outline-style': 'dashed' } },
];
