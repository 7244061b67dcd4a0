// Runs a layout off the page's main thread: a headless Cytoscape in a web worker lays out the nodes and edges it is
// sent (node boxes with their sizes) and answers with positions. The page stays responsive meanwhile.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions } from './layouts.js';

cytoscape.use(fcose);

self.onmessage = ({ data }) => {
  const { token, name, nodes, edges } = data;
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
      elements: {
        nodes: nodes.map(({ id, w, h, x, y }) => ({ data: { id, w, h }, position: { x, y } })),
        edges: edges.map(({ id, source, target }) => ({ data: { id, source, target } })),
      },
    });
    const options = { ...layoutOptions(name, nodes.length, edges.length), fit: false, animate: false };
    // Label boxes are not known here (no text measuring in a worker): node boxes only.
    cy.layout({ ...options, nodeDimensionsIncludeLabels: false }).run();
    const positions = {};
    cy.nodes().forEach((node) => { positions[node.id()] = node.position(); });
    self.postMessage({ token, positions });
  } catch (error) {
    self.postMessage({ token, error: String(error?.message ?? error) });
  }
};
