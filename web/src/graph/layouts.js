// Layout choices offered on the toolbar. fcose spaces nodes by their label boxes so Chinese labels do not overlap.

export const LAYOUTS = {
  fcose: {
    name: 'fcose',
    quality: 'default',
    randomize: true,
    animate: false,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    nodeSeparation: 90,
    packComponents: true,
    numIter: 1500,
  },
  concentric: {
    name: 'concentric',
    animate: false,
    nodeDimensionsIncludeLabels: true,
    minNodeSpacing: 16,
    concentric: (node) => node.degree(),
    levelWidth: () => 3,
  },
  breadthfirst: { name: 'breadthfirst', animate: false, directed: true, spacingFactor: 1.1, nodeDimensionsIncludeLabels: true },
  grid: { name: 'grid', animate: false, avoidOverlap: true, nodeDimensionsIncludeLabels: true },
  circle: { name: 'circle', animate: false, avoidOverlap: true, nodeDimensionsIncludeLabels: true },
};

export const LAYOUT_NAMES = Object.keys(LAYOUTS);

// The server lays views out with its own force layout in place of this one (GraphController.hasServerLayout).
export const DEFAULT_LAYOUT = 'fcose';

// Above this many nodes fcose's force refinement with label-sized nodes costs over a second on a modest machine;
// fewer iterations on node boxes alone keep the whole seed graph under that budget.
const LARGE_GRAPH = 250;
// From this many nodes (thousands, with tens of thousands of edges) even 300 force iterations take minutes: fcose's
// draft quality (its spectral placement, no force refinement) places them in seconds.
const HUGE_GRAPH = 1500;

/**
 * fcose spacing by node count: few nodes sit close (they are zoomed less, see GraphController.fit), crowds get
 * longer edges and more repulsion so a dense cluster opens up instead of drawing one knot of edges.
 */
export function fcoseSpacing(nodeCount) {
  const crowd = Math.min(1, Math.max(0, (nodeCount - 10) / 90));
  return {
    idealEdgeLength: Math.round(60 + 50 * crowd),
    nodeRepulsion: Math.round(4500 + 10500 * crowd),
    nodeSeparation: Math.round(50 + 50 * crowd),
  };
}

export function layoutOptions(name, nodeCount, edgeCount = 1) {
  const options = LAYOUTS[name] ?? LAYOUTS.fcose;
  if (options.name !== 'fcose') return options;
  // Without edges there is nothing for forces to arrange, and fcose packs the lone nodes closer than their (long,
  // wrapped English) labels need: a label-aware grid reads better.
  if (edgeCount === 0) return LAYOUTS.grid;
  const { idealEdgeLength, nodeRepulsion, nodeSeparation } = fcoseSpacing(nodeCount);
  // Edges at a busy node get longer, so a hub's many neighbours (a section's measures, agencies named together on
  // many measures) get room around it for their labels instead of forming one knot.
  const edgeLength = (edge) => idealEdgeLength
    * Math.min(3, 0.6 + 0.35 * Math.sqrt(Math.max(edge.source().degree(), edge.target().degree())));
  const spaced = { ...options, idealEdgeLength: edgeLength, nodeRepulsion: () => nodeRepulsion, nodeSeparation };
  if (nodeCount <= LARGE_GRAPH) return spaced;
  if (nodeCount >= HUGE_GRAPH) return { ...spaced, quality: 'draft', nodeDimensionsIncludeLabels: false };
  return { ...spaced, numIter: 300, nodeDimensionsIncludeLabels: false };
}
