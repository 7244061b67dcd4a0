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

// Above this many nodes fcose's force refinement with label-sized nodes costs over a second on a modest machine;
// fewer iterations on node boxes alone keep the whole seed graph under that budget.
const LARGE_GRAPH = 250;

export function layoutOptions(name, nodeCount) {
  const options = LAYOUTS[name] ?? LAYOUTS.fcose;
  if (options.name !== 'fcose' || nodeCount <= LARGE_GRAPH) return options;
  return { ...options, numIter: 300, nodeDimensionsIncludeLabels: false };
}
